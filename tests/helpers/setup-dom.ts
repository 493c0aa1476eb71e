import "@testing-library/jest-dom/vitest";
import { afterEach, beforeEach, vi } from "vitest";
import { cleanup, configure } from "@testing-library/react";

// findBy… waits for what a reader would see; on a busy 2-core machine (a CI run beside other
// work) the default second was seen to run out before a lazy chunk and its fetches resolved.
configure({ asyncUtilTimeout: 5000 });

// Unexpected console output fails the test: it is how React reports act() and hydration problems.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(" ")}`);
  });
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.warn: ${args.map(String).join(" ")}`);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

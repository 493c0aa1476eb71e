import "@testing-library/jest-dom/vitest";
import { afterEach, beforeEach, vi } from "vitest";
import { cleanup, configure } from "@testing-library/react";

// findBy* and waitFor wait for what a reader would see, and return as soon as it is there. Their
// default bound (1 s) is a timing assumption a busy 2-core machine breaks (a lazy route chunk
// can take longer to import there); a missing element still fails, after 10 s.
configure({ asyncUtilTimeout: 10_000 });

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

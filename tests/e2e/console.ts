import { test as base, expect, type Page } from "@playwright/test";

/**
 * The browser tests' `test`: every page's console errors, warnings and uncaught exceptions
 * are collected, and any of them fails the test (hydration mismatches are reported this way).
 */
export const test = base.extend<{ consoleProblems: string[]; expect404: boolean }>({
  // A test that opens a missing page expects the browser's own "404" resource message.
  expect404: [false, { option: true }],
  consoleProblems: [
    async ({ page, expect404 }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (expect404 && /status of 404/.test(message.text())) return;
        // Posts embed images from other sites; these machines have no internet.
        const from = message.location().url;
        if (
          /^Failed to load resource: net::/.test(message.text()) &&
          from &&
          !from.startsWith("http://localhost")
        )
          return;
        if (message.type() === "error" || message.type() === "warning")
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, "console errors or warnings on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Resolves once the React app has hydrated (the router marks itself ready). */
export async function waitForApp(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
}

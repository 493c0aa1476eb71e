import { defineConfig } from "@playwright/test";
import { chromiumExecutable } from "./tests/helpers/chromium.ts";
import { E2E_SITES } from "./tests/helpers/e2e-sites.ts";
import { CORPUS, sharedFolder } from "./tests/helpers/shared-data.ts";

const browser = await chromiumExecutable();
// The real blog is built and tested only where it is (CI puts ../shared beside the checkout);
// elsewhere one line says so, and the hugo-fixture project covers the same behaviours.
const withCorpus = sharedFolder(CORPUS);
const sites = Object.entries(E2E_SITES)
  .filter(([name]) => withCorpus || name !== "corpus")
  .map(([, site]) => site);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? "line" : "list",
  use: {
    trace: "on-first-retry",
    launchOptions: { executablePath: browser.executablePath, args: browser.args },
  },
  // Each site is built once, then served as a plain static host would serve it.
  webServer: sites.map((site) => ({
    command: `node scripts/build.mjs && node scripts/serve.mjs`,
    url: site.url,
    env: { ...site.env, PORT: String(site.port) },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "ignore" as const,
  })),
  projects: [
    { name: "example", testMatch: "example/**/*.spec.ts", use: { baseURL: E2E_SITES.example.url } },
    {
      name: "base-path",
      testMatch: "base-path/**/*.spec.ts",
      use: { baseURL: E2E_SITES.basePath.url },
    },
    ...(withCorpus
      ? [
          {
            name: "corpus",
            testMatch: "corpus/**/*.spec.ts",
            use: { baseURL: E2E_SITES.corpus.url },
          },
        ]
      : []),
    {
      name: "hugo-fixture",
      testMatch: "hugo-fixture/**/*.spec.ts",
      use: { baseURL: E2E_SITES.hugoFixture.url },
    },
    {
      name: "hostile",
      testMatch: "hostile/**/*.spec.ts",
      use: { baseURL: E2E_SITES.hostile.url },
    },
  ],
});

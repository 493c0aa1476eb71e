import type { Page } from "@playwright/test";
import { CONTENT_SECURITY_POLICY } from "../../../src/content/site/security-headers.ts";
import { CORPUS, E2E_SITES } from "../../helpers/e2e-sites.ts";
import { sharedFolder } from "../../helpers/shared-data.ts";
import { test, expect, waitForApp } from "../console.ts";

// scripts/serve.mjs sends the headers of the build's `_headers`, as Netlify or Cloudflare Pages
// would; these tests read the page's `securitypolicyviolation` events under that policy.

/** Starts collecting the page's CSP violations (they survive client-side navigation). */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

// The real blog only where it is beside the checkout (its site is not built elsewhere).
const sites = [
  ["example", E2E_SITES.example.url],
  ...(sharedFolder(CORPUS) ? ([["real Hugo blog", E2E_SITES.corpus.url]] as const) : []),
  ["hugo-fixture", E2E_SITES.hugoFixture.url],
  ["hostile", E2E_SITES.hostile.url],
] as const;

for (const [name, url] of sites) {
  test.describe(`the ${name} site`, () => {
    // The hostile posts' harmless leftovers (`<img src=x>`) are broken images.
    test.use({ expect404: name === "hostile" });
    test("hydrates and navigates under the CSP with no violation", async ({ page }) => {
      await watchViolations(page);
      const response = await page.goto(url);
      expect(response?.headers()["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
      await waitForApp(page);
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

      // Home → a post, in the app.
      await page.locator("main .post-card a").first().click();
      await expect(page.locator("article h1").first()).toBeVisible();
      const postUrl = page.url();
      // Home → the timeline → a year, in the app.
      await page.getByRole("navigation").locator('a[href$="/timeline/"]').first().click();
      // A year of the timeline (waited for: the post's headings have links of their own).
      await expect(page).toHaveURL(/\/timeline\/$/);
      await page.locator('main h2 a[href*="/timeline/"]').first().click();
      await expect(page).toHaveURL(/\/timeline\/\d{4}\/$/);
      await expect(page.locator("main h1")).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      expect(await violations(page)).toEqual([]);

      // The same pages loaded directly.
      for (const direct of [postUrl, page.url()]) {
        await page.goto(direct);
        await waitForApp(page);
        expect(await violations(page), direct).toEqual([]);
      }
    });
  });
}

test("the policy is enforced: an inline script or style added to a page is refused", async ({
  page,
  consoleProblems,
}) => {
  await watchViolations(page);
  await page.goto(E2E_SITES.hostile.url);
  await waitForApp(page);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.inlineRan = true";
    document.body.append(script);
    document.body.insertAdjacentHTML("beforeend", `<p id="styled" style="color: red">x</p>`);
  });
  // Each is refused by both copies of the policy: the header and the page's <meta>.
  await expect.poll(() => violations(page)).toHaveLength(4);
  expect(new Set(await violations(page))).toEqual(
    new Set(["script-src-elem blocked inline", "style-src-attr blocked inline"]),
  );
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBe(
    undefined,
  );
  // The browser reports each refusal on the console too; those are what this test expects.
  const refusals = consoleProblems.filter((p) => /Content Security Policy/.test(p));
  expect(refusals).toHaveLength(4);
  consoleProblems.splice(
    0,
    consoleProblems.length,
    ...consoleProblems.filter((p) => !refusals.includes(p)),
  );
});

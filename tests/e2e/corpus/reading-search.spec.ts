import { test, expect, waitForApp } from "../console.ts";

test("a shared search URL shows its results on load: 振り返り finds the 2017 retrospective", async ({
  page,
}) => {
  await page.goto("/search/?q=" + encodeURIComponent("振り返り"));
  await waitForApp(page);
  const results = page.locator(".search-results");
  await expect(results.getByRole("link", { name: "2017年振り返り" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("振り返り");
  await expect(page.getByRole("searchbox")).toHaveValue("振り返り");
});

test("finds a Japanese word inside running text: /search/?q=コンテナ", async ({ page }) => {
  await page.goto("/search/?q=" + encodeURIComponent("コンテナ"));
  await waitForApp(page);
  await expect(page.locator(".search-results li").first()).toBeVisible();
  expect(await page.locator(".search-results li").count()).toBeGreaterThan(3);
});

test("/ focuses the search box from any page; the search code loads only then", async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on("request", (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto("/timeline/");
  await waitForApp(page);
  expect(
    loaded.filter((p) => /search/.test(p)),
    "search code or index on first load",
  ).toEqual([]);
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox")).toBeFocused();
  await page.keyboard.type("Docker");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=Docker$/);
  await expect(page.locator(".search-results li").first()).toBeVisible();
  expect(loaded).toContain("/search-index/manifest.json");
  // Focus moved to the new page's heading (screen readers start there).
  await page.locator(".search-results a").first().click();
  await expect(page.locator("main h1")).toBeFocused();
});

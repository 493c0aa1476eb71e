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

// The test words of docs/search.md on the built real blog: deep in long posts, found with a
// snippet around them, the word marked.
for (const [query, title] of [
  ["最大積載量", "Serf 虎の巻"],
  ["reachability", "Serf 虎の巻"],
  ["最終的目標", "Go言語と暗号技術（AESからTLS）"],
  ["preMasterSecret", "Go言語と暗号技術（AESからTLS）"],
] as const) {
  test(`finds ${query}, deep in a long post, with its snippet marked`, async ({ page }) => {
    await page.goto("/search/?q=" + encodeURIComponent(query));
    await waitForApp(page);
    const results = page.getByRole("list", { name: "検索結果" });
    const first = results.getByRole("listitem").first();
    await expect(first.getByRole("link")).toHaveText(title);
    await expect(first.locator("mark").first()).toHaveText(new RegExp(query, "i"));
    await expect(page.getByRole("status")).toHaveText(`「${query}」の検索結果: 1件`);
  });
}

test("says plainly when nothing matches", async ({ page }) => {
  await page.goto("/search/?q=xylophone");
  await waitForApp(page);
  await expect(page.getByRole("status")).toHaveText("「xylophone」を含む記事はありません。");
  await expect(page.getByRole("list", { name: "検索結果" })).toHaveCount(0);
});

test("keyboard: / to the field, type, ↓ to the results, Enter opens", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  await page.keyboard.press("/");
  await page.keyboard.type("docker");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=docker$/);
  const links = page.getByRole("list", { name: "検索結果" }).getByRole("link");
  await expect(links).toHaveCount(10);
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  const href = await links.nth(1).getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(href!);
  await expect(page.locator("main h1")).toBeFocused();
});

import { test, expect, waitForApp } from "../console.ts";

test("a post's tag opens the tag's page at Hugo's URL, with a title and canonical link", async ({
  page,
}) => {
  await page.goto("./");
  await waitForApp(page);
  const card = page.locator(".post-card", { hasText: "The front matter Furikaeri understands" });
  await card.getByRole("link", { name: "guide" }).click();
  await expect(page).toHaveURL(/\/tags\/guide\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("タグ「guide」の記事");
  await expect(page.locator("main h1")).toBeFocused();
  await expect(page.locator(".post-card")).toHaveCount(3);
  await expect(page).toHaveTitle(/タグ「guide」の記事/);
  // Served as its own page too, with its head tags.
  await page.reload();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    "https://deeeet.com/tags/guide/",
  );
  await page.getByRole("link", { name: "タグ一覧" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("タグ一覧");
  await expect(page.getByRole("link", { name: "furikaeri", exact: true })).toHaveAttribute(
    "href",
    "/tags/furikaeri/",
  );
});

import { test, expect, waitForApp } from "../console.ts";

test("the home page lists the example post, and a click opens it without reloading", async ({
  page,
}) => {
  await page.goto("./");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const link = page.getByRole("link", { name: "2017年振り返り" });
  await expect(link).toBeVisible();
  await expect(page.locator(".post-card", { has: link })).toContainText("2017年12月31日");
  // Newest first: the guides of 2026 come before the 2017 retrospective.
  const titles = await page.locator(".post-card__title").allTextContents();
  expect(titles.indexOf("2017年振り返り")).toBe(titles.length - 1);
  // A marker on window survives client-side navigation but not a page load.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await link.click();
  await expect(page).toHaveURL(/\/writing\/2017\/12\/31\/2017\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "2017年振り返り" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await expect(page).toHaveTitle(/2017年振り返り/);
});

test("the post links to its timeline, which opens month by month, and Back returns", async ({
  page,
}) => {
  await page.goto("./writing/2017/12/31/2017/");
  await waitForApp(page);
  await page.getByRole("link", { name: /年表/ }).click();
  await expect(page).toHaveURL(/\/timeline\/2017\/$/);
  const months = page.locator("li.month:not(.month--empty) .month__name");
  await expect(months).toHaveText(["1月", "4月", "7月", "8月", "9月", "10月", "11月", "12月"]);
  await expect(page.locator(`[id="2017-04"]`)).toContainText("他にも出張中は");
  await expect(page.locator("#outlook")).toContainText("2018年も引き続き");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "2017年振り返り" })).toBeVisible();
});

test("a deep link to April opens with April in view", async ({ page }) => {
  await page.goto("./timeline/2017/#2017-04");
  await waitForApp(page);
  await expect(page.locator(`[id="2017-04"]`)).toBeInViewport();
  await expect(page.locator(`[id="2017-12"]`)).not.toBeInViewport();
});

test("'read in context' opens the post at that paragraph", async ({ page }) => {
  await page.goto("./timeline/2017/");
  await waitForApp(page);
  await page
    .locator(`[id="2017-09"]`)
    .getByRole("link", { name: /記事の中で読む/ })
    .click();
  await expect(page).toHaveURL(/\/writing\/2017\/12\/31\/2017\/#L\d+$/);
  const hash = new URL(page.url()).hash;
  await expect(page.locator(hash)).toContainText("9月");
  await expect(page.locator(hash)).toBeInViewport();
});

test.describe("a missing page", () => {
  test.use({ expect404: true });
  test("shows the not-found page with status 404", async ({ page }) => {
    const response = await page.goto("./no/such/page/");
    expect(response?.status()).toBe(404);
    await waitForApp(page);
    await expect(
      page.getByRole("heading", { level: 1, name: "ページが見つかりません" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "記事一覧へ戻る" }).click();
    await expect(page.getByRole("link", { name: "2017年振り返り" })).toBeVisible();
  });
});

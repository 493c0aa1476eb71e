import { test, expect, waitForApp } from "../console.ts";

test("the theme toggle switches the colours and is remembered across pages", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await waitForApp(page);
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.getByRole("button", { name: "ダークテーマにする" }).click();
  expect(await background()).not.toBe(light);
  await page.goto("/archive/");
  await waitForApp(page);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  expect(await background()).not.toBe(light);
  await expect(page.getByRole("button", { name: "ライトテーマにする" })).toBeVisible();
});

test("at 320px wide, long code lines and tables scroll inside their box, not the page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/writing/2015/11/19/go-http2/");
  await waitForApp(page);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
    widestBox: Math.max(
      ...[...document.querySelectorAll(".prose pre, .prose table")].map((e) => e.scrollWidth),
    ),
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  expect(widths.widestBox).toBeGreaterThan(widths.viewport);
});

test("a long post has a table of contents whose links reach its headings", async ({ page }) => {
  await page.goto("/posts/2020/");
  await waitForApp(page);
  const toc = page.getByRole("navigation", { name: "Contents" });
  const first = toc.getByRole("link").first();
  const target = (await first.getAttribute("href"))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test("keyboard alone: skip link, a visible focus ring, and focus on the new page's heading", async ({
  page,
}) => {
  await page.goto("/archive/");
  await waitForApp(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "本文へ移動" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const first = page.locator("main a").first();
  await expect(first).toBeFocused();
  const outline = await first.evaluate((a) => getComputedStyle(a).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/archive\/\d{4}\/$/);
  await expect(page.locator("main h1")).toBeFocused();
});

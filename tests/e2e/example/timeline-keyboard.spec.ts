import { test, expect, waitForApp } from "../console.ts";

// The example blog's 2017 retrospective has entries in months 1, 4 and 7–12; a newer year follows.
const current = '[aria-current="true"]';

test("↓ and ↑ walk the months: the hash, aria-current and the live region follow, and Back leaves", async ({
  page,
}) => {
  await page.goto("./writing/2017/12/31/2017/");
  await waitForApp(page);
  await page.getByRole("link", { name: /年表/ }).click();
  await expect(page).toHaveURL(/\/timeline\/2017\/$/);
  // The router commits the URL before React shows the timeline; keys act on the page shown.
  await expect(page.getByRole("heading", { level: 1, name: "2017年の振り返り" })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/\/timeline\/2017\/#2017-01$/);
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/#2017-04$/);
  await expect(page.locator(current)).toHaveAttribute("id", "2017-04");
  await expect(page.locator('[id="2017-04"]')).toBeInViewport();
  await expect(page.getByRole("status")).toHaveText("2017年4月");
  await page.keyboard.press("j");
  await expect(page).toHaveURL(/#2017-07$/);
  await page.keyboard.press("k");
  await expect(page.locator(current)).toHaveAttribute("id", "2017-04");
  // Moving between months made no history entries: one Back returns to the post.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "2017年振り返り" })).toBeVisible();
});

test("a deep link makes that month the current one; End and Home go to the last and first", async ({
  page,
}) => {
  await page.goto("./timeline/2017/#2017-09");
  await waitForApp(page);
  await expect(page.locator(current)).toHaveAttribute("id", "2017-09");
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/#2017-10$/);
  await expect(page.locator('[id="2017-10"]')).toBeInViewport();
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/#2017-12$/);
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/#2017-01$/);
  await expect(page.locator('[id="2017-01"]')).toBeInViewport();
  await expect(page.locator('[id="2017-12"]')).not.toBeInViewport();
});

test("→ opens the next year, ← comes back, and Back returns to the month left", async ({
  page,
}) => {
  await page.goto("./timeline/2017/");
  await waitForApp(page);
  const next = page.getByRole("navigation", { name: "前後の年" }).locator('a[rel="next"]');
  await expect(next).toHaveCount(1);
  const href = (await next.getAttribute("href"))!;
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/#2017-04$/);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("status")).toHaveText(/の振り返り$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/timeline\/2017\/#2017-04$/);
  await expect(page.locator(current)).toHaveAttribute("id", "2017-04");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  // The router commits the URL before React shows the new year; keys act on the page shown.
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("2017年の振り返り");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("heading", { level: 1, name: "2017年の振り返り" })).toBeVisible();
  await expect(page).toHaveURL(/\/timeline\/2017\/$/);
});

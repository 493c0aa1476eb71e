import { test, expect, waitForApp } from "../console.ts";

const title = (year: number) => ({ level: 1, name: `${year}年の振り返り` }) as const;

test("← and → walk the corpus's years, oldest to newest and back", async ({ page }) => {
  await page.goto("./timeline/2015/");
  await waitForApp(page);
  for (const year of [2016, 2017, 2018, 2020, 2021]) {
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("heading", title(year))).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/timeline/${year}/$`));
  }
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/timeline\/2021\/$/);
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("heading", title(2020))).toBeVisible();
});

test("2016 is told month by month", async ({ page }) => {
  await page.goto("./timeline/2016/");
  await waitForApp(page);
  const told = page.locator("li.month .entry").locator("xpath=ancestor::li[1]");
  await expect(told.first()).toHaveAttribute("id", "2016-02");
  expect(await told.evaluateAll((els) => [...new Set(els.map((e) => e.id))])).toEqual(
    expect.arrayContaining(["2016-02", "2016-05", "2016-06", "2016-07", "2016-12"]),
  );
  await expect(page.locator('[id="2016-05"]')).toContainText("みんなのGo言語");
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/#2016-02$/);
});

test("2020, with months only inside sentences and captions, shows them, its highlights and each month's posts", async ({
  page,
}) => {
  await page.goto("./timeline/2020/");
  await waitForApp(page);
  const highlights = page.getByRole("region", { name: "この年のハイライト" });
  await expect(highlights.getByRole("heading", { level: 3, name: "Work" })).toBeVisible();
  await expect(page.locator('[id="2020-06"]')).toContainText("Practices as a Platform Engineer");
  await expect(page.locator('[id="2020-10"]')).toContainText(
    "Practices for Better Terraform Module",
  );
  // "It started at the end of February" (working from home) and "February at Shizuoka:" (a
  // camp's photos) place those passages in February (issue 13).
  await expect(page.locator('[id="2020-02"]')).toContainText("we needed to work from home");
  await expect(page.locator('[id="2020-08"]')).toContainText("August at Gunma");
  // ↓ goes to the first month with something in it.
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/#2020-02$/);
  // "Read in context" opens the post at the heading of that section.
  await highlights
    .locator(".timeline__section", { has: page.getByRole("heading", { name: "Work" }) })
    .getByRole("link", { name: "記事の中で読む" })
    .click();
  await expect(page).toHaveURL(/\/posts\/2020\/#L\d+$/);
  const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(page.locator("h2", { has: target })).toHaveText("Work");
  await expect(target).toBeInViewport();
});

test.describe("on a 320px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("the timeline fits the screen (axe runs in accessibility.spec.ts)", async ({ page }) => {
    for (const path of ["./timeline/", "./timeline/2016/", "./timeline/2020/"]) {
      await page.goto(path);
      await waitForApp(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBe(0);
    }
  });
});

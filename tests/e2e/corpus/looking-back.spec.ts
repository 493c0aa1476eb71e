import { test, expect, waitForApp } from "../console.ts";

// The real blog: 2017年振り返り ends with `## 2018年`, its plans for the next year. Its 2017 has
// posts in January (1) and February (2), its 2018 seven published posts (the retrospective
// among them; an eighth is a draft). Its posts run from 2012 to 2022 (2021 Year in Review).

test("2018 opens with what 2017年振り返り planned for it, linked to where it was written", async ({
  page,
}) => {
  await page.goto("./timeline/2018/");
  await waitForApp(page);
  const plans = page.getByRole("region", { name: "2018年に向けて立てた計画" });
  await expect(plans).toBeVisible();
  await expect(plans.getByRole("heading", { level: 3, name: "2018年" })).toBeVisible();
  await expect(plans).toContainText("MicroservicesとMachine Learning Ops");
  // Before the year's own months.
  const [plansTop, januaryTop] = await Promise.all([
    plans.evaluate((e) => e.getBoundingClientRect().top),
    page.locator('[id="2018-01"]').evaluate((e) => e.getBoundingClientRect().top),
  ]);
  expect(plansTop).toBeLessThan(januaryTop);
  await plans.getByRole("link", { name: "記事の中で読む" }).first().click();
  await expect(page).toHaveURL(/\/writing\/2017\/12\/31\/2017\/#L\d+$/);
  const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  // The outlook's heading, `## 2018年`, in the retrospective.
  await expect(page.locator("h2", { has: target })).toHaveText("2018年");
  await expect(target).toBeInViewport();
});

test("2017 links forward to the year its plans were for", async ({ page }) => {
  await page.goto("./timeline/2017/");
  await waitForApp(page);
  await page.getByRole("link", { name: "この計画が2018年にどうなったか →" }).click();
  await expect(page).toHaveURL(/\/timeline\/2018\/#plans$/);
  await expect(page.getByRole("region", { name: "2018年に向けて立てた計画" })).toBeInViewport();
});

test("each year says what it published: posts and characters", async ({ page }) => {
  await page.goto("./timeline/2018/");
  await waitForApp(page);
  const numbers = page.getByRole("region", { name: "数字で見る2018年" });
  await expect(numbers.locator("dd").first()).toHaveText("7件");
  const characters = await numbers.locator("dd").nth(1).textContent();
  // Seven posts of a few thousand characters each.
  expect(Number(characters!.replace(/[^\d]/g, ""))).toBeGreaterThan(10_000);
  // The blog gave its posts categories until 2014 only: 2018 has no terms to list.
  await expect(numbers.locator("dt")).toHaveText(["記事", "書いた文字数"]);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  test("the years at a glance are drawn, each month a link, with the counts as a table", async ({
    page,
  }) => {
    await page.goto("./timeline/");
    const chart = page.getByRole("group", { name: "年ごとの記事数" });
    await expect(chart).toBeVisible();
    // 2012 to 2022, newest first: eleven years of twelve months.
    await expect(chart.locator("rect")).toHaveCount(11 * 12);
    // 2017 has a retrospective: its months link to its timeline.
    await expect(chart.getByRole("link", { name: "2017年2月: 2件" })).toHaveAttribute(
      "href",
      "/timeline/2017/#2017-02",
    );
    // 2019 has none: a month with posts links to the archive.
    const archived = chart.locator('a[href^="/archive/2019/#2019-"]');
    expect(await archived.count()).toBeGreaterThan(0);
    await page.getByText("表で見る").click();
    const row = page.getByRole("row", { name: /^2017/ });
    await expect(row.getByRole("cell").nth(1)).toHaveText("2");
    await chart.getByRole("link", { name: "2017年2月: 2件" }).click();
    await expect(page).toHaveURL(/\/timeline\/2017\/#2017-02$/);
    await expect(page.locator('[id="2017-02"]')).toContainText("SREとしてMercariに入社した");
  });

  test("the archive draws the same chart, its months linking into the archive", async ({
    page,
  }) => {
    await page.goto("./archive/");
    const chart = page.getByRole("group", { name: "年ごとの記事数" });
    const february = chart.getByRole("link", { name: "2017年2月: 2件" });
    await expect(february).toHaveAttribute("href", "/archive/2017/#2017-02");
    await february.click();
    await expect(page.locator('[id="2017-02"]')).toBeInViewport();
  });
});

test("a click on the chart stays in the app, and the page shows no CSP or console problem", async ({
  page,
}) => {
  await page.goto("./timeline/");
  await waitForApp(page);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page
    .getByRole("group", { name: "年ごとの記事数" })
    .getByRole("link", { name: "2018年1月: 2件" })
    .click();
  await expect(page).toHaveURL(/\/timeline\/2018\/#2018-01$/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

/** The header's parts: title, navigation, search and theme button. */
async function headerBoxes(page: import("@playwright/test").Page) {
  return page
    .locator(".site-header > *")
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
}

for (const width of [1024, 1280])
  test(`the site header is one line at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("./timeline/");
    await waitForApp(page);
    const boxes = await headerBoxes(page);
    expect(boxes).toHaveLength(4);
    // One line: every part overlaps the title's line.
    const title = boxes[0]!;
    for (const box of boxes) {
      expect(box.top).toBeLessThan(title.bottom);
      expect(box.bottom).toBeGreaterThan(title.top);
    }
  });

test("the site header fits a 320px phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("./");
  await waitForApp(page);
  for (const box of await headerBoxes(page)) expect(box.right).toBeLessThanOrEqual(320);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
});

test("the home page shows the blog's own description, or none, not Furikaeri's tagline", async ({
  page,
}) => {
  await page.goto("./");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "SOTA" })).toBeVisible();
  // deeeet's config.toml has no description.
  await expect(page.locator("main .page-intro")).toHaveCount(0);
  await expect(page.getByText("a blog to read, and to look back over")).toHaveCount(0);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", "SOTA");
});

test("an entry under 1月 that opens with 1月． shows without the repeated marker", async ({
  page,
}) => {
  await page.goto("./timeline/2017/");
  await waitForApp(page);
  const january = page.locator('[id="2017-01"] .entry__body').first();
  await expect(january).toHaveText(/^SREとしてMercariに転職した．/);
  const april = page.locator('[id="2017-04"] .entry__body').first();
  await expect(april).toHaveText(/^試用期間が終わった直後/);
  // The retrospective itself keeps the author's words as written.
  await page.goto("./writing/2017/12/31/2017/");
  await expect(page.locator("article, main").first()).toContainText(
    "1月．SREとしてMercariに転職した",
  );
});

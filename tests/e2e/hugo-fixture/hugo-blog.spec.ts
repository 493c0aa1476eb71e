import AxeBuilder from "@axe-core/playwright";
import { test, expect, waitForApp } from "../console.ts";

// The project's own small Hugo blog (tests/fixtures/content/hugo-site), built in every clone:
// what tests/e2e/corpus checks on the real blog, on posts written for the purpose.

/** Every page Hugo 0.111 publishes for the fixture's posts (read off `hugo` by hand). */
const HUGO_URLS = [
  "/about/",
  "/blog/2018/12/2018/",
  "/blog/2019/03/first-post/",
  "/blog/2019/04/custom/",
  "/blog/2019/05/images/",
  "/blog/2020/01/2019-year-in-review/",
  "/notes/bundle/",
  "/notes/nested/deep/",
  "/notes/plain-note/",
];

test("every post Hugo publishes is at the same URL; drafts are not; images and aliases work", async ({
  request,
}) => {
  for (const url of HUGO_URLS) {
    const response = await request.get(`.${url}`);
    expect(response.status(), url).toBe(200);
    expect(await response.text(), url).toMatch(/<h1>[^<]+<\/h1>/);
  }
  for (const url of ["/blog/2019/01/draft/", "/blog/2999/01/future/", "/blog/2000/01/expired/"])
    expect((await request.get(`.${url}`)).status(), url).toBe(404);
  const retrospective = await (await request.get("./blog/2018/12/2018/")).text();
  expect(retrospective).toMatch(/<img src="\/images\/present.png"[^>]* alt="新しい部屋の窓"/);
  expect((await request.get("./images/present.png")).status()).toBe(200);
  const alias = await (await request.get("./old/first/")).text();
  expect(alias).toContain('<meta http-equiv="refresh" content="0; url=/blog/2019/03/first-post/">');
});

test("dates are the author's: a review dated January 1 in Japan shows January 1", async ({
  page,
}) => {
  await page.goto("./blog/2020/01/2019-year-in-review/");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "2019 Year in Review" })).toBeVisible();
  await expect(page.locator(".post__meta time")).toHaveText("January 1, 2020");
});

test.describe("in a reader's time zone far from the author's", () => {
  test.use({ timezoneId: "America/Los_Angeles" });
  test("the 2018 retrospective, written at 02:10 in Japan, is still on December 31", async ({
    page,
  }) => {
    await page.goto("./blog/2018/12/2018/");
    await waitForApp(page);
    // Japanese text in an en-us site: the post's language is read from its text.
    await expect(page.locator("article.post")).toHaveAttribute("lang", "ja");
    await expect(page.locator(".post__meta time")).toHaveText("2018年12月31日");
  });
});

test("a link to the blog's own post by absolute URL stays in the app", async ({ page }) => {
  await page.goto("./blog/2020/01/2019-year-in-review/");
  await waitForApp(page);
  const link = page.getByRole("link", { name: "2018年振り返り" });
  await expect(link).toHaveAttribute("href", "/blog/2018/12/2018/");
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "2018年振り返り" })).toBeVisible();
  // No reload: the page's own state is still there.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test("the Japanese retrospective is told month by month; → and ← walk the years", async ({
  page,
}) => {
  await page.goto("./timeline/");
  await waitForApp(page);
  for (const year of [2018, 2019])
    await expect(
      page.getByRole("heading", { level: 2, name: new RegExp(`^${year}`) }),
    ).toBeVisible();
  await page.getByRole("heading", { level: 2, name: /^2018/ }).getByRole("link").click();
  await expect(page).toHaveURL(/\/timeline\/2018\/$/);
  const told = page.locator("li.month .entry").locator("xpath=ancestor::li[1]");
  // The address changes as the new page is rendered, not after: ask until it shows.
  await expect
    .poll(() => told.evaluateAll((els) => [...new Set(els.map((e) => e.id))]))
    .toEqual(["2018-01", "2018-03", "2018-06", "2018-10", "2018-12"]);
  // The paragraph without a month marker belongs to the month above it.
  await expect(page.locator('[id="2018-03"]')).toContainText("自転車を買った");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/timeline\/2019\/$/);
  // The English review is told by topic: its sections are the year's highlights, and the one
  // sentence that says when ("Moved to the platform team in April") is April's.
  const highlights = page.getByRole("region", { name: /highlight/i });
  await expect(highlights.getByRole("heading", { level: 3, name: "Writing" })).toBeVisible();
  await expect(page.locator('[id="2019-04"]')).toContainText("Moved to the platform team");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/\/timeline\/2018\/$/);
});

for (const path of ["/", "/blog/2018/12/2018/", "/timeline/2018/", "/timeline/2019/"]) {
  test(`axe finds no violations in either theme: ${path}`, async ({ page }) => {
    await page.goto(`.${path}`);
    await waitForApp(page);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" "))}`),
        colorScheme,
      ).toEqual([]);
    }
  });
}

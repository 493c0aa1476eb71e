import fs from "node:fs";
import path from "node:path";
import { test, expect, waitForApp } from "../console.ts";
import { CORPUS } from "../../helpers/e2e-sites.ts";

const hugoUrls = fs
  .readFileSync(path.join(CORPUS, "../deeeet-hugo-urls.txt"), "utf8")
  .split("\n")
  .filter(Boolean);

const staticImages = new Set(
  fs.readdirSync(path.join(CORPUS, "static/images")).map((f) => `/images/${f}`),
);

test("every post Hugo published is at the same URL, with its images", async ({ request }) => {
  expect(hugoUrls).toHaveLength(183);
  const images = new Set<string>();
  for (const url of hugoUrls) {
    const response = await request.get(`.${url}`);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    expect(html, url).toMatch(/<h1>[^<]+<\/h1>/);
    for (const m of html.matchAll(/<img [^>]*src="(\/images\/[^"]+)"/g)) images.add(m[1]!);
  }
  expect(images.size).toBeGreaterThan(20);
  for (const image of images) {
    // An image the blog itself lacks can't be published; the build report names it instead.
    const expected = staticImages.has(decodeURI(image)) ? 200 : 404;
    expect((await request.get(`.${image}`)).status(), image).toBe(expected);
  }
});

test("dates are the author's: an English post dated on Jan 1 in Japan shows January 1", async ({
  page,
}) => {
  await page.goto("./posts/2020/");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "2020 Year in Review" })).toBeVisible();
  await expect(page.locator("article.post")).toHaveAttribute("lang", "en");
  await expect(page.locator(".post__meta time")).toHaveText("January 1, 2021");
});

test.describe("in a reader's time zone far from the author's", () => {
  test.use({ timezoneId: "America/Los_Angeles" });
  test("the 2017 retrospective is still on December 31", async ({ page }) => {
    await page.goto("./writing/2017/12/31/2017/");
    await waitForApp(page);
    await expect(page.locator(".post__meta time")).toHaveText("2017年12月31日");
  });
});

test("each year with a retrospective has a timeline, walked from year to year", async ({
  page,
}) => {
  await page.goto("./timeline/");
  await waitForApp(page);
  for (const year of [2015, 2016, 2017, 2018, 2020]) {
    await expect(
      page.getByRole("heading", { level: 2, name: new RegExp(`^${year}`) }),
    ).toBeVisible();
  }
  await page.getByRole("heading", { level: 2, name: /^2016/ }).getByRole("link").click();
  await expect(page.locator(`[id="2016-05"]`)).toContainText("みんなのGo言語");
  await page.getByRole("link", { name: /2017/ }).last().click();
  await expect(page).toHaveURL(/\/timeline\/2017\/$/);
});

test("a link to the blog's own post by absolute URL stays in the app", async ({ page }) => {
  await page.goto("./writing/2017/12/31/2017/");
  await waitForApp(page);
  const link = page.getByRole("link", { name: "2016年振り返り" });
  await expect(link).toHaveAttribute("href", "/writing/2016/12/31/2016/");
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "2016年振り返り" })).toBeVisible();
});

import { test, expect, waitForApp } from "../console.ts";

test("the RSS feed at /index.xml is valid XML, newest first, with absolute links", async ({
  page,
  request,
}) => {
  const response = await request.get("/index.xml");
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  await page.goto("/");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      items: [...doc.querySelectorAll("item")].map((item) => ({
        link: item.querySelector("link")?.textContent ?? "",
        date: Date.parse(item.querySelector("pubDate")?.textContent ?? ""),
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.items.length).toBeGreaterThan(10);
  for (const item of feed.items) expect(item.link).toMatch(/^https:\/\/deeeet\.com\//);
  const dates = feed.items.map((i) => i.date);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  expect(feed.items[0]!.link).toBe("https://deeeet.com/posts/2021/");
  // The home page announces the feed.
  await expect(
    page.locator('head link[rel="alternate"][type="application/rss+xml"]'),
  ).toHaveAttribute("href", "https://deeeet.com/index.xml");
});

test("sitemap.xml lists the posts; robots.txt points at it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("<loc>https://deeeet.com/writing/2017/12/31/2017/</loc>");
  expect(sitemap).toContain("<loc>https://deeeet.com/categories/docker/</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap: https://deeeet.com/sitemap.xml");
});

test("a post links its category to the category's page at Hugo's URL", async ({ page }) => {
  await page.goto("/archive/");
  await waitForApp(page);
  await page.getByRole("link", { name: "2014年の記事" }).click();
  await expect(page).toHaveURL(/\/archive\/2014\/$/);
  await expect(page.locator("main h1")).toBeFocused();
  await page.goto("/categories/");
  await page.getByRole("link", { name: "docker", exact: true }).click();
  await expect(page).toHaveURL(/\/categories\/docker\/$/);
  await page.locator(".post-card__title a").first().click();
  await expect(page.locator(".post__terms").getByRole("link", { name: "docker" })).toHaveAttribute(
    "href",
    "/categories/docker/",
  );
});

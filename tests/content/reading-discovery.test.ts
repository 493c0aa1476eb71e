// @vitest-environment jsdom
// (for DOMParser: the feed and the sitemap are read as a feed reader or crawler reads XML)
import { describe, expect, it } from "vitest";
import { rssFeed, FEED_SIZE } from "../../src/content/site/feeds.ts";
import { buildRouteData } from "../../src/content/site/route-data.ts";
import { robotsTxt, sitemapXml } from "../../src/content/site/sitemap.ts";
import { post, readingConfig, siteOf } from "./reading-site.ts";

const site = siteOf({
  "old.md": post({ title: "古い記事", date: "2016-03-01", categories: ["Docker Serf"] }),
  "new.md": post(
    { title: "新しい記事 & <more>", date: "2017-12-31T02:10:01+09:00", tags: ["Go", "日本語"] },
    "コンテナの話。",
  ),
  "mid.md": post({ title: "Middle", date: "2017-01-05", tags: ["go"] }, "In English, about Go."),
});
const xml = (text: string) => new DOMParser().parseFromString(text, "application/xml");

describe("the RSS feed", () => {
  const doc = xml(rssFeed(site.config, site.posts));

  it("is RSS 2.0 XML with the newest post first and absolute links", () => {
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.documentElement.getAttribute("version")).toBe("2.0");
    const items = [...doc.querySelectorAll("item")];
    expect(items.map((i) => i.querySelector("title")?.textContent)).toEqual([
      "新しい記事 & <more>",
      "Middle",
      "古い記事",
    ]);
    expect(items[0]!.querySelector("link")?.textContent).toBe(
      "https://example.com/writing/2017/12/31/new/",
    );
    expect(items[0]!.querySelector("description")?.textContent).toContain("コンテナの話");
    expect(doc.querySelector("channel > link")?.textContent).toBe("https://example.com/");
  });

  it("carries at most the newest twenty posts", () => {
    const many = siteOf(
      Object.fromEntries(
        Array.from({ length: 25 }, (_, i) => [
          `p${i}.md`,
          post({ title: `Post ${i}`, date: `2020-01-${String(i + 1).padStart(2, "0")}` }),
        ]),
      ),
    );
    const items = [...xml(rssFeed(many.config, many.posts)).querySelectorAll("item title")];
    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0]!.textContent).toBe("Post 24");
  });
});

describe("the sitemap and robots.txt", () => {
  const pages = buildRouteData(site);
  const doc = xml(sitemapXml(site.config, pages, site.posts));
  const locs = [...doc.querySelectorAll("url > loc")].map((l) => l.textContent);

  it("lists every post and list page by absolute, percent-encoded URL", () => {
    expect(doc.querySelector("parsererror")).toBeNull();
    for (const p of site.posts) expect(locs).toContain(`https://example.com${p.url}`);
    expect(locs).toContain("https://example.com/");
    expect(locs).toContain("https://example.com/page/2/");
    expect(locs).toContain("https://example.com/tags/go/");
    expect(locs).toContain("https://example.com/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/");
    expect(locs).toContain("https://example.com/archive/2017/");
    expect(locs).not.toContain("https://example.com/search/");
  });

  it("points robots.txt at the sitemap under the base path", () => {
    expect(robotsTxt(readingConfig)).toContain("Sitemap: https://example.com/sitemap.xml");
    expect(robotsTxt({ ...readingConfig, base: "/my-blog/" })).toContain(
      "Sitemap: https://example.com/my-blog/sitemap.xml",
    );
  });
});

// @vitest-environment jsdom
// (for DOMParser: the feed and the sitemap are read as a feed reader or crawler reads XML)
import { describe, expect, it } from "vitest";
import { rssFeed, FEED_SIZE } from "../../src/content/site/feeds.ts";
import { searchIndexFiles, searchTextLimit } from "../../src/content/site/search-index.ts";
import { searchIndex } from "../../src/components/search-engine.ts";
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

describe("the search index the build writes, as the browser reads it", () => {
  /** Searches the files the build wrote, recording which files the search read. */
  const searcher = (files: Map<string, string>) => {
    const read: string[] = [];
    const search = (q: string, limit?: number) =>
      searchIndex(
        async (file) => {
          read.push(file);
          return JSON.parse(files.get(file)!) as unknown;
        },
        q,
        limit,
      );
    return { search, read };
  };
  const blog = siteOf({
    "retro.md": post({ title: "2017年振り返り", date: "2017-12-31" }, "今年も色々あった。"),
    "docker.md": post(
      { title: "Dockerについて", date: "2016-05-01", tags: ["docker"] },
      "本番環境でコンテナを動かすための仕組みを作った。",
    ),
    "review.md": post(
      { title: "2020 Year in Review", date: "2021-01-01" },
      "Containers everywhere, and a look back (振り返り) at the year.",
    ),
  });
  const { search } = searcher(searchIndexFiles(blog.posts));
  const urls = async (q: string) => (await search(q)).map((h) => h.url);

  it("finds a Japanese word inside running text with no spaces", async () => {
    expect(await urls("コンテナ")).toEqual(["/writing/2016/05/01/docker/"]);
    // In the title weighs more than in the text.
    expect(await urls("振り返り")).toEqual([
      "/writing/2017/12/31/retro/",
      "/writing/2021/01/01/review/",
    ]);
    expect(await search("振り返り")).toContainEqual({
      url: "/writing/2017/12/31/retro/",
      title: "2017年振り返り",
      date: "2017年12月31日",
      lang: "ja",
    });
  });

  it("requires every word, and matches the last one as a prefix (typed so far)", async () => {
    expect(await urls("year review")).toEqual(["/writing/2021/01/01/review/"]);
    expect(await urls("contain")).toEqual(["/writing/2021/01/01/review/"]);
    expect(await urls("ＤＯＣＫＥＲ")).toEqual(["/writing/2016/05/01/docker/"]);
    expect(await urls("振り返り docker")).toEqual([]);
    expect(await urls("  ")).toEqual([]);
  });

  it("splits a large index so a search reads only the shards of its words", async () => {
    const words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];
    const big = siteOf(
      Object.fromEntries(
        Array.from({ length: 320 }, (_, i) => [
          `p${i}.md`,
          post(
            {
              title: `Post ${i}`,
              date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
            },
            `${words[i % words.length]} ${"lorem ipsum dolor sit amet ".repeat(60)} 記事番号${i}`,
          ),
        ]),
      ),
    );
    const files = searchIndexFiles(big.posts, 4000);
    const shards = [...files.keys()].filter((f) => f.startsWith("t-"));
    expect(shards.length).toBeGreaterThan(1);
    const { search: searchBig, read } = searcher(files);
    expect(await searchBig("foxtrot")).toHaveLength(30); // at most 30 results by default
    read.length = 0;
    const hits = await searchBig("foxtrot", 100);
    expect(hits.length).toBe(320 / words.length);
    expect(hits[0]!.title).toBe("Post 317"); // equal weights: the newest first
    expect(read.filter((f) => f.startsWith("t-"))).toHaveLength(1);
    expect(read.length).toBeLessThan(files.size);
  });

  it("indexes less of each post as the blog grows", () => {
    expect(searchTextLimit(183)).toBe(2000);
    expect(searchTextLimit(1000)).toBe(400);
    expect(searchTextLimit(10_000)).toBe(300);
  });
});

import { describe, expect, it } from "vitest";
import { checkUrlPath } from "../../src/content/read/url-path-check.ts";

describe("a post's URL", () => {
  it.each([
    ["/writing/2017/12/31/2017/"],
    ["/posts/2020/"],
    ["/pages/about/"],
    ["/tagsoup/"],
    ["/振り返り/"],
  ])("%s is free", (url) => {
    expect(() => checkUrlPath(url, "content/p.md", 3)).not.toThrow();
  });

  it.each([
    ["/", "/"],
    ["/tags/", "/tags/"],
    ["/tags/docker/", "/tags/"],
    ["/categories/go/", "/categories/"],
    ["/timeline/2017/", "/timeline/"],
    ["/page/2/", "/page/"],
    ["/archive/", "/archive/"],
    ["/search/", "/search/"],
    ["/index.xml", "/index.xml"],
    ["/assets/app.js", "/assets/"],
  ])(
    "%s is one of Furikaeri's own pages, and the error says so at the field's line",
    (url, taken) => {
      expect(() => checkUrlPath(url, "content/p.md", 3)).toThrow(
        `content/p.md:3:1: its URL ${url} is inside ${taken}, where Furikaeri publishes its own pages; give the post another slug or url`,
      );
    },
  );
});

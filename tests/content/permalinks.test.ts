import { describe, expect, it } from "vitest";
import { parseAuthorDate } from "../../src/content/read/dates.ts";
import {
  compilePermalink,
  defaultPermalink,
  permalinkInputOf,
  urlFromFrontMatter,
  type PermalinkInput,
} from "../../src/content/read/permalinks.ts";
import { sanitizePath } from "../../src/shared/paths.ts";

// Hugo's own test page (resources/page/permalinks_test.go): a post in section "blue".
const page: PermalinkInput = {
  date: parseAuthorDate("2012-04-06T03:01:59Z")!,
  slug: "The Slug",
  filename: "test-page",
  section: "blue",
  sections: ["blue", "b", "c"],
  title: "Spf13 Vim 3.0 Release and new website",
};
const withoutSlug = { ...page, slug: null };

describe("compilePermalink: Hugo's permalink table", () => {
  it.each([
    [":title", page, "/spf13-vim-3.0-release-and-new-website"],
    ["/:year-:month-:title", page, "/2012-04-spf13-vim-3.0-release-and-new-website"],
    [
      "/:year/:yearday/:month/:monthname/:day/:weekday/:weekdayname/",
      page,
      "/2012/97/04/april/06/5/friday/",
    ],
    ["/:section/", page, "/blue/"],
    ["/:title/", page, "/spf13-vim-3.0-release-and-new-website/"],
    ["/:slug/", page, "/the-slug/"],
    ["/:slugorfilename/", page, "/the-slug/"],
    ["/:slugorfilename/", withoutSlug, "/test-page/"],
    ["/:filename/", page, "/test-page/"],
    ["/:sections/", page, "/blue/b/c/"],
    ["/:sections[last]/", page, "/c/"],
    ["/:sections[0]/:sections[last]/", page, "/blue/c/"],
    ["/:sections[1:]/", page, "/b/c/"],
    [
      "/writing/:year/:month/:day/:filename/",
      { ...page, filename: "gophercon2016-LT" },
      "/writing/2012/04/06/gophercon2016-lt/",
    ],
    ["/Blog/:year/", page, "/blog/2012/"],
  ])("%s → %s", (pattern, input, url) => {
    expect(compilePermalink(pattern, { slugFallback: "title" })(input)).toBe(url);
  });

  it.each([
    { fallback: "title", url: "/spf13-vim-3.0-release-and-new-website/" },
    { fallback: "filename", url: "/test-page/" },
  ] as const)(":slug without a slug falls back to the $fallback", ({ fallback, url }) => {
    expect(compilePermalink("/:slug/", { slugFallback: fallback })(withoutSlug)).toBe(url);
  });

  it("uses the date as written, not as UTC", () => {
    const late = { ...page, date: parseAuthorDate("2017-12-31T02:10:01+09:00")! };
    expect(compilePermalink("/:year/:month/:day/")(late)).toBe("/2017/12/31/");
  });

  it.each([
    ["/blog/:fred", '"/blog/:fred"', ":fred"],
    ["/:TITLE", '"/:TITLE"', ":TITLE"],
    ["/:2017", '"/:2017"', ":2017"],
    ["/:year/:title[0]/", '"/:year/:title[0]/"', ":title[0]"],
  ])("rejects %s with a message naming the attribute", (pattern, quoted, attribute) => {
    expect(() => compilePermalink(pattern)).toThrow(
      `permalink attribute not recognised: "${attribute}" in ${quoted}; use one of :year, :month, :monthname, :day, :weekday, :weekdayname, :yearday, :section, :sections, :title, :slug, :slugorfilename, :filename (lower case)`,
    );
  });

  it("rejects an empty path segment", () => {
    expect(() => compilePermalink("/:year//:title")).toThrow(
      'permalink pattern "/:year//:title" has an empty path segment (//); remove one of the slashes',
    );
  });
});

describe("Hugo's default URL and the pieces of a path", () => {
  const date = parseAuthorDate("2019-05-01")!;
  it.each([
    ["writing/2017.md", null, "/writing/2017/"],
    ["writing/2019/nested.md", null, "/writing/2019/nested/"],
    ["writing/bundle/index.md", null, "/writing/bundle/"],
    ["about.md", null, "/about/"],
    ["posts/My Post.markdown", null, "/posts/my-post/"],
    ["posts/x.md", "Custom Slug", "/posts/custom-slug/"],
  ])("%s (slug %s) → %s", (relPath, slug, url) => {
    expect(defaultPermalink(permalinkInputOf(relPath, { date, slug, title: "T" }))).toBe(url);
  });

  it.each([
    ["Hello, World!", "hello-world"],
    ["  2017年振り返り ", "2017年振り返り"],
    ["Go 1.7: subtests", "go-1.7-subtests"],
    ["a/b", "a/b"],
    ["C# & F#", "c--f"],
    ["100%", "100"],
  ])("sanitizePath(%j) = %j", (text, url) => {
    expect(sanitizePath(text)).toBe(url);
  });

  it.each([
    ["/about", "/about/"],
    ["about/", "/about/"],
    ["/feed.xml", "/feed.xml"],
    ["/Old/Path/", "/Old/Path/"],
    ["//twice//", "/twice/"],
  ])("front matter url %j is published at %j", (url, path) => {
    expect(urlFromFrontMatter(url)).toBe(path);
  });
});

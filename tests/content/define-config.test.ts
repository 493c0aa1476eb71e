import { describe, expect, it } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { findContentSource, resolveConfig } from "../../src/content/read/config.ts";
import { checkConfig, DEFAULT_CONFIG, defineConfig } from "../../src/content/read/define-config.ts";
import path from "node:path";

describe("defineConfig", () => {
  it("gives the defaults for every setting not written", () => {
    expect(defineConfig({})).toEqual(DEFAULT_CONFIG);
    expect(defineConfig({ title: "My blog", paginate: 5 })).toEqual({
      ...DEFAULT_CONFIG,
      title: "My blog",
      paginate: 5,
    });
  });

  it("merges permalinks pattern by pattern, keeping the default one", () => {
    expect(defineConfig({ permalinks: { notes: "/notes/:slug/" } }).permalinks).toEqual({
      default: "/:year/:month/:day/:slug/",
      notes: "/notes/:slug/",
    });
  });

  it("the repository's furikaeri.config.ts passes its own check", () => {
    expect(checkConfig(projectConfig)).toEqual(projectConfig);
  });
});

describe("checkConfig: each mistake named with the file, the key and the fix", () => {
  it.each([
    [
      { baseURL: "example.com" },
      'furikaeri.config.ts: baseURL: "example.com" has no scheme; write "https://example.com/"',
    ],
    [
      { baseURL: "//example.com/blog/" },
      'furikaeri.config.ts: baseURL: "//example.com/blog/" has no scheme; write "https://example.com/blog/"',
    ],
    [
      { baseURL: "ftp://example.com/" },
      'furikaeri.config.ts: baseURL: "ftp://example.com/" is not a web address; write the site\'s address, such as "https://example.com/"',
    ],
    [
      { paginate: "ten" },
      'furikaeri.config.ts: paginate: "ten" is not a whole number of posts per page; write a number such as 10, without quotes',
    ],
    [
      { paginate: 0 },
      "furikaeri.config.ts: paginate: 0 is not a whole number of posts per page; write a number such as 10, without quotes",
    ],
    [{ titel: "My blog" }, 'furikaeri.config.ts: titel: is not a setting; did you mean "title"?'],
    [
      { baseurl: "https://example.com/" },
      'furikaeri.config.ts: baseurl: is not a setting; did you mean "baseURL"?',
    ],
    [
      { theme: "dark" },
      "furikaeri.config.ts: theme: is not a setting; the settings are title, description, languageCode, baseURL, base, permalinks, paginate, slugFallback, timeZone",
    ],
    [
      { title: " " },
      'furikaeri.config.ts: title: is empty; write the blog\'s name, such as "My blog"',
    ],
    [
      { title: 42 },
      'furikaeri.config.ts: title: 42 is not text; write it in quotes, such as "Furikaeri"',
    ],
    [
      { languageCode: "Japanese" },
      'furikaeri.config.ts: languageCode: "Japanese" is not a language tag; write one such as "en", "en-us" or "ja"',
    ],
    [
      { base: "https://example.github.io/my-blog/" },
      'furikaeri.config.ts: base: "https://example.github.io/my-blog/" is an address, not a path; write the path alone, such as "/my-blog/" (the address goes in baseURL)',
    ],
    [
      { permalinks: { posts: "posts/:slug/" } },
      'furikaeri.config.ts: permalinks.posts: "posts/:slug/" is not a path pattern; write one starting with "/", such as "/:year/:month/:slug/"',
    ],
    [
      { timeZone: "Tokyo" },
      'furikaeri.config.ts: timeZone: "Tokyo" is not a time zone; write an IANA name such as "Asia/Tokyo" or "UTC"',
    ],
    [
      { slugFallback: "name" },
      'furikaeri.config.ts: slugFallback: "name" is not "title" or "filename"; write one of the two',
    ],
    [
      null,
      'furikaeri.config.ts: export default: is null, not a set of settings; write `export default defineConfig({ title: "My blog" })`',
    ],
  ])("%j", (config, message) => {
    expect(() => checkConfig(config)).toThrow(message);
  });

  it("accepts what Hugo accepts: a baseURL without a trailing slash, a region in any case", () => {
    expect(() =>
      checkConfig({ baseURL: "https://example.com", languageCode: "en-US", paginate: 1 }),
    ).not.toThrow();
  });
});

describe("when the build starts", () => {
  const fixtures = path.resolve(import.meta.dirname, "../fixtures/content");

  it("a mistake in furikaeri.config.ts stops it, named", () => {
    const source = findContentSource(path.join(fixtures, "mixed-formats"));
    expect(() => resolveConfig({ ...projectConfig, baseURL: "deeeet.com" }, source, {})).toThrow(
      'furikaeri.config.ts: baseURL: "deeeet.com" has no scheme; write "https://deeeet.com/"',
    );
  });

  it("the Hugo site's own config still wins over furikaeri.config.ts", () => {
    const source = findContentSource(path.join(fixtures, "hugo-site"));
    const config = resolveConfig(defineConfig({ title: "Not this" }), source, {});
    expect(config).toMatchObject({
      title: "A Hugo fixture",
      baseURL: "https://example.org/",
      languageCode: "en-us",
      permalinks: { blog: "/blog/:year/:month/:slug/" },
    });
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { loadSiteWith } from "../../src/content/site/load-site.ts";
import { loadSite } from "../../src/content/site/load-site-here.ts";
import { buildPostSafely } from "../../src/content/post/build-post.ts";
import { makePostContext, type PostBuilder } from "../../src/content/post/post-context.ts";
import type { LoadedSite } from "../../src/content/site/site-post.ts";
import { CORPUS, sharedFolder } from "../helpers/shared-data.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/content");
const NOW = new Date("2026-01-01T00:00:00Z");

const load = (name: string, mode: "production" | "development" = "production"): LoadedSite =>
  loadSite({ content: path.resolve(FIXTURES, name), projectConfig, mode, now: NOW, env: {} });

/** Every Markdown file under a folder, found without the code under test. */
function markdownFiles(dir: string, root = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full, root);
    return /\.(md|markdown)$/i.test(entry.name) ? [path.relative(root, full)] : [];
  });
}

const published = (site: LoadedSite) =>
  site.report.filter((r) => r.status === "published").map((r) => [r.file, r.url]);

const BAD_CASES: { name: string; errors: string[]; good: string[] }[] = [
  {
    name: "unclosed-front-matter",
    errors: [
      "unclosed.md:1:1: front matter opened with `---` is never closed; add a line with only `---` after the last front matter field",
    ],
    good: ["good.md"],
  },
  {
    name: "invalid-yaml",
    errors: [
      "colon-in-title.md:3:8: invalid YAML front matter: Nested mappings are not allowed in compact mappings; fix the YAML between the `---` lines (quote values that contain `: ` or start with a special character)",
    ],
    good: ["good.md"],
  },
  {
    name: "invalid-toml",
    errors: [
      'unquoted.md:4:14: invalid TOML front matter: invalid value; fix the TOML between the `+++` lines (strings in quotes: title = "…")',
    ],
    good: ["good.md"],
  },
  {
    name: "invalid-json",
    errors: [
      "trailing-comma.md:4:1: invalid JSON front matter: expected double-quoted property name; fix the JSON object at the top of the file (keys and strings in double quotes, no trailing commas)",
    ],
    good: ["good.md"],
  },
  {
    name: "bad-date",
    errors: [
      'february-30.md:4:1: the "date" front matter field is not a valid date: "2017-02-30T10:00:00+09:00"; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+09:00',
      'month-13.md:3:1: the "date" front matter field is not a valid date: "2017-13-01"; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+09:00',
      'words.md:3:1: the "date" front matter field is not a valid date: "last tuesday"; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+09:00',
    ],
    good: ["good.md"],
  },
  {
    name: "duplicate-url",
    errors: [
      "same-a.md:4:1: its URL /writing/2020/02/02/same/ is also the URL of same-b.md; give one of the two posts another `slug` or `url` in its front matter",
      "same-b.md:4:1: its URL /writing/2020/02/02/same/ is already the URL of same-a.md; give one of the two posts another `slug` or `url` in its front matter",
    ],
    good: ["good.md"],
  },
  {
    name: "not-utf8",
    errors: [
      'latin1.md:2:11: the file is not valid UTF-8; save it as UTF-8 (most editors offer this under "Save with encoding")',
    ],
    good: ["good.md"],
  },
  {
    name: "binary-file",
    errors: [
      "image.md:3:1: this looks like a binary file, not Markdown (it holds a NUL byte); remove it from the content folder or rename it away from .md",
    ],
    good: ["good.md"],
  },
];

describe("loadSite on bad input", () => {
  it.each(BAD_CASES)(
    "$name: every error located, the good files not blamed",
    ({ name, errors, good }) => {
      const site = load(name);
      expect(site.errors.map((e) => e.message)).toEqual(errors);
      const erroring = site.report.filter((r) => r.status === "error");
      expect(erroring.map((r) => `${r.file}:${r.line}:${r.column}: ${r.reason}`)).toEqual(errors);
      expect(published(site)).toEqual(good.map((file) => [file, "/writing/2020/01/02/good/"]));
      expect(site.posts.map((p) => p.source.file)).toEqual(good);
    },
  );

  it("still reports a clash when the development server shows drafts", () => {
    expect(load("duplicate-url", "development").errors).toHaveLength(2);
  });
});

describe("loadSite on good input", () => {
  it("reads YAML, TOML and JSON front matter, .markdown, a BOM and CRLF", () => {
    const site = load("mixed-formats");
    expect(site.errors).toEqual([]);
    expect(published(site)).toEqual([
      ["json-front-matter.md", "/writing/2016/06/01/json-front-matter/"],
      ["late-night-in-los-angeles.markdown", "/writing/2017/12/31/late-night-in-los-angeles/"],
      ["toml-native-date.md", "/writing/1994/12/31/toml-native-date/"],
      ["yaml-bom-crlf.md", "/writing/2017/12/31/yaml-bom-crlf/"],
    ]);
    const byFile = new Map(site.posts.map((p) => [p.source.file, p.detail]));
    expect(byFile.get("yaml-bom-crlf.md")).toMatchObject({
      title: "2017年振り返り",
      date: { written: "2017-12-31T02:10:01+09:00", day: "2017-12-31", label: "2017年12月31日" },
      tags: ["振り返り"],
      categories: ["life"],
    });
    expect(byFile.get("late-night-in-los-angeles.markdown")).toMatchObject({
      date: { day: "2017-12-31", label: "December 31, 2017" },
      tags: ["english"],
      categories: [],
    });
    expect(byFile.get("toml-native-date.md")).toMatchObject({
      date: { written: "1994-12-31", label: "December 31, 1994" },
      excerpt: "First paragraph.",
    });
    expect(byFile.get("toml-native-date.md")!.html).not.toContain("more");
    expect(byFile.get("json-front-matter.md")).toMatchObject({
      categories: ["json"],
      excerpt: "Written with JSON.",
    });
    // Newest first, by the instant: 23:30 in Los Angeles is after 02:10 in Tokyo the same day.
    expect(site.posts.map((p) => p.source.file)).toEqual([
      "late-night-in-los-angeles.markdown",
      "yaml-bom-crlf.md",
      "json-front-matter.md",
      "toml-native-date.md",
    ]);
  });

  it("links to the site's own absolute URLs in-app when the post exists", () => {
    const site = load("mixed-formats");
    const html = (file: string) => site.posts.find((p) => p.source.file === file)!.detail.html;
    expect(html("yaml-bom-crlf.md")).toContain(
      'href="/writing/2017/12/31/late-night-in-los-angeles/"',
    );
    expect(html("toml-native-date.md")).toContain(
      'href="http://www.deeeet.com/writing/2099/01/01/nothing/"',
    );
  });

  it("reads a Hugo site: its permalinks, Hugo's default URL elsewhere, url, slug, aliases", () => {
    const site = load("hugo-site");
    expect(site.errors).toEqual([]);
    expect(site.config).toMatchObject({ title: "A Hugo fixture", languageCode: "en-us" });
    expect(
      site.report.map(({ file, status, url, reason }) => [file, status, url ?? reason]),
    ).toEqual([
      [
        "content/_index.md",
        "skipped",
        "_index.md: a section's list page; Furikaeri makes its own list pages",
      ],
      ["content/about.md", "published", "/about/"],
      ["content/blog/2018.md", "published", "/blog/2018/12/2018/"],
      ["content/blog/2019-year-in-review.md", "published", "/blog/2020/01/2019-year-in-review/"],
      [
        "content/blog/_index.md",
        "skipped",
        "_index.md: a section's list page; Furikaeri makes its own list pages",
      ],
      ["content/blog/draft.md", "skipped", "draft (draft: true); npm run dev shows drafts"],
      ["content/blog/expired.md", "skipped", "expired (expiryDate 2001-01-01)"],
      ["content/blog/first-post.md", "published", "/blog/2019/03/first-post/"],
      [
        "content/blog/future.md",
        "skipped",
        "future post (published 2999-01-01); it appears once that date has passed",
      ],
      ["content/blog/images.md", "published", "/blog/2019/05/images/"],
      ["content/blog/with-slug.md", "published", "/blog/2019/04/custom/"],
      ["content/notes/bundle/index.md", "published", "/notes/bundle/"],
      ["content/notes/nested/deep.md", "published", "/notes/nested/deep/"],
      ["content/notes/plain-note.md", "published", "/notes/plain-note/"],
    ]);
    expect([...site.aliases]).toEqual([
      ["/old/first/", "/blog/2019/03/first-post/"],
      ["/blog/2019/03/first-alias/", "/blog/2019/03/first-post/"],
    ]);
    const withSlug = site.posts.find((p) => p.url === "/blog/2019/04/custom/")!.detail.html;
    expect(withSlug).toContain('href="/blog/2019/03/first-post/"');
    expect(withSlug).toContain('href="https://example.org/blog/2000/01/missing/"');
  });

  it("warns about local images missing from static/, in the report entry of the post", () => {
    const entry = load("hugo-site").report.find((r) => r.file === "content/blog/images.md")!;
    expect(entry.status).toBe("published");
    expect(entry.warnings).toEqual([
      {
        line: 8,
        column: 1,
        message:
          "image /images/missing.png is not in the site's static files, so it will show as broken; add the file (static/images/missing.png in a Hugo site) or fix the path",
      },
      {
        line: 10,
        column: 4,
        message:
          "image /images/also-missing.jpg is not in the site's static files, so it will show as broken; add the file (static/images/also-missing.jpg in a Hugo site) or fix the path",
      },
    ]);
    const others = load("hugo-site").report.filter((r) => r.file !== "content/blog/images.md");
    expect(others.filter((r) => r.warnings)).toEqual([]);
  });

  it("shows drafts in development, still leaving out future and expired posts", () => {
    const skipped = load("hugo-site", "development").report.filter((r) => r.status === "skipped");
    expect(skipped.map((r) => r.file)).toEqual([
      "content/_index.md",
      "content/blog/_index.md",
      "content/blog/expired.md",
      "content/blog/future.md",
    ]);
  });
});

describe("the report accounts for every Markdown file exactly once", () => {
  it.each(fs.readdirSync(FIXTURES).sort())("%s", (name) => {
    const site = load(name);
    const source = site.source.kind === "hugo" ? "content" : "";
    const expected = markdownFiles(path.join(FIXTURES, name, source))
      .map((f) => path.posix.join(source, f.split(path.sep).join("/")))
      .sort();
    expect(site.report.map((r) => r.file).sort()).toEqual(expected);
    for (const entry of site.report) {
      expect(entry.status === "published").toBe(entry.url !== undefined);
      expect(entry.status === "published").toBe(entry.reason === undefined);
      expect(entry.status === "error").toBe(entry.line !== undefined);
    }
  });
});

describe("the real Hugo blog in ../shared/corpus/deeeet", () => {
  const corpus = CORPUS;
  const hugoUrls = path.resolve(corpus, "../deeeet-hugo-urls.txt");

  it.skipIf(!sharedFolder(corpus))(
    "publishes 183 posts at exactly Hugo's URLs, skips 12 drafts, and names its missing images",
    () => {
      const site = load(corpus);
      expect(site.errors.map((e) => e.message)).toEqual([]);
      expect(site.report).toHaveLength(195);
      const urls = fs.readFileSync(hugoUrls, "utf8").split("\n").filter(Boolean).sort();
      expect(
        published(site)
          .map(([, url]) => url)
          .sort(),
      ).toEqual(urls);
      const skipped = site.report.filter((r) => r.status === "skipped");
      expect(skipped.map((r) => r.reason!.split(" ")[0])).toEqual(Array(12).fill("draft"));
      // Images the posts show that the blog's static/ does not have (a broken image on Hugo too).
      expect(
        site.report.flatMap((r) => (r.warnings ?? []).map((w) => `${r.file}:${w.line}`)),
      ).toEqual([
        "content/writing/divisionism.markdown:17",
        "content/writing/flynn.markdown:21",
        "content/writing/pushover.markdown:44",
        "content/writing/pushover.markdown:48",
        "content/writing/pushover.markdown:61",
        "content/writing/pushover.markdown:79",
        "content/writing/pushover.markdown:83",
        "content/writing/vagrant-pushover.markdown:17",
        "content/writing/yapc-2014.markdown:34",
      ]);
    },
    30_000,
  );
});

describe("posts written for other engines", () => {
  const site = load("other-engines");
  const entry = (file: string) => site.report.find((r) => r.file.endsWith(file));

  it("build, each lenient reading a located warning in the report", () => {
    expect(entry("so-long.md")?.status).toBe("published");
    expect(entry("so-long.md")?.warnings).toEqual([
      {
        line: 3,
        column: 1,
        message: expect.stringContaining("is read as 2020-01-09T17:04:53 (Go's ANSIC layout"),
      },
    ]);
    expect(entry("2018-12-31-notes.md")?.warnings?.[0]?.message).toContain(
      "2018-12-31 is read from its file name, as Jekyll reads it",
    );
    // The key written twice, then the unpadded date under a key Hugo does not read.
    expect(entry("twice.md")?.warnings?.map((w) => w.line)).toEqual([4, 3, 3]);
    expect(site.posts.find((p) => p.source.file.endsWith("twice.md"))?.meta.title).toBe("Twice");
  });

  it("still stop on a date no engine would read", () => {
    expect(entry("bad-day.md")).toMatchObject({ status: "error", line: 3, column: 1 });
  });

  it("say in the report which rule made a post a retrospective", () => {
    expect(entry("so-long.md")?.retrospective).toEqual({
      year: 2019,
      rule: "title-year-end",
      reason:
        'the title "So Long, 2019" names only 2019, and the post is dated at that year\'s end',
    });
    expect(entry("2018-12-31-notes.md")?.retrospective).toBeUndefined();
  });
});

describe("loadSiteWith, the newest posts first", () => {
  it("hands over the site of the newest posts before building the rest, then the whole site", async () => {
    const options = {
      content: path.resolve(FIXTURES, "hugo-site"),
      projectConfig,
      mode: "production" as const,
      now: NOW,
      env: {},
    };
    const whole = loadSite(options);
    const builds: string[] = [];
    const builder: PostBuilder = (inputs, facts) => {
      builds.push(`${inputs.length} posts`);
      const site = makePostContext(facts);
      return Promise.resolve(inputs.map((input) => buildPostSafely(input, site)));
    };
    let early: LoadedSite | null = null;
    const site = await loadSiteWith(options, builder, {
      posts: 2,
      ready(newest) {
        builds.push("first page shown");
        early = newest;
      },
    });
    expect(builds).toEqual(["2 posts", "first page shown", `${whole.posts.length} posts`]);
    expect(early!.posts.map((p) => p.url)).toEqual(whole.posts.slice(0, 2).map((p) => p.url));
    // What the newest posts show (their text, their links to older posts) is the whole site's.
    expect(early!.posts.map((p) => p.detail.html)).toEqual(
      whole.posts.slice(0, 2).map((p) => p.detail.html),
    );
    expect(site.posts.map((p) => p.url)).toEqual(whole.posts.map((p) => p.url));
    expect(site.report).toEqual(whole.report);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { loadSiteWith, reloadPost } from "../../src/content/site/load-site.ts";
import { buildRouteData } from "../../src/content/site/route-data.ts";
import { cachedPostBuilder, openPostCache } from "../../src/build/post-cache.ts";
import { buildAsking } from "../../src/build/build-asking.ts";
import type { LoadedSite } from "../../src/content/site/site-post.ts";

// The dev server's save: one post's file read and built alone. Whatever it gives must be what
// loading the whole site again gives; where the save reaches other posts, it gives nothing and
// the whole site is loaded.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-reload-post-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let copies = 0;
async function example(setup?: { file: string; edit: (text: string) => string }) {
  const content = path.join(root, `posts-${copies++}`);
  fs.cpSync(path.resolve(import.meta.dirname, "../../posts"), content, { recursive: true });
  if (setup) {
    const file = path.join(content, setup.file);
    fs.writeFileSync(file, setup.edit(fs.readFileSync(file, "utf8")));
  }
  const cache = openPostCache(null, "reload-post-test");
  const options = { content, projectConfig, mode: "development" as const, memory: cache };
  const builder = cachedPostBuilder(
    cache,
    () => null,
    () => buildAsking,
  );
  const load = () => loadSiteWith(options, builder);
  return { content, options, builder, load, site: await load() };
}

/** What a reader and the report see of a site: its pages' data, its posts, its report. */
const seen = (site: LoadedSite) => ({
  pages: [...buildRouteData(site)],
  posts: site.posts.map(({ source, meta, url, detail }) => ({ source, meta, url, detail })),
  report: site.report,
  errors: site.errors.map((e) => e.message),
});

const edits: {
  what: string;
  file: string;
  edit: (text: string) => string;
  alone: boolean;
  /** An edit made before the site is first loaded. */
  setup?: (text: string) => string;
}[] = [
  {
    what: "a paragraph added to a post",
    file: "welcome-to-furikaeri.md",
    edit: (t) => `${t}\nA new closing paragraph.\n`,
    alone: true,
  },
  {
    what: "a post's title (its slug is written, so its URL stays)",
    file: "welcome-to-furikaeri.md",
    edit: (t) => t.replace('title: "Welcome to Furikaeri: adding a post"', 'title: "Hello"'),
    alone: true,
  },
  {
    what: "a post's tags",
    file: "front-matter.md",
    edit: (t) => t.replace("tags: [furikaeri, guide]", "tags: [furikaeri, reference]"),
    alone: true,
  },
  {
    what: "a month of the retrospective (the timeline changes)",
    file: "2017.md",
    edit: (t) => t.replace("8月．", "8月．夏は短かった．"),
    alone: true,
  },
  {
    what: "a post's date (lists are in date order)",
    file: "welcome-to-furikaeri.md",
    edit: (t) => t.replace("date: 2026-11-26T09:00:00+09:00", "date: 2016-11-26T09:00:00+09:00"),
    alone: false,
  },
  {
    what: "the date of a post whose URL is written out (it moves to the end of the lists)",
    file: "front-matter.md",
    setup: (t) => t.replace("slug: front-matter", "url: /front-matter/"),
    edit: (t) => t.replace(/^date: .*$/m, "date: 2010-01-01T09:00:00+09:00"),
    alone: false,
  },
  {
    what: "a post's slug (other posts may link to its URL)",
    file: "welcome-to-furikaeri.md",
    edit: (t) => t.replace("slug: welcome", "slug: hello"),
    alone: false,
  },
  {
    what: "an alias added (a page of its own)",
    file: "front-matter.md",
    edit: (t) => t.replace("slug: front-matter", "slug: front-matter\naliases: [/old/]"),
    alone: false,
  },
  {
    what: "front matter that no longer parses (an error to report)",
    file: "front-matter.md",
    edit: (t) => t.replace(/^---\n/, "---\ntitle: [unclosed\n"),
    alone: false,
  },
  {
    what: "a post dated in the future (no longer published)",
    file: "welcome-to-furikaeri.md",
    edit: (t) => t.replace("date: 2026-11-26T09:00:00+09:00", "date: 2999-01-01T09:00:00+09:00"),
    alone: false,
  },
];

describe("a saved post is read and built alone when nothing else can change with it", () => {
  for (const { what, file, edit, alone, setup } of edits)
    test(`${what}: ${alone ? "read alone" : "the whole site again"}, as loading it all gives`, async () => {
      const { content, options, builder, load, site } = await example(
        setup && { file, edit: setup },
      );
      const abs = path.join(content, file);
      const before = fs.readFileSync(abs, "utf8");
      const after = edit(before);
      expect(after).not.toBe(before);
      fs.writeFileSync(abs, after);
      const reloaded = await reloadPost(site, abs, options, builder);
      expect(reloaded !== null).toBe(alone);
      const whole = await load();
      if (reloaded) expect(seen(reloaded)).toEqual(seen(whole));
      // The reader sees the edit either way.
      expect(seen(whole)).not.toEqual(seen(site));
    });

  test("a file that is not a published post is never read alone", async () => {
    const { content, options, builder, site } = await example();
    const draft = path.join(content, "new.md");
    fs.writeFileSync(draft, '---\ntitle: "New"\ndate: 2026-11-27T09:00:00+09:00\n---\n\nHi.\n');
    expect(await reloadPost(site, draft, options, builder)).toBeNull();
  });
});

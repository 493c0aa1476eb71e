import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { loadSite } from "../../src/content/site/load-site-here.ts";
import { siteRoutes } from "../../src/content/site/route-data.ts";
import { buildTimelines } from "../../src/content/site/timeline-years.ts";
import { CORPUS, sharedFolder } from "../helpers/shared-data.ts";

// The dev server asks for one page's data at a time (the page open in the browser), the build
// for every page: both must give a page the same data.
vi.mock("../../src/content/site/timeline-years.ts", async (actual) => {
  const module = await actual<typeof import("../../src/content/site/timeline-years.ts")>();
  return { ...module, buildTimelines: vi.fn(module.buildTimelines) };
});

const root = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-site-routes-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const load = (content: string) =>
  loadSite({ content, projectConfig, mode: "production", now: new Date("2026-11-30") });

const sites: [name: string, content: string, present: boolean][] = [
  ["the example posts", "posts", true],
  ["the Hugo fixture site", "tests/fixtures/content/hugo-site", true],
  ["the first user's blog", CORPUS, sharedFolder()],
];

describe.each(sites)(
  "a page's data asked alone is the page's data in the build: %s",
  (_, content, present) => {
    test.skipIf(!present)("every page, then pages that are not there", () => {
      const site = load(content);
      const every = siteRoutes(site).all();
      expect(every.size).toBeGreaterThan(site.posts.length);
      // A fresh lookup for each kind of page, as after a save: nothing made for another page.
      for (const [sitePath, data] of every) expect(siteRoutes(site).get(sitePath)).toEqual(data);
      const routes = siteRoutes(site);
      for (const missing of ["/nothing/", "/page/999/", "/timeline/1900/", "/tags/no-such-tag/"])
        expect(routes.get(missing)).toBeUndefined();
    });
  },
);

describe("made when asked", () => {
  beforeEach(() => {
    vi.mocked(buildTimelines).mockClear();
  });

  test("a post or a page of the list does not make the timelines; they are made once", () => {
    const site = load("posts");
    const routes = siteRoutes(site);
    expect(routes.get(site.posts[0]!.url)?.kind).toBe("post");
    expect(routes.get("/")?.kind).toBe("home");
    expect(vi.mocked(buildTimelines).mock.calls).toHaveLength(0);
    expect(routes.get("/timeline/")?.kind).toBe("timeline-index");
    expect(routes.get("/archive/")?.kind).toBe("archive");
    expect(vi.mocked(buildTimelines).mock.calls).toHaveLength(1);
  });
});

describe("aliases", () => {
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  const content = path.join(root, "aliases");
  write(
    path.join(content, "one.md"),
    "---\ntitle: One\ndate: 2024-01-02\naliases: [/old-one/, /two/, /timeline/, /tags/]\ntags: [a]\n---\nOne.\n",
  );
  write(path.join(content, "two.md"), "---\ntitle: Two\ndate: 2024-01-03\nurl: /two/\n---\nTwo.\n");

  test("an alias redirects to its post unless a page has that URL", () => {
    const site = load(content);
    const routes = siteRoutes(site);
    const every = routes.all();
    const one = site.posts.find((p) => p.source.file === "one.md")!;
    const two = site.posts.find((p) => p.source.file === "two.md")!;
    expect(two.url).toBe("/two/");
    for (const lookup of [routes, every]) {
      expect(lookup.get("/old-one/")).toEqual({ kind: "redirect", to: one.url });
      expect(lookup.get("/two/")?.kind).toBe("post");
      expect(lookup.get("/timeline/")?.kind).toBe("timeline-index");
      expect(lookup.get("/tags/")?.kind).toBe("terms");
    }
  });
});

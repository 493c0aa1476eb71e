import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { cachedPostBuilder, openPostCache } from "../../src/build/post-cache.ts";
import { buildAsking } from "../../src/build/build-asking.ts";
import { loadSiteWith, reloadPost } from "../../src/content/site/load-site.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe("the dev server's post cache, between saves", () => {
  it("reads again exactly the files saved since, and keeps the rest as they were", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-cache-"));
    roots.push(root);
    const posts = path.join(root, "posts");
    fs.cpSync(path.resolve(import.meta.dirname, "../../posts"), posts, { recursive: true });
    const cache = openPostCache(null, "test");
    const options = { content: posts, projectConfig, mode: "development" as const, memory: cache };
    const load = () =>
      loadSiteWith(
        options,
        cachedPostBuilder(
          cache,
          () => null,
          () => buildAsking,
        ),
      );
    const before = await load();
    const saved = path.join(posts, "welcome-to-furikaeri.md");
    fs.appendFileSync(saved, "\nA line saved while the server runs.\n");
    const after = await load();
    const html = (site: typeof before, file: string) =>
      site.posts.find((p) => p.source.file === file)!.detail.html;
    expect(html(after, "welcome-to-furikaeri.md")).toContain("A line saved while the server runs.");
    expect(html(before, "welcome-to-furikaeri.md")).not.toContain("A line saved");
    for (const post of before.posts.filter((p) => p.source.file !== "welcome-to-furikaeri.md"))
      expect(html(after, post.source.file)).toBe(post.detail.html);
    // Saved again with the same length: its time and change time still tell it changed.
    const text = fs.readFileSync(saved, "utf8");
    fs.writeFileSync(saved, text.replace("A line saved", "A line SAVED"));
    expect(html(await load(), "welcome-to-furikaeri.md")).toContain("A line SAVED");
  });

  it("written after saves of one post read alone, it still holds every post for the next start", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-cache-"));
    roots.push(root);
    const posts = path.join(root, "posts");
    const dir = path.join(root, "cache");
    fs.cpSync(path.resolve(import.meta.dirname, "../../posts"), posts, { recursive: true });
    const options = (cache: ReturnType<typeof openPostCache>) => ({
      content: posts,
      projectConfig,
      mode: "development" as const,
      memory: cache,
    });
    const cache = openPostCache(dir, "test");
    const builder = cachedPostBuilder(
      cache,
      () => null,
      () => buildAsking,
    );
    const site = await loadSiteWith(options(cache), builder);
    cache.save();
    const saved = path.join(posts, "welcome-to-furikaeri.md");
    fs.appendFileSync(saved, "\nA line saved while the server runs.\n");
    expect(await reloadPost(site, saved, options(cache), builder)).not.toBeNull();
    cache.save({ keepUnused: true });
    // The next start: every post comes from the cache, none is built.
    const next = openPostCache(dir, "test");
    expect(next.builtAtOpen).toBeGreaterThanOrEqual(site.posts.length);
    let built = 0;
    let pipelineLoaded = false;
    await loadSiteWith(
      options(next),
      cachedPostBuilder(
        next,
        (n) => {
          built = n;
          return null;
        },
        () => {
          pipelineLoaded = true;
          return buildAsking;
        },
      ),
    );
    expect(built).toBe(0);
    // Nor is the Markdown pipeline loaded (the dev server loads it only to build a post).
    expect(pipelineLoaded).toBe(false);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { cachedPostBuilder, openPostCache } from "../../src/build/post-cache.ts";
import { loadSiteWith } from "../../src/content/site/load-site.ts";

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
        cachedPostBuilder(cache, () => null),
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
});

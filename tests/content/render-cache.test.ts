import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as uncached from "../../src/content/markdown.ts";
import {
  disableRenderCache,
  enableRenderCache,
  parseMarkdown,
  renderCacheStats,
  renderHtml,
} from "../../src/content/render-cache.ts";

const body = "# Title\n\nSee [the other post](/writing/other/) and ![a](/images/a.png).\n";

afterEach(() => disableRenderCache());

describe("the render cache", () => {
  it("gives the same tree and HTML as the pipeline, from the cache on the second build", () => {
    enableRenderCache(fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-cache-")));
    const context = {
      resolveUrl: (url: string) => (url === "/writing/other/" ? "/blog/writing/other/" : null),
      imageSize: () => ({ width: 40, height: 30 }),
    };
    const expected = uncached.renderHtml(uncached.parseMarkdown(body), context);
    expect(renderHtml(parseMarkdown(body), context)).toBe(expected);
    expect(renderCacheStats()).toEqual({ hits: 0, misses: 2 });
    const linked: string[] = [];
    const again = renderHtml(parseMarkdown(body), {
      ...context,
      resolveUrl: (url) => (linked.push(url), context.resolveUrl(url)),
    });
    expect(again).toBe(expected);
    expect(renderCacheStats()).toEqual({ hits: 2, misses: 2 });
    // The links are asked again, so callers still learn which posts a post links to.
    expect(linked).toEqual(["/writing/other/", "/images/a.png"]);
  });

  it("renders again when a linked post moved or an image changed size", () => {
    enableRenderCache(fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-cache-")));
    const tree = () => parseMarkdown(body);
    const first = renderHtml(tree(), { resolveUrl: () => "/old/" });
    const moved = renderHtml(tree(), { resolveUrl: () => "/new/" });
    expect(first).toContain('href="/old/"');
    expect(moved).toContain('href="/new/"');
    const sized = renderHtml(tree(), { imageSize: () => ({ width: 8, height: 6 }) });
    expect(sized).toContain('width="8"');
  });
});

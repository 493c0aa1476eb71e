import { describe, expect, it } from "vitest";
import { renderHtml } from "../../../src/content/post/markdown.ts";
import { extractRetrospective } from "../../../src/content/post/timeline/extract-retrospective.ts";
import {
  footnoteDefinitions,
  standaloneNodes,
} from "../../../src/content/post/timeline/standalone-entry.ts";
import { parseMarkdown } from "./helpers/corpus.ts";

/** The HTML of each month entry of a 2020 retrospective, as the timeline page shows it. */
function entries(markdown: string): string[] {
  const root = parseMarkdown(markdown);
  const definitions = footnoteDefinitions(root);
  return extractRetrospective(root, 2020).months.map((entry) =>
    renderHtml(standaloneNodes(entry.nodes, definitions)),
  );
}

describe("entries that stand alone on the timeline", () => {
  it("carry the footnotes they use, in brackets, and no footnote section", () => {
    const [march] = entries("## 3月\n\n退職した[^1]。\n\n## 参考\n\n[^1]: 3月末付\n");
    expect(march).toBe("<p>退職した (3月末付)。</p>");
  });

  it("drop a reference to a footnote the post does not have", () => {
    expect(entries("## 3月\n\n退職した[^missing]。")).toEqual(["<p>退職した[^missing]。</p>"]);
    expect(entries("## 3月\n\n退職した[^1]。\n\n[^1]:\n")).toEqual(["<p>退職した。</p>"]);
  });

  it("leave the post's own rendering alone", () => {
    const root = parseMarkdown("退職した[^1]。\n\n[^1]: 3月末付\n");
    expect(renderHtml(root)).toMatch(/<sup><a href="#[\w-]*fn-1"/);
  });
});

describe("embeds in entries", () => {
  it("drop advertising frames, ad slots and tracking pixels", () => {
    const [april] = entries(
      [
        "## 4月",
        "本を読んだ。",
        '<iframe src="https://rcm-fe.amazon-adsystem.com/e/cm?o=9&p=8"></iframe>',
        '<ins class="adsbygoogle" data-ad-slot="1"></ins>',
        '<img src="https://www11.a8.net/0.gif?a8mat=1" width="1" height="1">',
      ].join("\n\n"),
    );
    expect(april).not.toMatch(/amazon-adsystem|Embedded content|a8\.net|adsbygoogle/);
    expect(april).toContain("本を読んだ。");
  });

  it("keep a known embed as a titled card, and give an empty link its address", () => {
    const [may] = entries(
      [
        "## 5月",
        '<iframe src="https://www.youtube.com/embed/abc123"></iframe>',
        '<div class="iframely-embed"><a href="https://example.com/post/1" data-iframely-url></a></div>',
      ].join("\n\n"),
    );
    expect(may).toContain(">Video on YouTube</a>");
    expect(may).toMatch(
      /<a href="https:\/\/example\.com\/post\/1"[^>]*>example\.com\/post\/1<\/a>/,
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractRetrospective } from "../../../src/content/post/timeline/extract-retrospective.ts";
import { misplaced } from "./helpers/accounting.ts";
import { parseMarkdown } from "./helpers/corpus.ts";

// Blocks of every kind the extractor treats differently, to be shuffled into documents.
const BLOCKS = [
  "Intro text.",
  "Plain paragraph.",
  "1月．a",
  "**June:** b",
  "3-4月．c",
  "12月29日-1月20日．d",
  "2017年1月．not a marker",
  "- x\n- y",
  "- 3月: e\n- f\n- 4月: g",
  "1. 5月: h\n2. i",
  "- **12月**: j\n  - 1月: nested",
  "> quote",
  "> 1月．quoted",
  "```\ncode\n```",
  "---",
  "<div>html</div>",
  "![img](/a.png)",
  "| a |\n| - |\n| b |",
  "[ref]: https://example.com",
  "## 1月",
  "### February – March",
  "#### 1月〜2月",
  "## Work",
  "### Sub topic",
  "# Life",
  "## 2018年",
  "## 来年",
  "### Plans",
  "## References",
  "### 参考",
  "#",
];

const documents = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...BLOCKS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  ),
  { maxLength: 30 },
);

describe("extractRetrospective on any document", () => {
  it("never throws and puts each top-level block in exactly one place (or in dropped references)", () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1990, max: 2100 }), (blocks, year) => {
        const root = parseMarkdown(blocks.join("\n\n"));
        const result = extractRetrospective(root, year);
        expect(misplaced(root, result)).toEqual([]);
        const lines = root.children.map((block) => block.position?.start.line);
        for (const entry of result.months) {
          expect(entry.months.length).toBeGreaterThan(0);
          for (const month of entry.months) expect(month).toBeGreaterThanOrEqual(1);
          for (const month of entry.months) expect(month).toBeLessThanOrEqual(12);
          expect(entry.days ?? "01-01").toMatch(/^\d\d-\d\d(?:\/\d\d-\d\d)?$/);
        }
        for (const part of [...result.months, ...result.highlights, ...result.outlook]) {
          expect(part.nodes.length).toBeGreaterThan(0);
          expect(lines).toContain(part.anchorLine);
        }
        expect(result.highlights.slice(1).every((section) => section.anchorLine > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

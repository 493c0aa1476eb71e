import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toString } from "mdast-util-to-string";
import { detectRetrospective } from "../../../src/content/post/timeline/detect-retrospective.ts";
import { extractRetrospective } from "../../../src/content/post/timeline/extract-retrospective.ts";
import { misplaced, unplacedLines } from "./helpers/accounting.ts";
import { parseMarkdown, readPostFields } from "./helpers/corpus.ts";

// What corpus-retrospectives.test.ts checks on the real blog, on the project's own Hugo fixture
// (a Japanese retrospective with `1月．` month paragraphs, YAML; an English "Year in Review" with
// topic sections, TOML), so it runs in every clone. Expected values were read off the files.
const CONTENT = path.resolve(import.meta.dirname, "../../fixtures/content/hugo-site/content");
const read = (file: string) => fs.readFileSync(path.join(CONTENT, file), "utf8");
const files = fs
  .readdirSync(CONTENT, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".md") && !file.endsWith("_index.md"))
  .map((file) => file.split(path.sep).join("/"))
  .sort();

const extract = (file: string, year: number) => {
  const root = parseMarkdown(read(file));
  return { root, result: extractRetrospective(root, year) };
};

describe("the Hugo fixture's retrospectives", () => {
  it("are exactly the posts detectRetrospective finds, by title, with their years", () => {
    const found = files.flatMap((file) => {
      const retro = detectRetrospective(readPostFields(read(file)));
      return retro ? [[file, retro.year]] : [];
    });
    expect(found).toEqual([
      ["blog/2018.md", 2018],
      // Published on January 1, 2020: the year is the title's, not the date's.
      ["blog/2019-year-in-review.md", 2019],
    ]);
  });

  it("blog/2018.md: one entry per `N月．` paragraph, the 2019 outlook, 参考 left out", () => {
    const { root, result } = extract("blog/2018.md", 2018);
    const text = (nodes: typeof root.children) =>
      nodes.map((node) => `${node.position?.start.line}:${toString(node).slice(0, 6)}`);
    expect(
      result.months.map((entry) => [entry.months, entry.anchorLine, text(entry.nodes)]),
    ).toEqual([
      [[1], 10, ["10:1月．このブ"]],
      // The image and the paragraph without a marker belong to March, above them.
      [[3], 12, ["12:3月．引っ越", "14:新しい部屋の", "16:同じ月に自転"]],
      [[6], 18, ["18:6月．転職し"]],
      [[10], 20, ["20:10月．初め"]],
      [[12], 22, ["22:12月．この"]],
    ]);
    expect(result.highlights.map((section) => [section.title, text(section.nodes)])).toEqual([
      ["", ["8:今年は引っ越"]],
    ]);
    expect(result.outlook.map((section) => [section.title, text(section.nodes)])).toEqual([
      ["2019年", ["26:来年はもっと"]],
    ]);
    expect(unplacedLines(root, result)).toEqual([28, 30]);
  });

  it("blog/2019-year-in-review.md: topic sections are highlights; 'in April' places its sentence", () => {
    const { root, result } = extract("blog/2019-year-in-review.md", 2019);
    // A sentence that says when something happened goes to that month, as a reader would put it
    // (docs/timeline.md); the topic it stood under keeps nothing else, so it is not shown.
    expect(result.months.map((m) => [m.months, m.nodes.map((n) => toString(n))])).toEqual([
      [[4], ["Moved to the platform team in April and spent the rest of the year on deploys."]],
    ]);
    expect(result.highlights.map((section) => section.title)).toEqual([
      "",
      "Writing",
      "Books",
      "Conclusion",
    ]);
    expect(result.outlook).toEqual([]);
    // Only the heading `## Work` (line 9) is left out: its one sentence is April's.
    expect(unplacedLines(root, result)).toEqual([9]);
  });
});

describe("every Hugo fixture post, read as a retrospective of its year", () => {
  it("never throws and puts each top-level block in exactly one place", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const source = read(file);
      const root = parseMarkdown(source);
      const result = extractRetrospective(root, readPostFields(source).dateYear);
      expect(misplaced(root, result), file).toEqual([]);
      for (const part of [...result.months, ...result.highlights, ...result.outlook])
        expect(part.nodes.length, file).toBeGreaterThan(0);
    }
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { ContentError } from "../../src/content/errors.ts";
import { parseFrontMatter } from "../../src/content/read/front-matter.ts";
import { loadSite } from "../../src/content/site/load-site-here.ts";
import { parseMarkdown } from "../../src/content/post/markdown.ts";
import { extractRetrospective } from "../../src/content/post/timeline/extract-retrospective.ts";
import { misplaced } from "./timeline/helpers/accounting.ts";

// Property-based tests: for any input, the content functions give a result or a located error,
// never anything else. Runs are few so that the suite stays fast.

/** Lines a post could hold: delimiters, fields (good and broken), Markdown, month markers. */
const LINES = [
  "---",
  "+++",
  "{",
  "}",
  "title: 2017年振り返り",
  'title = "2017 Year in Review"',
  '"title": "x",',
  "date: 2017-12-31T02:10:01+09:00",
  "date = 2017-12-31",
  "date: not a date",
  "tags: [a, b",
  "tags:\n  - a\n  - b",
  "draft: true",
  "key: value: other",
  "  indented: 1",
  "- list item",
  "? complex key",
  "&anchor value",
  "*alias",
  "!!binary x",
  "[table]",
  "[[array]]",
  "a = [1, 2",
  '"unterminated',
  "1月．始めた",
  "- 2月: 続けた",
  "- **12月**: 終えた",
  "## 3月〜4月",
  "## Work",
  "## 来年",
  "## References",
  "> quote",
  "```",
  "<div>",
  "</div>",
  "| a | b |",
  "| - | - |",
  "\t",
  "",
  "\r",
  "\uFEFF",
  "\u2028",
];

const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LINES) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 10 }) },
);
/** A text made of post-like lines, with LF, CRLF or CR line breaks. */
const postText = fc
  .tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom("\n", "\r\n", "\r", "\n\n"))
  .map(([lines, eol]) => lines.join(eol));

/** A text that opens front matter (YAML, TOML or JSON), closed or not, with anything inside. */
const frontMatterText = fc
  .tuple(fc.constantFrom("---", "+++", "{", "--- ", "---\uFEFF"), postText, postText)
  .map(([open, inside, after]) => {
    const close = open.startsWith("{") ? "}" : open.trim().slice(0, 3);
    return `${open}\n${inside}\n${close}\n${after}`;
  });

describe("parseFrontMatter", () => {
  test("returns front matter or throws a ContentError inside the file, for any text", () => {
    fc.assert(
      fc.property(fc.oneof(frontMatterText, postText, fc.string({ unit: "binary" })), (text) => {
        const lineCount = text.replace(/\r\n?/g, "\n").split("\n").length;
        try {
          const fm = parseFrontMatter(text, "post.md");
          expect(fm.bodyLine).toBeGreaterThanOrEqual(1);
          expect(fm.bodyLine).toBeLessThanOrEqual(lineCount + 1);
          expect(typeof fm.data).toBe("object");
          expect(Array.isArray(fm.data)).toBe(false);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          expect(error.file).toBe("post.md");
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lineCount);
          expect(error.column).toBeGreaterThanOrEqual(1);
          expect(error.problem).not.toBe("");
          expect(error.hint).not.toBe("");
        }
      }),
      { numRuns: 500 },
    );
  });

  test("an alias to an anchor never set is a ContentError at the alias", () => {
    expect(() =>
      parseFrontMatter("---\ndate: 2017-01-01\ntitle: *alias\n---\n", "post.md"),
    ).toThrow(expect.objectContaining({ line: 3, column: 8 }));
  });
});

describe("extractRetrospective", () => {
  test("never throws, and puts every top-level block in one place (or a dropped section)", () => {
    fc.assert(
      fc.property(postText, fc.integer({ min: 2000, max: 2030 }), (text, year) => {
        const tree = parseMarkdown(text);
        const result = extractRetrospective(tree, year);
        expect(misplaced(tree, result).map((p) => p.line)).toEqual([]);
        for (const entry of result.months) {
          expect(entry.months.length).toBeGreaterThan(0);
          for (const month of entry.months) expect(month).toBeGreaterThanOrEqual(1);
          for (const month of entry.months) expect(month).toBeLessThanOrEqual(12);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("loadSite", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-props-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  let run = 0;

  const fileName = fc
    .tuple(
      fc.constantFrom("", "writing/", "a/b/", "日本語/"),
      fc.stringMatching(/^[a-z0-9_-]{1,8}$/),
      fc.constantFrom(".md", ".markdown", ".MD"),
    )
    .map(([dir, name, ext]) => `${dir}${name}${ext}`);
  const contents = fc.oneof(
    postText,
    postText.map((body) => `---\ntitle: t\ndate: 2020-01-02\n---\n${body}`),
    fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
  );

  test("reports every Markdown file exactly once: published, skipped or an error with a line", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fileName, contents), {
          minLength: 1,
          maxLength: 6,
          selector: ([name]) => name.toLowerCase(),
        }),
        (files) => {
          const dir = path.join(root, String(run++));
          for (const [name, content] of files) {
            fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
            fs.writeFileSync(path.join(dir, name), content);
          }
          const site = loadSite({ content: dir, projectConfig, mode: "production" });
          expect(site.report.map((r) => r.file).sort()).toEqual(files.map(([n]) => n).sort());
          for (const entry of site.report) {
            if (entry.status === "error") {
              expect(entry.line).toBeGreaterThanOrEqual(1);
              expect(entry.column).toBeGreaterThanOrEqual(1);
              expect(entry.reason).toBeTruthy();
            }
            if (entry.status === "skipped") expect(entry.reason).toBeTruthy();
            if (entry.status === "published") expect(entry.url).toMatch(/^\//);
          }
          expect(site.posts).toHaveLength(
            site.report.filter((r) => r.status === "published").length,
          );
          expect(site.errors.length > 0).toBe(site.report.some((r) => r.status === "error"));
        },
      ),
      { numRuns: 40 },
    );
  });
});

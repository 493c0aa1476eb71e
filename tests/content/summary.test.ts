import { describe, expect, it } from "vitest";
import type { ReportEntry } from "../../src/content/report.ts";
import {
  formatRetrospectives,
  formatSummary,
  formatWarnings,
} from "../../src/build/build-report.ts";

const published = (file: string): ReportEntry => ({ file, status: "published", url: `/${file}/` });
const skipped = (file: string, reason: string): ReportEntry => ({
  file,
  status: "skipped",
  reason,
});

describe("formatSummary", () => {
  it.each([
    { report: [], line: "0 published, 0 skipped, 0 errors" },
    {
      report: [published("a"), published("b")],
      line: "2 published, 0 skipped, 0 errors",
    },
    {
      report: [
        published("a"),
        skipped("b", "draft (draft: true); npm run dev shows drafts"),
        skipped("c", "draft (draft: true); npm run dev shows drafts"),
        skipped("d", "future post (published 2099-01-01); it appears once that date has passed"),
        skipped("e", "expired (expiryDate 2000-01-01)"),
        skipped("f", "_index.md: a section's list page; Furikaeri makes its own list pages"),
        { file: "g", status: "error", reason: "x", line: 1 },
      ] satisfies ReportEntry[],
      line: "1 published, 5 skipped (2 draft, 1 future, 1 expired, 1 _index.md), 1 error",
    },
  ])("$line", ({ report, line }) => {
    expect(formatSummary(report)).toBe(line);
  });
});

describe("formatWarnings", () => {
  it("prints each warning as path:line:column: warning: …", () => {
    expect(
      formatWarnings([
        published("content/a.md"),
        {
          ...published("content/b.md"),
          warnings: [
            { line: 3, column: 1, message: "one" },
            { line: 9, column: 5, message: "two" },
          ],
        },
      ]),
    ).toEqual(["content/b.md:3:1: warning: one", "content/b.md:9:5: warning: two"]);
  });
});

describe("formatRetrospectives", () => {
  it("prints one line per retrospective, saying which rule made it one", () => {
    const report: ReportEntry[] = [
      published("content/a.md"),
      {
        ...published("content/2017.md"),
        retrospective: {
          year: 2017,
          rule: "title",
          reason: 'the title "2017年振り返り" names 2017 and looks back on it',
        },
      },
    ];
    expect(formatRetrospectives(report)).toEqual([
      'content/2017.md: retrospective of 2017 (the title "2017年振り返り" names 2017 and looks back on it)',
    ]);
  });
});

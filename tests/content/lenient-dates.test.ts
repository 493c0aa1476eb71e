import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/content/read/front-matter.ts";
import { dayOf, parseLenientDate } from "../../src/content/read/dates.ts";
import { AggregateContentError } from "../../src/content/errors.ts";
import { readPostMeta } from "../../src/content/read/post-schema.ts";

/** Reads a post's front matter as the build does: its meta, or its error messages. */
function read(frontMatter: string, filename = "post") {
  const fm = parseFrontMatter(`---\n${frontMatter}\n---\nBody\n`, "content/post.md");
  try {
    const meta = readPostMeta(fm, "content/post.md", filename);
    const warnings = (meta.warnings ?? []).map(
      (w) => `content/post.md:${w.line}:${w.column}: warning: ${w.message}`,
    );
    return { written: meta.date.written, day: dayOf(meta.date), warnings, errors: [] as string[] };
  } catch (error) {
    if (!(error instanceof AggregateContentError)) throw error;
    return { written: null, day: null, warnings: [], errors: error.errors.map((e) => e.message) };
  }
}

describe("dates other engines accept", () => {
  it.each([
    // Seen in the many-author corpus (Hugo, Gatsby, Jekyll) and in its held-out set.
    ["2019-12-30T0:00:00+09:00", "2019-12-30T00:00:00+09:00", "unpadded"],
    ["2024-05-1T05:01:00.000Z", "2024-05-01T05:01:00Z", "unpadded"],
    ["Tue Jan 9 17:04:53 2018", "2018-01-09T17:04:53", "ANSIC"],
    ["2017-01-06 6:30 pm", "2017-01-06T18:30:00", "12-hour"],
    ["2017-01-06 12:05 am", "2017-01-06T00:05:00", "12-hour"],
    ["2024-2-7 12:30:02 -0600", "2024-02-07T12:30:02-06:00", "unpadded"],
    ["2024/2/7", "2024-02-07", "unpadded"],
    ["Mon Jan 02 15:04:05 -0700 2006", "2006-01-02T15:04:05-07:00", "ANSIC"],
    ["Mon, 02 Jan 2006 15:04:05 -0700", "2006-01-02T15:04:05-07:00", "RFC 2822"],
    ["2 Jan 2006", "2006-01-02", "RFC 2822"],
  ])("%j is read as %s, with a located warning", (value, written, layout) => {
    const result = read(`title: A\ndate: "${value}"`);
    expect(result.written).toBe(written);
    expect(result.warnings).toHaveLength(1);
    const quoted = written.replace(/[+]/g, "\\+");
    expect(result.warnings[0]).toMatch(
      new RegExp(
        `^content/post\\.md:3:1: warning: the "date" date .* is read as ${quoted} \\(.*${layout}.*\\); write it as ${quoted}`,
      ),
    );
  });

  it("keeps the author's calendar day for a lenient date with an offset", () => {
    // 23:30 at -06:00 is the next day in UTC: the post is still on the 7th.
    expect(read('date: "2024-2-7 23:30:00 -0600"').day).toBe("2024-02-07");
  });

  it.each([
    ["2017-02-30", "no February 30"],
    ["2017-13-01", "no month 13"],
    ["2017-01-06 13:30 pm", "no 13 pm"],
    ["2017-01-06 25:00", "no hour 25"],
    ["Tue Feb 30 17:04:53 2018", "no February 30"],
    ["sometime in 2017", "not a date"],
    ["2017", "a year is not a date"],
  ])("%j stays an error (%s)", (value) => {
    const result = read(`date: "${value}"`);
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^content\/post\.md:2:1: the "date" front matter field is not a valid date/,
      ),
    ]);
    expect(parseLenientDate(value)).toBeNull();
  });

  it("reads a strict ISO 8601 date without a warning", () => {
    expect(read("date: 2017-12-31T02:10:01+09:00")).toEqual({
      written: "2017-12-31T02:10:01+09:00",
      day: "2017-12-31",
      warnings: [],
      errors: [],
    });
  });
});

describe("date keys and file names of other engines", () => {
  it.each([
    ["pubDate (Astro; Hugo's alias)", "pubDate: 2023-04-05", "2023-04-05", 0],
    ["published (Hugo's alias)", "published: 2023-04-05", "2023-04-05", 0],
    ["publishedAt (not Hugo's)", "publishedAt: 2023-04-05", "2023-04-05", 1],
  ])("%s", (_, field, written, warnings) => {
    const result = read(`title: A\n${field}`);
    expect(result.written).toBe(written);
    expect(result.warnings).toHaveLength(warnings);
    if (warnings)
      expect(result.warnings[0]).toBe(
        'content/post.md:3:1: warning: the date is read from "publishedAt", a key Hugo does not read (other engines do); rename it to publishDate or date',
      );
  });

  it("reads Jekyll's date from a YYYY-MM-DD-slug file name, with a warning", () => {
    const result = read("title: A", "2018-12-31-review-2018");
    expect(result.written).toBe("2018-12-31");
    expect(result.warnings).toEqual([
      "content/post.md:1:1: warning: the post has no date in its front matter: 2018-12-31 is read from its file name, as Jekyll reads it; add date: 2018-12-31 to say so",
    ]);
  });

  it("prefers the front matter's date to the file name's, silently", () => {
    expect(read("date: 2019-01-01", "2018-12-31-review-2018")).toMatchObject({
      written: "2019-01-01",
      warnings: [],
    });
  });
});

describe("a YAML key written twice", () => {
  it("is read as Jekyll reads it, the last one winning, with a warning at the second", () => {
    const fm = parseFrontMatter(
      "---\ntitle: A\ndate: 2014-11-17\ntitle: B\n---\nBody\n",
      "content/post.md",
    );
    expect(fm.data.title).toBe("B");
    expect(fm.warnings).toEqual([
      {
        line: 4,
        column: 1,
        message:
          'the front matter key "title" is written twice (lines 2 and 4); the last one is read, as Jekyll reads it; remove the other',
      },
    ]);
    const meta = readPostMeta(fm, "content/post.md", "post");
    expect(meta.title).toBe("B");
    expect(meta.warnings).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/content/post/markdown-it-mdast.ts";
import { withoutOwnMonthMarker } from "../../src/content/post/timeline/drop-month-marker.ts";
import { buildTimelines } from "../../src/content/site/timeline-years.ts";
import { post, siteOf } from "./reading-site.ts";

// Written by hand: what a reader should see of each entry under its month on the timeline.
// The marker goes when the timeline already shows exactly what it says; otherwise the
// author's words stay as written.
const CASES: { text: string; month: number; shown: string }[] = [
  { text: "1月．転職した．", month: 1, shown: "<p>転職した．</p>" },
  { text: "２月．全角の数字．", month: 2, shown: "<p>全角の数字．</p>" },
  {
    text: "3月．[本を出した](https://example.org/book)．",
    month: 3,
    shown: '<p><a href="https://example.org/book"',
  },
  { text: "4月2日．出張に出た．", month: 4, shown: "<p>出張に出た．</p>" },
  { text: "7月〜8月．夏休みを取った．", month: 7, shown: "<p>夏休みを取った．</p>" },
  // Runs into the sentence: the month is part of it.
  { text: "9月に引っ越した．", month: 9, shown: "<p>9月に引っ越した．</p>" },
  { text: "10月末に登壇した．", month: 10, shown: "<p>10月末に登壇した．</p>" },
  // Not plain text first: left as written.
  { text: "**11月**．太字の印．", month: 11, shown: "<p><strong>11月</strong>．太字の印．</p>" },
];

const body = CASES.map((c) => c.text).join("\n\n") + "\n\n- 12月．リストの項目．\n";
const site = siteOf({
  "2017.md": post({ title: "2017年振り返り", date: "2017-12-31" }, body),
  "2019.md": post(
    { title: "2019 Year in Review", date: "2019-12-31", lang: "en" },
    "June: moved to Tokyo.\n\nMay I say it was a good year.\n",
  ),
});
const [y2017, y2019] = buildTimelines(site.posts);
const shown = (year: typeof y2017, month: number) =>
  year!.months[month - 1]!.entries.map((e) => e.html);

describe("an entry that opens with its own month marker", () => {
  it.each(CASES)("`$text` under month $month", ({ month, shown: expected }) => {
    expect(shown(y2017, month)[0]).toContain(expected);
    expect(shown(y2017, month)[0]!.startsWith(expected)).toBe(true);
  });

  it("drops the marker of a list item too, and of an English month", () => {
    expect(shown(y2017, 12)).toEqual(["<p>リストの項目．</p>"]);
    // The paragraph after belongs to June too; `May I` is no marker.
    expect(shown(y2019, 6)).toEqual([
      "<p>moved to Tokyo.</p>\n<p>May I say it was a good year.</p>",
    ]);
  });

  it("keeps a month that runs into its words with a space (`August at Gunma:`)", () => {
    // Dropping `August` would leave `at Gunma:`, which does not stand alone.
    const nodes = parseMarkdown(
      "August at Gunma:\n![Camp](https://example.org/camp.jpg)\n",
    ).children;
    expect(withoutOwnMonthMarker(nodes, [8], null)).toBe(nodes);
    const closed = parseMarkdown("August:\n![Camp](https://example.org/camp.jpg)\n").children;
    expect(withoutOwnMonthMarker(closed, [8], null)).not.toBe(closed);
  });

  it("keeps the marker on the post's own page", () => {
    const html = site.posts.find((p) => p.detail.title === "2017年振り返り")!.detail.html;
    expect(html).toContain("1月．転職した．");
    expect(html).toContain("7月〜8月．夏休みを取った．");
  });
});

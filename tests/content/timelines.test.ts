import { describe, expect, it } from "vitest";
import { buildTimelines, summariseTimeline } from "../../src/content/site/timeline-years.ts";
import { post, siteOf } from "./reading-site.ts";

const RETRO_2017 = `今年は激動の一年だった．

1月2日．[転職した](https://example.com/writing/2017/02/13/job/)．

4月．出張した．

他にも出張中はイベントに参加した．

7月〜8月．夏休みを取った．

## 2018年

来年も頑張る．
`;

const GITHUB_2017 = `## 公開したOSS

- go-httpdoc

4月．Star をたくさんもらった．
`;

const files = {
  "2017.md": post({ title: "2017年振り返り", date: "2017-12-31T02:10:01+09:00" }, RETRO_2017),
  "2017-github.md": post(
    { title: "2017年振り返り(GitHub編)", date: "2018-01-02T10:00:00+09:00" },
    GITHUB_2017,
  ),
  "job.md": post({ title: "転職しました", date: "2017-02-13", slug: "job" }),
  "april.md": post({ title: "4月の記事", date: "2017-04-20" }),
  "late.md": post({ title: "年末の記事", date: "2017-12-20" }),
  "2016.md": post({ title: "2016年振り返り", date: "2016-12-31" }, "5月．本を書いた．"),
  "old.md": post({ title: "2016年の記事", date: "2016-05-01" }),
};

const site = siteOf(files);
const timelines = buildTimelines(site.posts);
const y2017 = timelines.find((t) => t.year === 2017)!;
const titles = (month: number) => y2017.months[month - 1]!.posts.map((p) => p.title);

describe("a year's timeline", () => {
  it("has one timeline per year with a retrospective, oldest first, linked to each other", () => {
    expect(timelines.map((t) => [t.year, t.previousYear, t.nextYear])).toEqual([
      [2016, null, 2017],
      [2017, 2016, null],
    ]);
    expect(y2017.months.map((m) => m.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, "0")}`),
    );
  });

  it("lists the blog's posts of each month, not the retrospectives, not other years' posts", () => {
    expect(titles(4)).toEqual(["4月の記事"]);
    expect(titles(12)).toEqual(["年末の記事"]);
    expect(y2017.months.flatMap((m) => m.posts.map((p) => p.title))).not.toContain("2016年の記事");
    expect(y2017.months.flatMap((m) => m.posts.map((p) => p.title))).not.toContain(
      "2017年振り返り",
    );
  });

  it("puts a post the retrospective links to into the month it was published", () => {
    expect(titles(2)).toEqual(["転職しました"]);
    // The entry links to the post at its site path.
    expect(y2017.months[0]!.entries[0]!.html).toContain('href="/writing/2017/02/13/job/"');
  });

  it("is fed by both retrospectives of the year, each entry credited to its own", () => {
    expect(y2017.retrospectives.map((r) => r.title)).toEqual([
      "2017年振り返り",
      "2017年振り返り(GitHub編)",
    ]);
    const april = y2017.months[3]!.entries;
    expect(april.map((e) => [e.source.title, e.html.includes("出張した")])).toEqual([
      ["2017年振り返り", true],
      ["2017年振り返り(GitHub編)", false],
    ]);
    expect(april[0]!.html).toContain("他にも出張中は");
    // A range of months puts the entry into each, knowing its span.
    for (const month of [7, 8])
      expect(y2017.months[month - 1]!.entries.map((e) => e.months)).toEqual([[7, 8]]);
    expect(y2017.highlights.map((s) => [s.title, s.entries[0]!.source.title])).toEqual([
      ["", "2017年振り返り"],
      ["公開したOSS", "2017年振り返り(GitHub編)"],
    ]);
    expect(y2017.outlook.map((s) => s.title)).toEqual(["2018年"]);
  });

  it("keeps the day the author gave, and an anchor that exists in the post", () => {
    const january = y2017.months[0]!.entries[0]!;
    expect(january.days).toBe("01-02");
    // Line 8 of the file (after four lines of front matter and the opening).
    expect(january.anchor).toBe("L8");
    // A section that starts at a heading: the line anchor sits inside the heading.
    expect(y2017.outlook[0]!.entries[0]!.anchor).toBe("L16");
    const entries = [
      ...y2017.months.flatMap((m) => m.entries),
      ...y2017.highlights.flatMap((s) => s.entries),
      ...y2017.outlook.flatMap((s) => s.entries),
    ];
    for (const entry of entries) {
      const source = site.posts.find((p) => p.url === entry.source.url)!;
      expect(source.detail.html).toContain(`id="${entry.anchor}"`);
    }
  });

  it("sums each month's entries and posts for the index", () => {
    expect(summariseTimeline(y2017).monthCounts).toEqual([1, 1, 0, 3, 0, 0, 1, 1, 0, 0, 0, 1]);
  });
});

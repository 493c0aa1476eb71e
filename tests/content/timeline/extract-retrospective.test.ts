import { describe, expect, it } from "vitest";
import type { List, Root } from "mdast";
import { extractRetrospective } from "../../../src/content/post/timeline/extract-retrospective.ts";
import { parseMarkdown } from "./helpers/corpus.ts";
import { summarize, texts } from "./helpers/summarize.ts";

/** Parses blocks joined by blank lines and lays them out as a retrospective of 2017. */
const extract = (...blocks: string[]) =>
  extractRetrospective(parseMarkdown(blocks.join("\n\n")), 2017);
const timeline = (...blocks: string[]) => summarize(extract(...blocks));

describe("extractRetrospective", () => {
  describe("a paragraph that starts with a month", () => {
    it.each([
      ["1月．転職した", [1], null],
      ["1月.転職した", [1], null],
      ["1月:転職した", [1], null],
      ["1月、転職した", [1], null],
      ["1月 転職した", [1], null],
      ["１月．転職した", [1], null],
      ["1月に転職した", [1], null],
      ["January: joined", [1], null],
      ["**June:** moved", [6], null],
      ["**6月**．引っ越した", [6], null],
      ["Jan. Joined", [1], null],
      ["[1月](https://example.com)．転職した", [1], null],
      ["1月-3月 準備", [1, 2, 3], null],
      ["3-4月．出張", [3, 4], null],
      ["February – March: busy", [2, 3], null],
      ["1月2日．初詣", [1], "01-02"],
      ["12月29日-1月20日．帰省", [12, 1], "12-29/01-20"],
    ])("%j is an entry of %j (days %j)", (marker, months, days) => {
      const result = timeline("Intro.", marker, "Continued.", "## Work", "Work text.");
      expect(result.months).toEqual([
        { months, days, line: 3, texts: [expect.stringContaining(""), "Continued."] },
      ]);
      expect(result.highlights).toEqual([
        { title: "", line: 1, texts: ["Intro."] },
        { title: "Work", line: 7, texts: ["Work text."] },
      ]);
    });

    it("keeps the marker text in the entry", () => {
      expect(timeline("**June:** moved").months[0]!.texts).toEqual(["June: moved"]);
    });

    it.each([
      // Another year's month; the retrospective's own `2017年1月に` is read inside the sentence.
      ["2016年1月に転職した"],
      ["10年ぶりに転職した"],
      ["Janitor work"],
      ["そして12月31日をもって退職した"],
    ])("%j is not a marker: it stays in the intro", (text) => {
      expect(timeline(text)).toEqual({
        months: [],
        highlights: [{ title: "", line: 1, texts: [text] }],
        outlook: [],
      });
    });
  });

  describe("a heading that is a month", () => {
    it.each([
      ["## 1月", [1]],
      ["### January", [1]],
      ["# 12月", [12]],
      ["###### 1月", [1]],
      ["## １月", [1]],
      ["## 1月〜3月", [1, 2, 3]],
      ["## 3月〜4月", [3, 4]],
      ["## February – March", [2, 3]],
      ["## 3月: 出張", [3]],
      ["## 2017年1月", [1]],
      ["## January 2017", [1]],
    ])("%j starts an entry of %j holding the blocks below it", (heading, months) => {
      const result = timeline("Intro.", heading, "Body.", "- a\n- b", "> quoted", "# Work", "w");
      expect(result.months).toEqual([
        { months, days: null, line: 3, texts: ["Body.", "ab", "quoted"] },
      ]);
      expect(result.highlights.map((section) => section.title)).toEqual(["", "Work"]);
    });

    it("does not take another year's month (`## 2016年1月`) as a month", () => {
      const result = timeline("## 2016年1月", "Body.");
      expect(result.months).toEqual([]);
      expect(result.highlights).toEqual([{ title: "2016年1月", line: 1, texts: ["Body."] }]);
    });

    it("makes month entries inside a topic section, at any depth", () => {
      const result = timeline(
        "# Work",
        "w",
        "## 1月",
        "j",
        "### 出張",
        "t",
        "## 2月",
        "f",
        "# Life",
        "l",
      );
      expect(result.months).toEqual([
        { months: [1], days: null, line: 5, texts: ["j", "出張", "t"] },
        { months: [2], days: null, line: 13, texts: ["f"] },
      ]);
      expect(result.highlights).toEqual([
        { title: "Work", line: 1, texts: ["w"] },
        { title: "Life", line: 17, texts: ["l"] },
      ]);
    });

    it("keeps a sub-heading under the month heading of a nested month run", () => {
      const result = timeline("## 1月〜3月", "### 1月", "a", "### 出張", "b", "## Books", "c");
      expect(result.months).toEqual([
        { months: [1], days: null, line: 3, texts: ["a", "出張", "b"] },
      ]);
      expect(result.highlights).toEqual([{ title: "Books", line: 11, texts: ["c"] }]);
    });

    it("lets paragraph markers under a month heading start their own entries", () => {
      const result = timeline("## 1月〜3月", "Quarter.", "2月．Moved.", "More.");
      expect(result.months).toEqual([
        { months: [1, 2, 3], days: null, line: 1, texts: ["Quarter."] },
        { months: [2], days: null, line: 5, texts: ["2月．Moved.", "More."] },
      ]);
    });
  });

  describe("blocks without a marker", () => {
    it("belong to the month above them, whatever their kind", () => {
      const result = timeline(
        "4月．出張",
        "他にも出張中は",
        "> quote",
        "```\ncode\n```",
        "![photo](/a.png)",
        "| a |\n| - |\n| b |",
        "<div>html</div>",
        "---",
        "- plain\n- list",
        "7月．帰国",
      );
      expect(result.months.map((entry) => entry.months)).toEqual([[4], [7]]);
      expect(
        extract("4月．出張", "> quote", "```\ncode\n```", "---").months[0]!.nodes.map(
          (n) => n.type,
        ),
      ).toEqual(["paragraph", "blockquote", "code", "thematicBreak"]);
      expect(result.months[0]!.texts).toEqual([
        "4月．出張",
        "他にも出張中は",
        "quote",
        "code",
        "photo",
        "ab",
        "<div>html</div>",
        "",
        "plainlist",
      ]);
    });

    it("stop at a heading that is not a month", () => {
      const result = timeline("1月．a", "b", "## 書いた記事", "c");
      expect(result.months).toEqual([{ months: [1], days: null, line: 1, texts: ["1月．a", "b"] }]);
      expect(result.highlights).toEqual([{ title: "書いた記事", line: 5, texts: ["c"] }]);
    });
  });

  describe("lists", () => {
    it("makes each list item with a marker its own entry, anchored at the list", () => {
      const result = timeline("- 3月: 転職\n- **12月**: 結婚\n  - 式\n- 2月2日 - 3月3日: 旅行");
      expect(result.months).toEqual([
        { months: [3], days: null, line: 1, texts: ["3月: 転職"] },
        { months: [12], days: null, line: 1, texts: ["12月: 結婚", "式"] },
        { months: [2, 3], days: "02-02/03-03", line: 1, texts: ["2月2日 - 3月3日: 旅行"] },
      ]);
    });

    it("attaches a list whose items have no markers as a whole", () => {
      const result = extract("1月．a", "- x\n- y");
      const list = parseMarkdown("1月．a\n\n- x\n- y").children[1];
      expect(result.months[0]!.nodes[1]).toEqual(list);
    });

    it("splits a list with some markers into entries and runs of plain items", () => {
      const result = extract(
        "Intro.",
        "1. 良かった本\n2. 3月: 転職\n3. 引っ越し\n4. 買い物\n5. 4月: 出張",
      );
      // A month does not pull the rest of a topic's list along (issue 13): 引っ越し and 買い物
      // stay with the topic.
      expect(summarize(result).months).toEqual([
        { months: [3], days: null, line: 3, texts: ["3月: 転職"] },
        { months: [4], days: null, line: 3, texts: ["4月: 出張"] },
      ]);
      expect(summarize(result).highlights).toEqual([
        { title: "", line: 1, texts: ["Intro.", "良かった本", "引っ越し買い物"] },
      ]);
      const run = result.highlights[0]!.nodes[2] as List;
      expect(run).toMatchObject({ type: "list", ordered: true, start: 3 });
      expect(run.position?.start.line).toBe(5);
      expect(run.position?.end.line).toBe(6);
    });

    it("does not change the tree it reads", () => {
      const root = parseMarkdown("- 3月: 転職\n\n  詳細\n- 引っ越し\n\nMore.");
      const before = structuredClone(root);
      extractRetrospective(root, 2017);
      expect(root).toEqual(before);
    });
  });

  describe("the outlook", () => {
    it.each([
      ["## 2018年"],
      ["## 2018"],
      ["## 2018年にやりたいこと"],
      ["## 来年"],
      ["## 今後"],
      ["## Looking ahead"],
      ["## Next year"],
      ["## Goals for 2018"],
      ["## Plans"],
    ])("%j starts the outlook; its month markers are next year's", (heading) => {
      const result = timeline(
        "12月．x",
        heading,
        "4月．来年の4月",
        "y",
        "### 詳細",
        "z",
        "## まとめ",
        "m",
      );
      expect(result.months).toEqual([{ months: [12], days: null, line: 1, texts: ["12月．x"] }]);
      expect(result.outlook).toEqual([
        { title: heading.replace("## ", ""), line: 3, texts: ["4月．来年の4月", "y", "詳細", "z"] },
      ]);
      expect(result.highlights).toEqual([{ title: "まとめ", line: 13, texts: ["m"] }]);
    });

    it("names the year after the one given", () => {
      expect(
        summarize(extractRetrospective(parseMarkdown("## 2018年\n\nx"), 2018)).outlook,
      ).toEqual([]);
      expect(summarize(extractRetrospective(parseMarkdown("## 2019\n\nx"), 2018)).outlook).toEqual([
        { title: "2019", line: 1, texts: ["x"] },
      ]);
    });
  });

  describe("references", () => {
    it.each([["## References"], ["## 参考"], ["## Links"], ["### 参考リンク"]])(
      "%j is in no month, highlight or outlook, sub-headings and markers included",
      (heading) => {
        const result = timeline(
          "12月．x",
          heading,
          "- [2016年振り返り](/2016/)",
          "#### 1月",
          "- 1月: y",
          "# まとめ",
          "m",
        );
        expect(result.months).toEqual([{ months: [12], days: null, line: 1, texts: ["12月．x"] }]);
        expect(result.highlights).toEqual([{ title: "まとめ", line: 11, texts: ["m"] }]);
        expect(result.outlook).toEqual([]);
      },
    );
  });

  describe("the intro", () => {
    it('is the first highlight, titled "", anchored at its first block', () => {
      const result = timeline("今年は激動の一年だった．", "Second.", "1月．a");
      expect(result.highlights).toEqual([
        { title: "", line: 1, texts: ["今年は激動の一年だった．", "Second."] },
      ]);
    });

    it("is left out when the post starts with a heading or a marker", () => {
      expect(timeline("# Work", "w").highlights.map((section) => section.title)).toEqual(["Work"]);
      expect(timeline("1月．a").highlights).toEqual([]);
    });
  });

  it("leaves out empty sections and entries", () => {
    const result = timeline("## Output", "### Speaking", "s", "## 1月", "## 2月", "f", "## 2018年");
    expect(result).toEqual({
      months: [{ months: [2], days: null, line: 9, texts: ["f"] }],
      highlights: [{ title: "Speaking", line: 3, texts: ["s"] }],
      outlook: [],
    });
  });

  it("gives the source offset and line of the block that holds each entry", () => {
    const source = "Intro.\n\n1月．a\n\n## Work\n\nw";
    const result = extractRetrospective(parseMarkdown(source), 2017);
    expect(result.months[0]).toMatchObject({ anchorOffset: source.indexOf("1月"), anchorLine: 3 });
    expect(result.highlights[1]).toMatchObject({
      anchorOffset: source.indexOf("## Work"),
      anchorLine: 5,
    });
  });

  describe("never throws", () => {
    const odd: Array<[string, unknown]> = [
      ["an empty root", { type: "root", children: [] }],
      ["a root without children", { type: "root" }],
      [
        "nodes without positions",
        {
          type: "root",
          children: [
            { type: "paragraph", children: [{ type: "text", value: "Intro." }] },
            { type: "paragraph", children: [{ type: "text", value: "1月．a" }] },
            { type: "heading", depth: 2, children: [{ type: "text", value: "2018年" }] },
            { type: "paragraph", children: [{ type: "text", value: "b" }] },
          ],
        },
      ],
      [
        "empty and childless nodes",
        {
          type: "root",
          children: [
            { type: "heading", depth: 2, children: [] },
            { type: "heading", children: [{ type: "text", value: "1月" }] },
            { type: "list", children: [] },
            { type: "list", children: [{ type: "listItem", children: [] }, { type: "listItem" }] },
            { type: "paragraph", children: [] },
            { type: "yaml", value: "title: x" },
            { type: "toml", value: "title = 'x'" },
            { type: "mystery" },
          ],
        },
      ],
    ];

    it.each(odd)("on %s", (_, root) => {
      expect(() => extractRetrospective(root as Root, 2017)).not.toThrow();
    });

    it("marks missing positions as -1", () => {
      const result = extractRetrospective(odd[2]![1] as Root, 2017);
      expect(result.months).toEqual([
        { months: [1], days: null, nodes: [expect.anything()], anchorOffset: -1, anchorLine: -1 },
      ]);
      expect(result.highlights[0]).toMatchObject({ title: "", anchorOffset: -1, anchorLine: -1 });
      expect(texts(result.outlook[0]!.nodes)).toEqual(["b"]);
    });

    it("skips front matter nodes", () => {
      const root = odd[3]![1] as Root;
      expect(
        extractRetrospective(root, 2017).highlights.flatMap((s) => s.nodes.map((n) => n.type)),
      ).not.toContain("yaml");
    });
  });
});

describe("months inside sentences, plans and KPT", () => {
  it("puts a topic paragraph under the month a sentence names; the topic keeps the rest", () => {
    const result = timeline(
      "## 家族",
      "いろいろあった。",
      "コロナ禍もそうなのだが、6月に子どもが生まれて大変だった。",
      "来年も元気で。",
    );
    expect(result.months).toEqual([
      { months: [6], days: null, line: 5, texts: [expect.stringContaining("6月に子ども")] },
    ]);
    expect(result.highlights).toEqual([
      { title: "家族", line: 1, texts: ["いろいろあった。", "来年も元気で。"] },
    ]);
  });

  it("splits a nested list's item that names a month", () => {
    const result = timeline("## 仕事", "- 転職した\n- 3月からほぼリモートワーク\n- 忙しかった");
    expect(result.months.map((entry) => [entry.months, entry.texts])).toEqual([
      [[3], ["3月からほぼリモートワーク"]],
    ]);
    expect(result.highlights[0]?.texts).toEqual(["転職した", "忙しかった"]);
  });

  it("never places a month inside a month heading's section elsewhere", () => {
    const result = timeline("## 2月", "転職活動は4月から始まる予定だったが、2月に終わった。");
    expect(result.months.map((entry) => entry.months)).toEqual([[2]]);
  });

  it("keeps deadlines out of the months", () => {
    const result = timeline(
      "## 今年やったこと",
      "- 3月までにLINE Botを作る\n- 8月までにTypeScriptを覚える",
    );
    expect(result.months).toEqual([]);
  });

  it("reads KPT: Keep and Problem are highlights, Try is the outlook", () => {
    const result = timeline(
      "## KPT",
      "### Keep",
      "- 毎週ブログを書いた",
      "### Problem",
      "- 運動不足",
      "### Try",
      "- 3月までにLINE Botを作る\n- 8月までにTypeScriptを覚える",
    );
    expect(result.months).toEqual([]);
    expect(result.highlights.map((section) => section.title)).toEqual(["Keep", "Problem"]);
    expect(result.outlook.map((section) => [section.title, section.line])).toEqual([["Try", 11]]);
    expect(result.outlook[0]?.texts.join()).toContain("8月までにTypeScriptを覚える");
  });

  it("opens the outlook at a bold Try label or a line naming the next year", () => {
    expect(timeline("## まとめ", "楽しかった。", "**Try**", "- 5月に登壇する").outlook).toEqual([
      { title: "Try", line: 5, texts: ["5月に登壇する"] },
    ]);
    const result = timeline("### 12月", "忙しかった。", "2018年やること", "### 英語", "話す");
    expect(result.months.map((entry) => entry.texts)).toEqual([["忙しかった。"]]);
    expect(result.outlook).toEqual([{ title: "2018年やること", line: 5, texts: ["英語", "話す"] }]);
  });

  it("does not take a closing greeting for the outlook", () => {
    const result = timeline("## まとめ", "楽しかった。", "来年もよろしくお願いします");
    expect(result.outlook).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { detectRetrospective } from "../../../src/content/post/timeline/detect-retrospective.ts";
import {
  extractRetrospective,
  type ExtractedRetrospective,
} from "../../../src/content/post/timeline/extract-retrospective.ts";
import { misplaced, unplacedLines } from "./helpers/accounting.ts";
import {
  hasCorpus,
  listCorpusPosts,
  parseMarkdown,
  readCorpus,
  readPostFields,
} from "./helpers/corpus.ts";

// The same rules on the project's own Hugo fixture run everywhere: fixture-retrospectives.test.ts.
const skip = !hasCorpus();

/** A node as `line:text`, its text on one line. */
const brief = (node: RootContent) =>
  `${node.position?.start.line}:${toString(node).replace(/\s+/g, " ")}`;

/** The extraction as lines and text openings, to compare with what was read in the file by hand. */
function outline(result: ExtractedRetrospective) {
  return {
    months: result.months.map((entry) => ({
      months: entry.months,
      days: entry.days,
      line: entry.anchorLine,
      nodes: entry.nodes.map(brief),
    })),
    highlights: result.highlights.map((section) => ({
      title: section.title,
      line: section.anchorLine,
      nodes: section.nodes.map(brief),
    })),
    outlook: result.outlook.map((section) => ({
      title: section.title,
      line: section.anchorLine,
      nodes: section.nodes.map(brief),
    })),
  };
}

/** Matchers for nodes given as `line:the start of their text`, as read in the file by hand. */
const starts = (...prefixes: string[]) =>
  prefixes.map((prefix) =>
    expect.stringMatching(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)),
  );

/** Parses a corpus post and lays it out as a retrospective of `year`. */
function read(file: string, year: number) {
  const root = parseMarkdown(readCorpus(file));
  return { root, result: extractRetrospective(root, year) };
}

const RETROSPECTIVES: Array<[string, number]> = [
  ["writing/2015.md", 2015],
  ["writing/2016.md", 2016],
  ["writing/2017.md", 2017],
  ["writing/2018.md", 2018],
  ["posts/2020.md", 2020],
  ["posts/2021.md", 2021],
];

const MONTHS_2020 = [
  [[2], 89],
  [[2], 110],
  [[8], 118],
  [[9], 126],
  [[11], 132],
];

describe.skipIf(skip)("the corpus retrospectives", () => {
  it("are exactly the corpus posts detectRetrospective finds, with their years", () => {
    const found = listCorpusPosts().flatMap((file) => {
      const retro = detectRetrospective(readPostFields(readCorpus(file)));
      return retro ? [[file, retro.year]] : [];
    });
    expect(found).toEqual(RETROSPECTIVES.map(([file, year]) => [`${file}`, year]).sort());
  });

  it("writing/2017.md: one entry per month paragraph, the 2018 outlook, no references", () => {
    const { root, result } = read("writing/2017.md", 2017);
    expect(outline(result)).toEqual({
      months: [
        { months: [1], days: null, line: 8, nodes: starts("8:1月．SREとしてMerc") },
        {
          months: [4],
          days: null,
          line: 10,
          nodes: starts("10:4月．試用期間が終わった直", "12:他にも出張中はCoreO"),
        },
        { months: [7], days: null, line: 14, nodes: starts("14:7月．日本に帰ってきてから") },
        { months: [8], days: null, line: 16, nodes: starts("16:8月．長期出張などもありず") },
        { months: [9], days: null, line: 18, nodes: starts("18:9月．第 1 回 Googl") },
        { months: [10], days: null, line: 20, nodes: starts("20:10月．結婚した．日本に帰") },
        { months: [11], days: null, line: 22, nodes: starts("22:11月．Go Conferen") },
        { months: [12], days: null, line: 24, nodes: starts("24:12月．KubeCon + C") },
      ],
      highlights: [{ title: "", line: 6, nodes: starts("6:今年は激動の一年だった．") }],
      outlook: [
        {
          title: "2018年",
          line: 27,
          nodes: starts(
            "29:2018年も引き続きMicr",
            "31:今年のうちにMicroser",
            "33:Google and Ub",
            "35:転職していきなりMicros",
          ),
        },
      ],
    });
    expect(result.months.flatMap((entry) => entry.months)).toEqual([1, 4, 7, 8, 9, 10, 11, 12]);
    // `## References` (line 37) and its list (line 39) are the only blocks left out.
    expect(unplacedLines(root, result)).toEqual([37, 39]);
  });

  it("writing/2016.md: five month paragraphs, then topic sections; 参考 left out", () => {
    const { root, result } = read("writing/2016.md", 2016);
    expect(outline(result)).toEqual({
      months: [
        // Mentions 8月 and 2017年2月 inside, which are not markers.
        { months: [2], days: null, line: 8, nodes: starts("8:2月．Dave Chene") },
        // Mentions 9月 inside.
        { months: [5], days: null, line: 10, nodes: starts("10:5月．みんなのGo言語の執") },
        { months: [6], days: null, line: 12, nodes: starts("12:6月．ドイツのBamber") },
        { months: [7], days: null, line: 14, nodes: starts("14:7月．Devenverで開") },
        // `そして12月31日をもって…` does not start with the month: it continues December.
        {
          months: [12],
          days: null,
          line: 16,
          nodes: starts("16:12月．golang.tok", "18:そして12月31日をもってR"),
        },
      ],
      highlights: [
        { title: "", line: 6, nodes: starts("6:最初に今年やったことなどをつ") },
        {
          title: "書いた記事",
          line: 20,
          nodes: starts(
            "22:今年はアウトプットよりもイン",
            "24:Golangのエラー処理と",
            "30:英語で書いた記事はTrac",
            "32:来年も引き続きインプット重視",
          ),
        },
        {
          title: "公開したOSS",
          line: 34,
          nodes: starts(
            "36:OSSとしては以下を書いた．",
            "38:https://githu",
            "44:上の3つはGo Newsle",
          ),
        },
        {
          title: "良かった記事",
          line: 46,
          nodes: starts("48:良いと思った記事や発表はブク", "50:Unikernels ar"),
        },
        {
          title: "良かった本",
          line: 79,
          nodes: starts(
            "81:今年読んで良かった技術関連の本",
            "83:Systems Perfor",
            "87:とにかく今年の1冊はSyste",
            "89:技術以外では以下の5冊が良か",
            "91:映画を撮りながら考えたことブラック",
            "97:あと今読んでいるサピエンス全",
          ),
        },
        {
          title: "良かった映画",
          line: 99,
          nodes: starts(
            "101:今年は新旧含めて70-80本",
            "103:永い言い訳ディストラクション",
            "114:やはり邦画が圧倒的にすごくて",
          ),
        },
        { title: "まとめ", line: 116, nodes: starts("118:また来年もよろしくお願いしま") },
      ],
      outlook: [],
    });
    // `## 参考` (line 120) and its list (line 122) are the only blocks left out.
    expect(unplacedLines(root, result)).toEqual([120, 122]);
  });

  describe("without month markers, they still have highlights and outlook", () => {
    it.each([
      [
        "writing/2015.md",
        2015,
        [
          "",
          "Blog posts read",
          "Japanese",
          "English",
          "Blog posts by me",
          "Presentations",
          "Presentations by me",
          "Podcasts",
          "Podcasts by me",
          "Papers read",
          "Books read",
          "Tech",
          "Non-tech",
          "Music",
          "過去",
          "Movie",
        ],
        [],
        [],
      ],
      [
        "writing/2018.md",
        2018,
        [
          "",
          "Work",
          "Output",
          "Conference",
          "Book",
          "Article",
          "Microservices",
          "SRE/DevOps",
          "Kubernetes",
          "Go",
          "etc",
          "Conclusion?",
        ],
        [{ title: "2019", line: 124, nodes: starts("126:引き続き「Microserv") }],
        // `## References` and its list.
        [132, 134],
      ],
      [
        "posts/2020.md",
        2020,
        [
          "",
          "Work",
          "Side Job",
          "Output",
          "Speaking",
          "Writing",
          "Leaning",
          "Book",
          "Paper",
          "Life",
          "Desk Setups",
          "Camp",
          "Movie",
          "Conclusion",
        ],
        [],
        [],
      ],
      [
        "posts/2021.md",
        2021,
        ["Work", "Output", "Speaking", "Writing", "Learning", "Books", "Conclude"],
        [],
        [],
      ],
    ])("%s (%i)", (file, year, titles, outlook, unplaced) => {
      const { root, result } = read(file, year);
      // posts/2020.md says when inside sentences: work from home "started at the end of
      // February", and captions its camp photos "February at Shizuoka:", "August at Gunma:"…
      const months = file === "posts/2020.md" ? MONTHS_2020 : [];
      expect(result.months.map((entry) => [entry.months, entry.anchorLine])).toEqual(months);
      expect(result.highlights.map((section) => section.title)).toEqual(titles);
      expect(outline(result).outlook).toEqual(outlook);
      expect(unplacedLines(root, result)).toEqual(unplaced);
    });

    it("writing/2018.md keeps its embedded <script> in the Work highlight", () => {
      const { result } = read("writing/2018.md", 2018);
      const work = result.highlights.find((section) => section.title === "Work");
      expect(work?.nodes.map((node) => node.type)).toContain("html");
    });
  });
});

describe.skipIf(skip)("every corpus post, read as a retrospective of its year", () => {
  const files = skip ? [] : listCorpusPosts();

  it("has 195 posts to read", () => {
    expect(files).toHaveLength(195);
  });

  it("never throws and puts each top-level block in exactly one place (or in dropped references)", () => {
    for (const file of files) {
      const source = readCorpus(file);
      const root = parseMarkdown(source);
      const year = readPostFields(source).dateYear;
      const result = extractRetrospective(root, year);
      expect(misplaced(root, result), file).toEqual([]);
      for (const part of [...result.months, ...result.highlights, ...result.outlook]) {
        expect(part.nodes.length, file).toBeGreaterThan(0);
        expect(
          root.children.map((block) => block.position?.start.line),
          file,
        ).toContain(part.anchorLine);
      }
    }
    // It parses the whole 195-post blog: about 5 s on a busy 2-core machine, parsing alone.
  }, 30_000);
});

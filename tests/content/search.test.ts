import path from "node:path";
import { describe, expect, it } from "vitest";
import { searchIndexFiles } from "../../src/content/site/search-index.ts";
import { loadSite } from "../../src/content/site/load-site-here.ts";
import { queryTerms } from "../../src/components/search-engine.ts";
import { snippetOf } from "../../src/shared/search-snippet.ts";
import { marked, searcher } from "../helpers/search-files.ts";
import { post, readingConfig, siteOf } from "./reading-site.ts";

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i} talks about nothing in particular.`).join(
    "\n\n",
  );
const fillerJa = (n: number) =>
  Array.from({ length: n }, (_, i) => `${i}番目の段落では特に何も起きなかった。`).join("\n\n");

const blog = siteOf({
  "long-en.md": post(
    { title: "Notes on tools", date: "2020-05-01", tags: ["tools"] },
    `${filler(400)}\n\n## Appendix\n\nAt last the zeppelin flew over the harbour.\n\n\`\`\`sh\ngrepsnout --all ./\n\`\`\`\n`,
  ),
  "long-ja.md": post(
    { title: "長い日記", date: "2019-03-01" },
    `${fillerJa(400)}\n\n最後に量子暗号の話をした。`,
  ),
  "zeppelin.md": post(
    { title: "A zeppelin history", date: "2018-01-01" },
    "Airships, briefly: `<img src=x onerror=alert(1)>`",
  ),
  "brew.md": post(
    { title: "Weekend", date: "2017-06-01", tags: ["homebrewing"] },
    "Nothing about it here.",
  ),
  "serf.md": post(
    { title: "Cluster notes", date: "2016-01-01" },
    `Serf is mentioned first, alone. ${filler(30)}\n\nThe serf agent joins the cluster.`,
  ),
  "rare-in-x.md": post({ title: "X", date: "2015-01-01" }, "common common common common rare"),
  "rare-in-y.md": post({ title: "Y", date: "2015-01-02" }, "common rare rare rare rare"),
  ...Object.fromEntries(
    Array.from({ length: 8 }, (_, i) => [
      `common-${i}.md`,
      post({ title: `Filler ${i}`, date: `2014-01-0${i + 1}` }, "common words only"),
    ]),
  ),
});
const files = searchIndexFiles(blog.posts);
const url = (slug: string) => blog.posts.find((p) => p.source.file.endsWith(`${slug}.md`))!.url;

/** What a careful reader expects of each test word: the posts found, best first. */
const TEST_WORDS: [string, string, string[]][] = [
  ["deep in a long English post", "harbour", ["long-en"]],
  ["deep in a long Japanese post, inside running text", "量子暗号", ["long-ja"]],
  ["prefix as typed", "harb", ["long-en"]],
  ["in a tag only", "homebrewing", ["brew"]],
  ["in a code block only", "grepsnout", ["long-en"]],
  ["title beats body", "zeppelin", ["zeppelin", "long-en"]],
  ["in no post", "xylophone", []],
  ["in no post, Japanese", "量子もつれ", []],
];

describe("search over every word of every post", () => {
  const { search, urls } = searcher(files);

  it.each(TEST_WORDS)("%s: %s", async (_, query, expected) => {
    expect(await urls(query)).toEqual(expected.map(url));
  });

  it("requires every word: the rare word outweighs the common one", async () => {
    expect(await urls("common rare")).toEqual([url("rare-in-y"), url("rare-in-x")]);
    expect(await urls("zeppelin 量子暗号")).toEqual([]);
  });

  it("shows title, date and the snippet around the match, the words marked", async () => {
    const { total, hits } = await search("量子暗号");
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ title: "長い日記", date: "2019年3月1日", lang: "ja" });
    expect(marked(hits[0]!.snippet)).toMatch(/^….*最後に\[量子暗号\]の話をした。$/);
    const [zeppelin] = (await search("Zeppelin")).hits;
    expect(marked(zeppelin!.titleParts)).toBe("A [zeppelin] history");
    const deep = (await search("zeppelin harbour")).hits[0]!;
    expect(marked(deep.snippet)).toContain("At last the [zeppelin] flew over the [harbour].");
  });

  it("picks the best snippet, not the first match", async () => {
    const hit = (await search("serf agent")).hits[0]!;
    expect(marked(hit.snippet)).toContain("The [serf] [agent] joins the cluster.");
    expect(marked(hit.snippet)).not.toContain("alone");
  });

  it("keeps a post's markup as text in its snippet (rendered as text, never HTML)", async () => {
    const hit = (await search("airships")).hits[0]!;
    expect(marked(hit.snippet)).toContain("<img src=x onerror=alert(1)>");
  });

  it("pages through many results, reading the search files of the hits shown only", async () => {
    const big = searcher(files);
    const first = await big.search("common", { limit: 3 });
    expect(first.total).toBe(10);
    expect(first.hits).toHaveLength(3);
    expect(big.read.filter((f) => f.startsWith("p/"))).toHaveLength(3);
    const next = await big.search("common", { limit: 3, offset: 3 });
    expect(next.hits.map((h) => h.url)).not.toContain(first.hits[0]!.url);
  });

  it("splits the index into shards and reads only those of the query's words", async () => {
    const small = searchIndexFiles(blog.posts, 2000);
    const shards = [...small.keys()].filter((f) => f.startsWith("t-"));
    expect(shards.length).toBeGreaterThan(3);
    const s = searcher(small);
    expect(await s.urls("量子暗号")).toEqual([url("long-ja")]);
    expect(s.read.filter((f) => f.startsWith("t-")).length).toBeLessThanOrEqual(3);
    expect(await s.urls("zeppelin")).toEqual([url("zeppelin"), url("long-en")]);
  });
});

describe("query terms and snippets", () => {
  it("reads kana and common kanji without normalising them: they are their own normal form", () => {
    // The tokenizer's fast path for these ranges rests on this.
    const ranges: [number, number][] = [
      [0x4e00, 0x9fff],
      [0x3041, 0x3096],
      [0x30a1, 0x30fa],
      [0x30fc, 0x30fc],
    ];
    for (const [from, to] of ranges)
      for (let code = from; code <= to; code++) {
        const char = String.fromCharCode(code);
        if (char.normalize("NFKC").toLowerCase() !== char)
          throw new Error(`U+${code.toString(16)}`);
      }
  });

  it("reads the last word as a prefix, and Japanese as character pairs", () => {
    expect(queryTerms("year rev")).toEqual([
      { token: "year", prefix: false },
      { token: "rev", prefix: true },
    ]);
    expect(queryTerms("振り返り").map((t) => t.token)).toEqual(["振り", "り返", "返り"]);
    expect(queryTerms("年")).toEqual([{ token: "年", prefix: true }]);
  });

  it("marks a Japanese word inside running text as one run", () => {
    const terms = queryTerms("振り返り").map((t) => ({ ...t, weight: 1 }));
    expect(marked(snippetOf("2017年振り返りと、2018年の振り返り。", terms))).toBe(
      "2017年[振り返り]と、2018年の[振り返り]。",
    );
  });

  it("cuts a long text around the match with ellipses, at spaces", () => {
    const terms = queryTerms("needle").map((t) => ({ ...t, weight: 1 }));
    const text = `${"hay ".repeat(200)}needle ${"hay ".repeat(200)}`;
    const snippet = marked(snippetOf(text, terms));
    expect(snippet).toMatch(/^…hay .*\[needle\] hay .*hay…$/);
    expect(snippet.length).toBeLessThan(220);
  });
});

describe("the example posts in posts/", () => {
  const site = loadSite({
    content: path.resolve(import.meta.dirname, "../../posts"),
    projectConfig: readingConfig,
    mode: "production",
    now: new Date("2030-01-01T00:00:00Z"),
    env: {},
  });
  const { urls, search } = searcher(searchIndexFiles(site.posts));
  const titleOf = async (q: string) => (await search(q)).hits.map((h) => h.title);

  it("finds the last line of the 2017 retrospective and a word in a code block", async () => {
    expect(await titleOf("2015年振り返り")).toEqual(["2017年振り返り"]);
    expect(await titleOf("diary")).toEqual(["Welcome to Furikaeri: adding a post"]);
    expect(await urls("xylophone")).toEqual([]);
  });
});

import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { loadSite } from "../../src/content/site/load-site-here.ts";
import type { LoadedSite } from "../../src/content/site/site-post.ts";
import { searchIndexFiles } from "../../src/content/site/search-index.ts";
import { searchPieces } from "../../src/shared/search-tokens.ts";
import { marked, searcher } from "../helpers/search-files.ts";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus/deeeet");
const present = fs.existsSync(CORPUS);
if (!present) console.log(`search on the real blog: skipped, ${CORPUS} is absent`);

/**
 * The test words on the real blog, written down by reading the posts: what each is, and the
 * posts it must find, best first. The "deep" ones are all past the first 2,000 characters,
 * which the old index stopped at.
 */
const TEST_WORDS: [string, string, string[]][] = [
  ["English, deep in a long Japanese post", "reachability", ["/writing/2014/03/23/serf-basic/"]],
  ["English, deep in a long post", "Firmament", ["/writing/2015/09/17/qa-omega/"]],
  ["English, deep in an English post", "flexispot", ["/posts/2020/"]],
  ["Japanese inside running text, deep", "最大積載量", ["/writing/2014/03/23/serf-basic/"]],
  ["Japanese inside running text, deep", "最終的目標", ["/writing/2015/11/10/go-crypto/"]],
  ["Japanese katakana, deep", "ゴシッププロトコル", ["/writing/2014/03/23/serf-basic/"]],
  [
    "a category only",
    "listening",
    ["/writing/2013/12/31/music-2013/", "/writing/2012/12/31/music-2012/"],
  ],
  ["in a code block only", "preMasterSecret", ["/writing/2015/11/10/go-crypto/"]],
  ["in no post", "xylophone", []],
];

describe.skipIf(!present)("search on the real blog (../shared/corpus/deeeet)", () => {
  // Read in beforeAll: a skipped suite's body still runs, and the blog is not there to read.
  let site: LoadedSite;
  let files: ReturnType<typeof searchIndexFiles>;
  let engine: ReturnType<typeof searcher>;
  const search = (query: string) => engine.search(query);
  const urls = (query: string) => engine.urls(query);
  beforeAll(() => {
    site = loadSite({
      content: CORPUS,
      projectConfig,
      mode: "production",
      now: new Date("2026-01-01T00:00:00Z"),
      env: {},
    });
    files = searchIndexFiles(site.posts);
    engine = searcher(files);
  });

  it.each(TEST_WORDS)("%s: %s", async (_, query, expected) => {
    expect(await urls(query)).toEqual(expected);
  });

  it("the deep words are deep: past the first 2,000 characters of their post", () => {
    for (const [what, query, [url]] of TEST_WORDS) {
      if (!what.includes("deep")) continue;
      const text = site.posts.find((p) => p.url === url)!.searchText;
      expect(text.toLowerCase().indexOf(query.toLowerCase()), query).toBeGreaterThan(2000);
    }
  });

  it("shows the snippet around the deep word, marked", async () => {
    const [hit] = (await search("最大積載量")).hits;
    expect(marked(hit!.snippet)).toContain("[最大積載量]");
    const [english] = (await search("reachability")).hits;
    expect(marked(english!.snippet)).toContain("serf [reachability]");
  });

  it("finds every post by words taken all through its text (recall 100%)", async () => {
    let tried = 0;
    const missed: string[] = [];
    for (const [i, post] of site.posts.entries()) {
      const pieces = searchPieces(post.searchText);
      // Three places in each post, chosen without looking: a quarter, half and 95% in.
      for (const at of [0.25, 0.5, 0.95]) {
        let k = Math.floor(pieces.length * at);
        const piece = pieces[k];
        if (!piece) continue;
        // A word as it stands; in Japanese, up to four characters of the run it is in (a run's
        // last character alone is not a word: start one before it).
        let query = post.searchText.slice(piece.start, piece.end);
        if (piece.cjk) {
          const run = (j: number) => pieces[j]?.cjk && pieces[j]!.run === piece.run;
          if (!run(k + 1) && run(k - 1)) k--;
          let end = k;
          while (end < k + 3 && run(end + 1)) end++;
          query = post.searchText.slice(pieces[k]!.start, pieces[end]!.end);
        }
        tried++;
        if (!(await urls(query)).includes(post.url)) missed.push(`${i} ${post.url}: ${query}`);
      }
    }
    expect(tried).toBeGreaterThan(500);
    expect(missed).toEqual([]);
  });

  it("reads at most 1 MB (gzip) for any test word", async () => {
    for (const [, query] of TEST_WORDS) {
      const s = searcher(files);
      await s.search(query);
      expect(s.gzipBytes(), query).toBeLessThan(1_000_000);
    }
  });
});

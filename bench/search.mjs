// Search on a built site: Furikaeri's own index against Pagefind's (the `pagefind` package's
// binary, run on the same output folder, indexing each post's <article>), in one run: index
// size, bytes a query downloads on a fresh page, time once the files are there, and what each
// finds for the test words (docs/search.md). Used by bench/run.mjs (`--only search`).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { folderSize } from "./bytes.mjs";

/** The test words, what each is, and the post of the real blog that must come first. */
export const SEARCH_WORDS = [
  [
    "reachability",
    "English, deep (98%) in a long Japanese post",
    "/writing/2014/03/23/serf-basic/",
  ],
  ["Firmament", "English, deep (80%) in a long post", "/writing/2015/09/17/qa-omega/"],
  ["flexispot", "English, deep (77%) in an English post", "/posts/2020/"],
  ["最大積載量", "Japanese inside running text, deep (94%)", "/writing/2014/03/23/serf-basic/"],
  ["最終的目標", "Japanese inside running text, deep (99%)", "/writing/2015/11/10/go-crypto/"],
  ["ゴシッププロトコル", "Japanese, deep (94%)", "/writing/2014/03/23/serf-basic/"],
  ["listening", "a category only", "/writing/2013/12/31/music-2013/"],
  ["preMasterSecret", "in a code block only", "/writing/2015/11/10/go-crypto/"],
  ["振り返り", "Japanese word in four titles", null],
  ["docker", "common English word", null],
  ["kube", "a prefix, as typed", null],
  ["xylophone", "in no post", null],
];

/** Pagefind's files a search page loads (its UI scripts and styles left out). */
function pagefindSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /-ui\.|highlight|worker/.test(entry.name)) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Both searches on one output folder. */
export async function searchBench({ project, bundle, outDir, work, size, log }) {
  const ours = await import(pathToFileURL(bundle).href);
  const queries = SEARCH_WORDS.map(([q]) => q);
  const row = {
    size,
    index: ours.indexSize(outDir),
    ours: await ours.measureQueries(outDir, queries),
  };
  row.dist = folderSize(outDir);
  const pagefindOut = path.join(work, `pagefind-${size}`);
  fs.rmSync(pagefindOut, { recursive: true, force: true });
  const binary = path.join(project, "node_modules/.bin/pagefind");
  try {
    const started = performance.now();
    execFileSync(
      binary,
      ["--site", outDir, "--root-selector", "article.post", "--output-path", pagefindOut],
      { stdio: "ignore" },
    );
    row.pagefindSeconds = (performance.now() - started) / 1000;
    row.pagefindIndex = pagefindSize(pagefindOut);
    const out = execFileSync(
      process.execPath,
      [path.join(project, "bench/pagefind-queries.mjs"), pagefindOut, JSON.stringify(queries)],
      { encoding: "utf8", maxBuffer: 1 << 26 },
    );
    row.pagefind = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
  } catch (error) {
    row.pagefindMissing = `Pagefind could not run (${error.message.split("\n")[0]})`;
    log(row.pagefindMissing);
  } finally {
    fs.rmSync(pagefindOut, { recursive: true, force: true });
  }
  log(
    `search at ${size}: ours ${kb(row.index.gzip)} gzip in ${row.index.files} files` +
      (row.pagefindIndex
        ? `, Pagefind ${kb(row.pagefindIndex.bytes)} in ${row.pagefindIndex.files} files`
        : ""),
  );
  return row;
}

const kb = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;
const max = (xs) => Math.max(...xs);

/** The search section of BENCHMARKS.md. */
export function renderSearchReport(rows) {
  const lines = [
    "### Search (Furikaeri's index vs Pagefind on the same output)",
    "",
    "Index: every file a search may read (gzip, file by file, as a static host sends it; Pagefind's files are gzipped already, its UI scripts left out). Per query: the first search on a fresh page, 10 results with their snippets (the search code included: our lazy chunk, Pagefind's pagefind.js and WebAssembly); time: ranking and snippets once the files are there (Node on this machine, median; ours parses the JSON in that time).",
    "",
    "| posts | our index (gzip) | Pagefind index | our bytes per query: median / max | Pagefind bytes per query: median / max | our time per query: max | Pagefind time: max | Pagefind indexing |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const row of rows) {
    const pf = row.pagefind;
    lines.push(
      `| ${row.size} | ${kb(row.index.gzip)} (${row.index.files} files) | ${row.pagefindIndex ? `${kb(row.pagefindIndex.bytes)} (${row.pagefindIndex.files} files)` : "–"} | ${kb(med(row.ours.map((q) => q.bytes)))} / ${kb(max(row.ours.map((q) => q.bytes)))} | ${pf ? `${kb(med(pf.map((q) => q.bytes)))} / ${kb(max(pf.map((q) => q.bytes)))}` : "–"} | ${max(row.ours.map((q) => q.ms)).toFixed(0)} ms | ${pf ? `${max(pf.map((q) => q.ms)).toFixed(0)} ms` : "–"} | ${row.pagefindSeconds ? `${row.pagefindSeconds.toFixed(1)} s` : "–"} |`,
    );
  }
  lines.push(
    "",
    "Posts found per test word (ours / Pagefind), and whether the post that has the word comes first on the real blog:",
    "",
    `| word | what it is | ${rows.map((r) => `${r.size} posts`).join(" | ")} | first on the real blog (ours / Pagefind) |`,
    `| --- | --- | ${rows.map(() => "---:").join(" | ")} | --- |`,
  );
  const real = rows[0];
  SEARCH_WORDS.forEach(([word, what, expected], i) => {
    const counts = rows.map(
      (r) => `${r.ours[i].count} / ${r.pagefind ? r.pagefind[i].count : "–"}`,
    );
    const first = (q) =>
      !q ? "–" : expected === null ? "–" : q.urls[0] === expected ? "yes" : "no";
    lines.push(
      `| ${word} | ${what} | ${counts.join(" | ")} | ${expected ? `${first(real.ours[i])} / ${first(real.pagefind?.[i])}` : "–"} |`,
    );
  });
  return lines;
}

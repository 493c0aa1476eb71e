// Furikaeri's search on a built site, for the benchmark: bench/search.mjs builds this with
// `vite build --ssr` and runs it on an output folder. Reads the index files from disk as the
// browser fetches them, and counts what a query downloads (gzip, as a static host sends it).
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { searchIndex } from "../src/components/search-engine.ts";
import { SEARCH_INDEX_PATH } from "../src/shared/paths.ts";

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Size of the whole index (raw and gzip, file by file) and its file count. */
export function indexSize(dist: string) {
  const dir = path.join(dist, SEARCH_INDEX_PATH);
  let raw = 0;
  let gzip = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    files++;
  }
  return { raw, gzip, files };
}

/**
 * Each query as a reader's first search on a fresh page: the results (10 shown, with their
 * snippets), the bytes downloaded (the search code's chunk, then the index files it read) and
 * the time to rank and cut snippets once the files are there (median of 5, JSON parsing
 * included).
 */
export async function measureQueries(dist: string, queries: string[]) {
  const dir = path.join(dist, SEARCH_INDEX_PATH);
  const assets = path.join(dist, "assets");
  const chunk = fs.readdirSync(assets).find((f) => /^search-engine.*\.js$/.test(f));
  const codeBytes = chunk ? gzipSync(fs.readFileSync(path.join(assets, chunk))).length : 0;
  const results = [];
  for (const query of queries) {
    const texts = new Map<string, string>();
    let bytes = codeBytes;
    const fromDisk = async (file: string) => {
      let text = texts.get(file);
      if (text === undefined) {
        const raw = fs.readFileSync(path.join(dir, file));
        bytes += gzipSync(raw).length;
        text = raw.toString("utf8");
        texts.set(file, text);
      }
      return JSON.parse(text) as unknown;
    };
    const found = await searchIndex(fromDisk, query);
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const started = performance.now();
      await searchIndex(async (file) => JSON.parse(texts.get(file)!) as unknown, query);
      times.push(performance.now() - started);
    }
    results.push({
      query,
      count: found.total,
      urls: found.hits.map((h) => h.url),
      bytes,
      files: texts.size,
      ms: median(times),
    });
  }
  return results;
}

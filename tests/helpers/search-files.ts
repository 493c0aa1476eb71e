import { gzipSync } from "node:zlib";
import { searchIndex } from "../../src/components/search-engine.ts";

/**
 * Searches the index files a build wrote (file name → JSON) as the browser does, recording
 * which files the search read and their size as a static host sends them (gzip).
 */
export function searcher(files: Map<string, string>) {
  const read: string[] = [];
  const search = (q: string, page?: { limit?: number; offset?: number }) =>
    searchIndex(
      async (file) => {
        read.push(file);
        const text = files.get(file);
        if (text === undefined) throw new Error(`no index file ${file}`);
        return JSON.parse(text) as unknown;
      },
      q,
      page,
    );
  const urls = async (q: string) => (await search(q, { limit: 1000 })).hits.map((h) => h.url);
  const gzipBytes = () =>
    [...new Set(read)].reduce((sum, file) => sum + gzipSync(files.get(file)!).length, 0);
  return { search, urls, read, gzipBytes };
}

/** A snippet or title as text, the marked words in [brackets]. */
export function marked(parts: { text: string; mark: boolean }[]): string {
  return parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");
}

import { gzipSync } from "node:zlib";
import { rankPosts, searchIndex } from "../../src/components/search-engine.ts";

/**
 * Searches the index files a build wrote (file name → JSON) as the browser does, recording
 * which files the search read and their size as a static host sends them (gzip).
 */
export function searcher(files: Map<string, string>) {
  const read: string[] = [];
  // Each file parsed once, as the browser fetches each once.
  const parsed = new Map<string, unknown>();
  const reader = async (file: string) => {
    read.push(file);
    const text = files.get(file);
    if (text === undefined) throw new Error(`no index file ${file}`);
    if (!parsed.has(file)) parsed.set(file, JSON.parse(text));
    return parsed.get(file);
  };
  const search = (q: string, page?: { limit?: number; offset?: number }) =>
    searchIndex(reader, q, page);
  /** Every post found, best first, by URL (no snippets cut). */
  const urls = async (q: string) => {
    const { posts } = await rankPosts(reader, q);
    return Promise.all(posts.map(async (id) => ((await reader(`p/${id}.json`)) as string[])[0]!));
  };
  const gzipBytes = () =>
    [...new Set(read)].reduce((sum, file) => sum + gzipSync(files.get(file)!).length, 0);
  return { search, urls, read, gzipBytes };
}

/** A snippet or title as text, the marked words in [brackets]. */
export function marked(parts: { text: string; mark: boolean }[]): string {
  return parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");
}

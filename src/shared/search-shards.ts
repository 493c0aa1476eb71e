/**
 * The layout of the search index, shared by the build that writes it and the browser that
 * reads it (docs/search.md). The index is split so a search downloads only what its words
 * need: the words, sorted, are cut into term shards of about the same size, each word's
 * posting list in one of them; the manifest lists the first word of each shard, so a word
 * (or a prefix, whose completions are neighbours in sorted order) is found in one or a few
 * shards. Each post has a small file of its own with what a result shows (title, date, URL)
 * and its whole text, from which the browser cuts the snippet. Everything is under one folder
 * (SEARCH_INDEX_PATH).
 */

/** What the browser reads first: how the index is split. */
export interface SearchManifest {
  /** The index's format; a browser reading another fails plainly instead of wrongly. */
  version: 2;
  /** Number of posts indexed (ids 0 … posts − 1, newest first). */
  posts: number;
  /** The first word of each term shard, in order (`t-0.json` starts at keys[0], which is ""). */
  keys: string[];
}

/**
 * A term shard: each word → its posts and weights, flat and by gaps: `[gap, weight, gap,
 * weight, …]`, where the first gap is the first post's id and each next one the distance from
 * the post before (small numbers, which gzip well).
 */
export type TermShard = Record<string, number[]>;

/** A post's search file: `[url, title, date label, lang, text]` (text: one block a line). */
export type PostRecord = [string, string, string, string, string];

/** The version of the index format written and read. */
export const SEARCH_INDEX_VERSION = 2;

/** Code-unit order, the same on every machine (not localeCompare). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The shard a word's postings live in: the last whose first word is not after it. */
export function shardOf(word: string, keys: readonly string[]): number {
  let low = 0;
  let high = keys.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (keys[mid]! <= word) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The shards that may hold words starting with `prefix`: from its own to the last such. */
export function shardsOfPrefix(prefix: string, keys: readonly string[]): number[] {
  const first = shardOf(prefix, keys);
  const shards = [first];
  for (let i = first + 1; i < keys.length && keys[i]!.startsWith(prefix); i++) shards.push(i);
  return shards;
}

/** The file of a term shard, inside the index folder. */
export function termShardFile(shard: number): string {
  return `t-${shard}.json`;
}

/** The file of a post's search record, inside the index folder. */
export function postRecordFile(post: number): string {
  return `p/${post}.json`;
}

/** The manifest's file, inside the index folder. */
export const MANIFEST_FILE = "manifest.json";

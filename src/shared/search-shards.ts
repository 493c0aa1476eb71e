/**
 * The layout of the search index, shared by the build that writes it and the browser that
 * reads it. The index is split so a search downloads only what its words need: each word's
 * posting list lives in one term shard (chosen by the word's first character, so a prefix
 * finds all its completions in the same shard), and the posts' titles and URLs in chunks by
 * post number. Everything is under one folder (SEARCH_INDEX_PATH), with a manifest.
 */

/** What the browser reads first: how the index is split. */
export interface SearchManifest {
  /** Number of term shards (`t-0.json` …). */
  shards: number;
  /** Posts per document chunk (`d-0.json` …). */
  chunk: number;
  /** Number of posts indexed. */
  posts: number;
}

/** A term shard: each word → its posts and weights, flat (`[post, weight, post, weight, …]`). */
export type TermShard = Record<string, number[]>;

/** A document chunk: `[url, title, date label, lang]` per post, in post order (newest first). */
export type DocChunk = [string, string, string, string][];

/** The shard a word's postings live in: by its first character, so prefixes share it. */
export function shardOf(word: string, shards: number): number {
  const first = word.codePointAt(0) ?? 0;
  // Knuth's multiplicative hash spreads neighbouring code points (a, b, c …; ぁ, あ …).
  return (Math.imul(first, 2654435761) >>> 0) % shards;
}

/** The file of a term shard, inside the index folder. */
export function termShardFile(shard: number): string {
  return `t-${shard}.json`;
}

/** The file of a document chunk, inside the index folder. */
export function docChunkFile(chunk: number): string {
  return `d-${chunk}.json`;
}

/** The manifest's file, inside the index folder. */
export const MANIFEST_FILE = "manifest.json";

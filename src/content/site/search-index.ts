import type { SitePost } from "./site-post.ts";
import { SEARCH_TEXT_LIMIT } from "../post/build-post.ts";
import { textPrefix } from "../post/text-stats.ts";
import { searchTokens } from "../../shared/search-tokens.ts";
import {
  docChunkFile,
  MANIFEST_FILE,
  shardOf,
  termShardFile,
  type DocChunk,
  type SearchManifest,
  type TermShard,
} from "../../shared/search-shards.ts";

/** About how many characters of post text the whole index holds, so it stays small. */
export const SEARCH_TEXT_BUDGET = 400_000;
/** The least of each post's text that is indexed, however large the blog. */
export const SEARCH_TEXT_FLOOR = 300;
/** About how large a term shard may grow, in bytes of JSON. */
export const SHARD_TARGET_BYTES = 120_000;
/** Posts per document chunk. */
export const DOC_CHUNK = 100;

/** How much a word weighs in each field, per occurrence (capped at three occurrences). */
const FIELD_WEIGHTS = { title: 6, terms: 4, text: 1 } as const;
const MAX_OCCURRENCES = 3;

/**
 * How many characters of each post are indexed: 2,000 for a blog of up to 200 posts, then
 * less as the blog grows (1,000 posts: 400 each; 10,000 posts: 300 each), so the index
 * grows far more slowly than the blog.
 */
export function searchTextLimit(postCount: number): number {
  const share = Math.floor(SEARCH_TEXT_BUDGET / Math.max(1, postCount));
  return Math.max(SEARCH_TEXT_FLOOR, Math.min(SEARCH_TEXT_LIMIT, share));
}

/**
 * The search index of every post (title, tags and categories, the beginning of the text), as
 * files of the index folder (file name → JSON): a manifest, term shards and document chunks.
 * A search downloads the manifest, the shards of its words and the chunks of its results.
 */
export function searchIndexFiles(
  posts: SitePost[],
  shardBytes = SHARD_TARGET_BYTES,
): Map<string, string> {
  const limit = searchTextLimit(posts.length);
  const postings = new Map<string, number[]>();
  posts.forEach((post, id) => {
    const weights = new Map<string, number>();
    const fields = {
      title: post.detail.title,
      terms: [...post.meta.tags, ...post.meta.categories].join(" "),
      text: textPrefix(post.searchText, limit),
    };
    for (const field of ["title", "terms", "text"] as const) {
      const counts = new Map<string, number>();
      for (const token of searchTokens(fields[field]))
        counts.set(token, (counts.get(token) ?? 0) + 1);
      for (const [token, count] of counts)
        weights.set(
          token,
          (weights.get(token) ?? 0) + FIELD_WEIGHTS[field] * Math.min(count, MAX_OCCURRENCES),
        );
    }
    for (const [token, weight] of weights) {
      const list = postings.get(token) ?? [];
      list.push(id, weight);
      postings.set(token, list);
    }
  });
  let bytes = 0;
  for (const [token, list] of postings) bytes += token.length * 3 + 6 + list.join(",").length;
  const shardCount = Math.max(1, Math.min(256, Math.ceil(bytes / shardBytes)));
  const shards: TermShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [token, list] of [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    shards[shardOf(token, shardCount)]![token] = list;
  const files = new Map<string, string>();
  const manifest: SearchManifest = { shards: shardCount, chunk: DOC_CHUNK, posts: posts.length };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  shards.forEach((shard, i) => files.set(termShardFile(i), JSON.stringify(shard)));
  for (let start = 0, chunk = 0; start < posts.length; start += DOC_CHUNK, chunk++) {
    const docs: DocChunk = posts
      .slice(start, start + DOC_CHUNK)
      .map((p) => [p.url, p.detail.title, p.detail.date.label, p.detail.lang]);
    files.set(docChunkFile(chunk), JSON.stringify(docs));
  }
  return files;
}

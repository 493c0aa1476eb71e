import type { SitePost } from "./site-post.ts";
import {
  compareKeys,
  MANIFEST_FILE,
  postRecordFile,
  SEARCH_INDEX_VERSION,
  termShardFile,
  type PostRecord,
  type SearchManifest,
} from "../../shared/search-shards.ts";

/** About how large a term shard may grow, in bytes of JSON (one word's list may be larger). */
export const SHARD_TARGET_BYTES = 48_000;
/**
 * The most of a post's text its search file keeps for snippets, in UTF-16 code units; every
 * word of the post is indexed whatever its length, only a snippet past this shows the start.
 */
export const SNIPPET_TEXT_LIMIT = 100_000;

/**
 * The search index of every word of every post (title, tags and categories, headings, the
 * whole text, code blocks), as files of the index folder (file name → JSON): a manifest, term
 * shards (sorted words cut into pieces of about `shardBytes`) and one search file per post
 * (what a result shows and the text its snippet is cut from). See search-shards.ts.
 */
export function searchIndexFiles(
  posts: SitePost[],
  shardBytes = SHARD_TARGET_BYTES,
): Map<string, string> {
  // Word → [gap, weight, gap, weight, …] and the last post added, filled in post order.
  const postings = new Map<string, { last: number; list: number[] }>();
  posts.forEach((post, id) => {
    const weights = post.searchWeights;
    for (let i = 0; i < weights.length; i += 2) {
      const token = weights[i] as string;
      const weight = weights[i + 1] as number;
      const entry = postings.get(token);
      if (entry) {
        entry.list.push(id - entry.last, weight);
        entry.last = id;
      } else postings.set(token, { last: id, list: [id, weight] });
    }
  });
  const files = new Map<string, string>();
  const keys: string[] = [];
  let shard: string[] = [];
  let size = 0;
  const flush = () => {
    files.set(termShardFile(keys.length - 1), `{${shard.join(",")}}`);
    shard = [];
    size = 0;
  };
  for (const token of [...postings.keys()].sort(compareKeys)) {
    const entry = `${JSON.stringify(token)}:[${postings.get(token)!.list.join(",")}]`;
    if (keys.length === 0 || size + entry.length > shardBytes) {
      if (keys.length > 0) flush();
      keys.push(keys.length === 0 ? "" : token);
    }
    shard.push(entry);
    size += entry.length + 1;
  }
  if (keys.length === 0) keys.push("");
  flush();
  const manifest: SearchManifest = { version: SEARCH_INDEX_VERSION, posts: posts.length, keys };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  posts.forEach((post, id) => {
    const record: PostRecord = [
      post.url,
      post.detail.title,
      post.detail.date.label,
      post.detail.lang,
      post.searchText.slice(0, SNIPPET_TEXT_LIMIT),
    ];
    files.set(postRecordFile(id), JSON.stringify(record));
  });
  return files;
}

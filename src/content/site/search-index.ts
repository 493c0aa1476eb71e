import type { SitePost } from "./load-site.ts";
import { searchTokens } from "../../shared/search-tokens.ts";
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
 * What a word weighs in a post (docs/search.md): a bit per field it is in, so that a word in
 * the title outweighs it anywhere else, tags and categories outweigh headings, headings the
 * prose; then 2 for each time it is in the prose, counted up to four times; a word only in
 * code blocks weighs 1. The most a word can weigh without the title (32 + 16 + 8 + 1) is
 * less than the title's 64 alone.
 */
export const FIELD_WEIGHTS = { title: 64, terms: 32, heading: 16, prose: 2, code: 1 } as const;
export const MAX_PROSE_COUNT = 4;

/** Each word of a text → how many times it is there. */
function counts(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const token of searchTokens(text)) found.set(token, (found.get(token) ?? 0) + 1);
  return found;
}

/** Every word of one post → its weight in that post. */
export function postWeights(post: SitePost): Map<string, number> {
  const title = counts(post.detail.title);
  const terms = counts([...post.meta.tags, ...post.meta.categories].join("\n"));
  const headings = counts(post.searchHeadings);
  const code = counts(post.searchCode);
  const text = counts(post.searchText);
  const weights = new Map<string, number>();
  for (const token of new Set([...title.keys(), ...terms.keys(), ...text.keys()])) {
    const inHeadings = headings.get(token) ?? 0;
    const inCode = code.get(token) ?? 0;
    const prose = Math.max(0, (text.get(token) ?? 0) - inHeadings - inCode);
    const weight =
      (title.has(token) ? FIELD_WEIGHTS.title : 0) +
      (terms.has(token) ? FIELD_WEIGHTS.terms : 0) +
      (inHeadings > 0 ? FIELD_WEIGHTS.heading : 0) +
      Math.min(prose, MAX_PROSE_COUNT) * FIELD_WEIGHTS.prose +
      (inCode > 0 && prose === 0 && inHeadings === 0 ? FIELD_WEIGHTS.code : 0);
    if (weight > 0) weights.set(token, weight);
  }
  return weights;
}

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
    for (const [token, weight] of postWeights(post)) {
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

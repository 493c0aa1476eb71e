import MiniSearch from "minisearch";
import type { BuiltPost } from "./load-site";
import { searchIndexOptions, type SearchDocument } from "../shared/search-options";

/** The most of each post's text that is indexed, in characters: enough for what it is about. */
export const SEARCH_TEXT_LIMIT = 2000;
/** About how many characters of post text the whole index holds, so it stays small. */
export const SEARCH_TEXT_BUDGET = 400_000;
/** The least of each post's text that is indexed, however large the blog. */
export const SEARCH_TEXT_FLOOR = 300;

/**
 * How many characters of each post are indexed: 2,000 for a blog of up to 200 posts, then
 * less as the blog grows (1,000 posts: 400 each; 10,000 posts: 300 each), so the index a
 * reader downloads grows far more slowly than the blog.
 */
export function searchTextLimit(postCount: number): number {
  const share = Math.floor(SEARCH_TEXT_BUDGET / Math.max(1, postCount));
  return Math.max(SEARCH_TEXT_FLOOR, Math.min(SEARCH_TEXT_LIMIT, share));
}

/**
 * The search index of every post (title, tags and categories, the beginning of the text), as
 * JSON for the browser's MiniSearch.loadJSON. Written at build time; the search page fetches
 * it only when a reader searches.
 */
export function searchIndexJson(posts: BuiltPost[]): string {
  const index = new MiniSearch<SearchDocument>({ ...searchIndexOptions });
  const limit = searchTextLimit(posts.length);
  index.addAll(
    posts.map((post, id) => ({
      id,
      url: post.url,
      title: post.detail.title,
      date: post.detail.date.label,
      lang: post.detail.lang,
      terms: [...post.meta.tags, ...post.meta.categories].join(" "),
      text: Array.from(post.text.replace(/\s+/g, " ")).slice(0, limit).join(""),
    })),
  );
  return JSON.stringify(index);
}

import MiniSearch from "minisearch";
import type { BuiltPost } from "./load-site";
import { searchIndexOptions, type SearchDocument } from "../shared/search-options";

/** How much of each post's text is indexed, in characters: enough for what it is about. */
export const SEARCH_TEXT_LIMIT = 2000;

/**
 * The search index of every post (title, tags and categories, the beginning of the text), as
 * JSON for the browser's MiniSearch.loadJSON. Written at build time; the search page fetches
 * it only when a reader searches.
 */
export function searchIndexJson(posts: BuiltPost[]): string {
  const index = new MiniSearch<SearchDocument>({ ...searchIndexOptions });
  index.addAll(
    posts.map((post, id) => ({
      id,
      url: post.url,
      title: post.detail.title,
      date: post.detail.date.label,
      lang: post.detail.lang,
      terms: [...post.meta.tags, ...post.meta.categories].join(" "),
      text: Array.from(post.text.replace(/\s+/g, " ")).slice(0, SEARCH_TEXT_LIMIT).join(""),
    })),
  );
  return JSON.stringify(index);
}

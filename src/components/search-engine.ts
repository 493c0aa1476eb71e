import MiniSearch from "minisearch";
import { searchIndexOptions, type SearchHit } from "../shared/search-options";

/**
 * The browser side of search, loaded with import() only when a reader searches, so neither
 * MiniSearch nor the index is part of any page's first load.
 */
let index: Promise<MiniSearch> | null = null;

/** Fetches the build's index once; later searches reuse it. */
function loadIndex(url: string): Promise<MiniSearch> {
  if (!index) {
    index = fetch(url)
      .then((response) => {
        if (!response.ok)
          throw new Error(`could not load the search index: HTTP ${response.status}`);
        return response.text();
      })
      .then((json) => MiniSearch.loadJSON(json, { ...searchIndexOptions }));
    index.catch(() => (index = null));
  }
  return index;
}

/** The posts matching a query, best first (at most `limit`). */
export async function searchPosts(
  indexUrl: string,
  query: string,
  limit = 50,
): Promise<SearchHit[]> {
  const search = await loadIndex(indexUrl);
  return search
    .search(query)
    .slice(0, limit)
    .map(({ url, title, date, lang }) => ({ url, title, date, lang }) as SearchHit);
}

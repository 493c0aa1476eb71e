import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { PrefetchLink } from "../../components/prefetch-link.tsx";
import { SEARCH_INDEX_PATH } from "../../shared/paths.ts";
import type { SearchHit } from "../../components/search-engine.ts";
import { basename } from "../../browser/route-data-source.ts";
import { siteLabels } from "../../browser/site-context.ts";
import { useHydrated } from "../../browser/use-hydrated.ts";

type SearchState =
  { status: "done"; query: string; hits: SearchHit[] } | { status: "failed"; query: string };

/**
 * Search results for the query in the URL (`/search/?q=振り返り`), so a search can be shared
 * and reloaded. The search code and the index are loaded only here, on the first query.
 */
export function SearchPage() {
  const [params] = useSearchParams();
  // Empty as prerendered (the build cannot know the query) until hydrated.
  const query = useHydrated() ? (params.get("q") ?? "").trim() : "";
  const [result, setResult] = useState<SearchState | null>(null);
  useEffect(() => {
    if (!query) return;
    let current = true;
    import("../../components/search-engine.ts")
      .then(({ searchPosts }) => searchPosts(basename + SEARCH_INDEX_PATH, query))
      .then(
        (hits) => current && setResult({ status: "done", query, hits }),
        () => current && setResult({ status: "failed", query }),
      );
    return () => {
      current = false;
    };
  }, [query]);
  // While a new query runs, the last results stay on screen (no flicker as the reader types).
  const state = !query ? null : (result ?? { status: "loading" as const });
  return (
    <section className="search-page">
      <h1 className="page-title">{siteLabels.search}</h1>
      <p className="page-intro">
        {siteLabels.searchPrompt} {siteLabels.searchShortcut}
      </p>
      <p role="status" className="search-page__status">
        {state?.status === "loading"
          ? siteLabels.searchLoading
          : state?.status === "failed"
            ? siteLabels.searchFailed
            : state?.status === "done"
              ? siteLabels.searchResults(state.hits.length, state.query)
              : ""}
      </p>
      {state?.status === "done" && state.hits.length > 0 && (
        <ol className="search-results">
          {state.hits.map((hit) => (
            <li key={hit.url} lang={hit.lang}>
              <PrefetchLink to={hit.url}>{hit.title}</PrefetchLink>{" "}
              <span className="search-results__date">{hit.date}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { SEARCH_INDEX_PATH } from "../../shared/paths.ts";
import type { SearchHit } from "../../components/search-engine.ts";
import { SearchResultList } from "../../components/search-results.tsx";
import { basename } from "../../browser/route-data-source.ts";
import { site, siteLabels } from "../../browser/site-context.ts";
import { searchLabels } from "../../shared/search-labels.ts";
import { useHydrated } from "../../browser/use-hydrated.ts";

const labels = searchLabels(site.lang);

/** Results shown at first, and added by each "more". */
export const RESULTS_PER_PAGE = 10;

type SearchState =
  | { status: "done"; query: string; total: number; hits: SearchHit[]; shown: number }
  | { status: "failed"; query: string };

/** The search code, loaded only on this page and only once a query is there. */
const loadEngine = () => import("../../components/search-engine.ts");

/**
 * Search results for the query in the URL (`/search/?q=振り返り`), so a search can be shared
 * and reloaded: each with its title, date and the snippet around its best match, the matched
 * words marked. The status line (a live region) tells screen readers how many posts match, or
 * plainly that none does. The search code and the index are loaded only here, on the first
 * query; more results are loaded ten at a time.
 */
export function SearchPage() {
  const [params] = useSearchParams();
  // Empty as prerendered (the build cannot know the query) until hydrated.
  const query = useHydrated() ? (params.get("q") ?? "").trim() : "";
  const [result, setResult] = useState<SearchState | null>(null);
  // How many results the reader asked to see for which query (a new query starts at ten).
  const [more, setMore] = useState({ query: "", wanted: RESULTS_PER_PAGE });
  const wanted = more.query === query ? more.wanted : RESULTS_PER_PAGE;
  useEffect(() => {
    if (!query) return;
    let current = true;
    loadEngine()
      .then(({ searchPosts }) =>
        searchPosts(basename + SEARCH_INDEX_PATH, query, { limit: wanted }),
      )
      .then(
        ({ total, hits }) =>
          current && setResult({ status: "done", query, total, hits, shown: wanted }),
        () => current && setResult({ status: "failed", query }),
      );
    return () => {
      current = false;
    };
  }, [query, wanted]);
  // While a new query runs, the last results stay on screen (no flicker as the reader types).
  const state = !query ? null : (result ?? { status: "loading" as const });
  return (
    <section className="search-page">
      <h1 className="page-title">{siteLabels.search}</h1>
      <p className="page-intro">
        {labels.searchPrompt} {siteLabels.searchShortcut}
      </p>
      <p role="status" className="search-page__status">
        {state?.status === "loading"
          ? labels.searchLoading
          : state?.status === "failed"
            ? labels.searchFailed
            : state?.status === "done"
              ? state.total === 0
                ? labels.searchNone(state.query)
                : labels.searchResults(state.total, state.query)
              : ""}
      </p>
      {state?.status === "done" && state.hits.length > 0 && (
        <>
          <p className="search-page__keys">{labels.searchKeys}</p>
          <SearchResultList hits={state.hits} />
          {state.total > state.hits.length && (
            <button
              type="button"
              className="search-page__more"
              onClick={() => setMore({ query, wanted: state.shown + RESULTS_PER_PAGE })}
            >
              {labels.searchMore}
            </button>
          )}
        </>
      )}
    </section>
  );
}

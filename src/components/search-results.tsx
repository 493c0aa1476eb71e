import { Fragment, type KeyboardEvent } from "react";
import { PrefetchLink } from "./prefetch-link.tsx";
import { site } from "../browser/site-context.ts";
import { searchLabels } from "../shared/search-labels.ts";
import { SEARCH_INPUT_ID, SEARCH_RESULTS_ID } from "./search-box.tsx";
import type { SearchHit } from "./search-engine.ts";
import type { SnippetPart } from "../shared/search-snippet.ts";

/** Text with its matched words in `<mark>`: every part is a text node, never HTML. */
export function MarkedText({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}

/** The links of the result list, in order. */
function resultLinks(): HTMLAnchorElement[] {
  const list = document.getElementById(SEARCH_RESULTS_ID);
  return list ? [...list.querySelectorAll<HTMLAnchorElement>("a.search-results__link")] : [];
}

/** ↑ ↓ move through the results (↑ from the first goes back to the field), Home End to the ends. */
function onResultKey(event: KeyboardEvent<HTMLOListElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const links = resultLinks();
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  let next: HTMLElement | null | undefined;
  if (event.key === "ArrowDown") next = links[at + 1];
  else if (event.key === "ArrowUp")
    next = at === 0 ? document.getElementById(SEARCH_INPUT_ID) : links[at - 1];
  else if (event.key === "Home") next = links[0];
  else if (event.key === "End") next = links[links.length - 1];
  else return;
  event.preventDefault();
  next?.focus();
}

/** The hits of a search: title (matched words marked), date, and the snippet of the best match. */
export function SearchResultList({ hits }: { hits: SearchHit[] }) {
  return (
    // The list handles the arrow keys of the links inside it.
    <ol
      id={SEARCH_RESULTS_ID}
      className="search-results"
      aria-label={searchLabels(site.lang).searchResultList}
      onKeyDown={onResultKey}
    >
      {hits.map((hit) => (
        <li key={hit.url} lang={hit.lang} className="search-result">
          <PrefetchLink to={hit.url} className="search-results__link">
            <MarkedText parts={hit.titleParts} />
          </PrefetchLink>{" "}
          <span className="search-results__date">{hit.date}</span>
          {hit.snippet.length > 0 && (
            <p className="search-results__snippet">
              <MarkedText parts={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { basename } from "../browser/route-data-source.ts";
import { siteLabels } from "../browser/site-context.ts";
import { searchPath } from "../shared/paths.ts";

/** The id of the search field, which the `/` key focuses from any page. */
export const SEARCH_INPUT_ID = "search-input";
/** The id of the search page's result list, whose first link ↓ in the field moves to. */
export const SEARCH_RESULTS_ID = "search-results";

/**
 * The site's search field, in the header of every page. It is a plain GET form to
 * `/search/?q=…` (works without JavaScript); with JavaScript it navigates in the app, and on
 * the search page the results follow each keystroke (the URL keeps the query: shareable).
 */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = location.pathname === searchPath();
  const query = onSearchPage ? (params.get("q") ?? "") : "";
  // Starts empty, as prerendered; the URL's query is filled in once mounted.
  const [value, setValue] = useState("");
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) setValue(query);
    typed.current = false;
  }, [query]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(searchPath(value.trim()));
  };
  return (
    <form role="search" className="search-box" action={`${basename}/search/`} onSubmit={submit}>
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {siteLabels.searchLabel}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        name="q"
        value={value}
        placeholder={siteLabels.search}
        aria-keyshortcuts="/"
        title={siteLabels.searchShortcut}
        autoComplete="off"
        onKeyDown={(event) => {
          if (event.key !== "ArrowDown" || !onSearchPage) return;
          const first = document.getElementById(SEARCH_RESULTS_ID)?.querySelector("a");
          if (!first) return;
          event.preventDefault();
          first.focus();
        }}
        onChange={(event) => {
          setValue(event.target.value);
          if (onSearchPage) {
            typed.current = true;
            navigate(searchPath(event.target.value.trim()), { replace: true });
          }
        }}
      />
      <button type="submit">{siteLabels.search}</button>
    </form>
  );
}

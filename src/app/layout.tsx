import { useEffect, useRef } from "react";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useMatches } from "react-router";
import type { RouteData } from "../shared/types.ts";
import { SearchBox, SEARCH_INPUT_ID } from "../components/search-box.tsx";
import { ThemeToggle } from "../components/theme-toggle.tsx";
import { archivePath, FEED_PATH, pagePath, timelinePath } from "../shared/paths.ts";
import { pageTitle } from "./head.ts";
import { basename, titleOf } from "../browser/route-data-source.ts";
import { site, siteLabels } from "../browser/site-context.ts";
import { applyStoredTheme } from "../browser/theme.ts";

// As early as the app's code runs, before the first render (no inline script: CSP-safe).
if (typeof document !== "undefined") applyStoredTheme();

/** The frame of every page: skip link, site header and navigation, the page, the footer. */
export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        {siteLabels.skip}
      </a>
      <header className="site-header">
        <Link to={pagePath(1)} className="site-title">
          {site.title}
        </Link>
        <nav aria-label={site.title}>
          <ul>
            <li>
              <NavLink to={pagePath(1)} end>
                {siteLabels.posts}
              </NavLink>
            </li>
            <li>
              <NavLink to={timelinePath()}>{siteLabels.timeline}</NavLink>
            </li>
            <li>
              <NavLink to={archivePath()}>{siteLabels.archive}</NavLink>
            </li>
          </ul>
        </nav>
        <SearchBox />
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {site.title} · <a href={basename + FEED_PATH}>{siteLabels.feed}</a>
        </p>
      </footer>
      <DocumentTitle />
      <FocusOnNavigation />
      <SearchShortcut />
      <ScrollRestoration />
    </>
  );
}

/**
 * Keeps the document title in step with client-side navigation: the title the build wrote in
 * the page the data came from (the prerender writes the first page's; titles are made once, in
 * src/app/head.ts, not again in the browser), or "not found".
 */
function DocumentTitle() {
  const matches = useMatches();
  const location = useLocation();
  const data = (matches[matches.length - 1]?.loaderData ?? null) as RouteData | null;
  const title = data ? titleOf(data) : pageTitle(siteLabels.notFoundTitle, site);
  useEffect(() => {
    if (title !== undefined) document.title = title;
  }, [title, location.pathname]);
  useEffect(() => {
    // Marks the page interactive (browser tests and styles can wait for it).
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}

/**
 * After a client-side navigation to another page, moves focus to its main heading (or main),
 * so keyboard and screen reader users start at the new page, as a full page load would.
 */
function FocusOnNavigation() {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (hash) return; // the browser goes to the anchor
    // A search typed in the header's field goes on there (its results are announced).
    if (document.activeElement?.id === SEARCH_INPUT_ID) return;
    const main = document.getElementById("main");
    const heading = main?.querySelector<HTMLElement>("h1");
    const target = heading ?? main;
    if (!target) return;
    if (target === heading && !heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    target.focus({ preventScroll: true });
  }, [pathname, hash]);
  return null;
}

/** `/` focuses the search field from any page, unless the reader is typing somewhere. */
function SearchShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
        return;
      const input = document.getElementById(SEARCH_INPUT_ID);
      if (!input) return;
      event.preventDefault();
      input.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}

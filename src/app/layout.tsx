import { useEffect } from "react";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useMatches } from "react-router";
import type { RouteData } from "../content/types";
import { headFor } from "./head";
import { site, siteLabels } from "./site-context";

/** The frame of every page: skip link, site header and navigation, the page, the footer. */
export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        {siteLabels.skip}
      </a>
      <header className="site-header">
        <Link to="/" className="site-title">
          {site.title}
        </Link>
        <nav aria-label={site.title}>
          <ul>
            <li>
              <NavLink to="/" end>
                {siteLabels.posts}
              </NavLink>
            </li>
            <li>
              <NavLink to="/timeline/">{siteLabels.timeline}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{site.title}</p>
      </footer>
      <DocumentTitle />
      <ScrollRestoration />
    </>
  );
}

/** Keeps the document title in step with client-side navigation (prerender writes the first). */
function DocumentTitle() {
  const matches = useMatches();
  const location = useLocation();
  const data = (matches[matches.length - 1]?.loaderData ?? null) as RouteData | null;
  const title = headFor(data, site).title;
  useEffect(() => {
    document.title = title;
  }, [title, location.pathname]);
  useEffect(() => {
    // Marks the page interactive (browser tests and styles can wait for it).
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}

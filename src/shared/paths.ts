/**
 * Every app URL is made here, for the build (prerender, feeds) and the browser alike. Paths
 * are inside the site, without the base path; the router and the build add it.
 */

/** The post list: `/` for page 1, `/page/N/` after, as Hugo pages it. */
export function pagePath(page: number): string {
  return page <= 1 ? "/" : `/page/${page}/`;
}

/** `/timeline/`, or a year's timeline `/timeline/2017/`, optionally at a month (`#2017-04`). */
export function timelinePath(year?: number, month?: number): string {
  if (year === undefined) return "/timeline/";
  return month === undefined ? `/timeline/${year}/` : `/timeline/${year}/#${monthId(year, month)}`;
}

/** The element id of a month on a timeline: `2017-04`. */
export function monthId(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Where the data of a page is fetched from, next to its index.html. */
export function routeDataPath(pathname: string): string {
  return `${pathname.endsWith("/") ? pathname : `${pathname}/`}route.json`;
}

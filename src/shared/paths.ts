import { pad } from "./format.ts";

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
  return `${year}-${pad(month)}`;
}

/** A taxonomy Hugo gives list pages to. */
export type Taxonomy = "tags" | "categories";

/**
 * A taxonomy term as one segment of its URL, as Hugo's `urlize` writes it (unlike sanitizePath,
 * `/` is dropped: a term is one folder): lower-case, spaces to dashes, only letters,
 * digits, marks and `. _ - + ~` kept (`Docker Serf` → `docker-serf`, `日本語` stays).
 */
export function urlize(term: string): string {
  return term
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/\s+/gu, "-")
    .replace(/[^\p{L}\p{N}\p{M}._+~-]/gu, "");
}

/**
 * A path as Hugo's `MakePathSanitized` makes it (permalinks, `:slug`, `:title`): trimmed, each space to a dash, then only letters, digits, marks
 * and `. / _ - + ~` kept (`#` and `%` dropped too: they cannot stand in a path unescaped),
 * lower-cased.
 */
export function sanitizePath(path: string): string {
  return path
    .trim()
    .replace(/ /g, "-")
    .replace(/[^\p{L}\p{Nd}\p{M}./_+~-]/gu, "")
    .toLowerCase();
}

/** `/tags/` or `/categories/`: every term of a taxonomy. */
export function taxonomyPath(taxonomy: Taxonomy): string {
  return `/${taxonomy}/`;
}

/** A term's post list at Hugo's URL: `/tags/docker/`, then `/tags/docker/page/2/`. */
export function termPath(taxonomy: Taxonomy, term: string, page = 1): string {
  const base = `/${taxonomy}/${urlize(term)}/`;
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** The archive: `/archive/` lists the years, `/archive/2017/` a year's posts month by month. */
export function archivePath(year?: number): string {
  return year === undefined ? "/archive/" : `/archive/${year}/`;
}

/** The search page, optionally with a query (`/search/?q=振り返り`). */
export function searchPath(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : "/search/";
}

/** The folder of the search index the search page reads (written at build time). */
export const SEARCH_INDEX_PATH = "/search-index/";

/** The RSS feed, at Hugo's URL so existing subscribers keep working. */
export const FEED_PATH = "/index.xml";

/** The sitemap. */
export const SITEMAP_PATH = "/sitemap.xml";

import { data, redirect, type HydrationState, type LoaderFunctionArgs } from "react-router";
import type { RouteData } from "../shared/types.ts";
import { POST_BODY_CLASS, restorePostBody } from "./post-body.ts";

/** Finds the data of a page from its path inside the site; null when there is no such page. */
export type RouteDataSource = (sitePath: string) => Promise<RouteData | null>;

let source: RouteDataSource = () => Promise.resolve(null);

/** The base path without its trailing slash ("" at the root). */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, "");

/** Sets where loaders get page data: the build's map when prerendering, fetches in the browser. */
export function setRouteDataSource(next: RouteDataSource) {
  source = next;
}

/** The path of a URL inside the site (without the base path), decoded (`/tags/日本語/`). */
export function sitePathOf(pathname: string): string {
  const sitePath =
    basename && pathname.startsWith(basename) ? pathname.slice(basename.length) || "/" : pathname;
  try {
    return decodeURI(sitePath);
  } catch {
    return sitePath;
  }
}

/** The one loader every page uses: its data, a redirect for an alias, or a 404. */
export async function loadRouteData({ request }: LoaderFunctionArgs): Promise<RouteData> {
  const found = await source(sitePathOf(new URL(request.url).pathname));
  if (!found) throw data("Not found", { status: 404, statusText: "Not Found" });
  if (found.kind === "redirect") throw redirect(found.to);
  return found;
}

/**
 * What a prerendered page hydrates from; `postBodyInPage`: a post's body is left to the page;
 * `title`: the page's `<title>`, for the tab after an in-app navigation to it.
 */
export type PageHydration = HydrationState & { postBodyInPage?: boolean; title?: string };

/** The title each page's data came with (set when its page is read). */
const titles = new WeakMap<RouteData, string>();

/** The title the build gave the page this data came from, if it was read from a page. */
export function titleOf(data: RouteData): string | undefined {
  return titles.get(data);
}

/**
 * The data a prerendered page carries for hydration, read from its HTML: the inert JSON of its
 * `#route-data` element, which the build escapes so that no `</script>` is inside (exact to
 * cut out without a parser). Null for a page without it (an alias's redirect page).
 */
function hydrationOfPage(html: string): PageHydration | null {
  const found = /<script type="application\/json" id="route-data">([^]*?)<\/script>/.exec(html);
  return found?.[1] ? (JSON.parse(found[1]) as PageHydration) : null;
}

/**
 * A page's data from its prerendered HTML, as hydration reads it: the JSON, with a post's body
 * taken from the page's markup (parsed by the browser's DOMParser, which runs nothing). An
 * alias's page gives its redirect; a page without data, null.
 */
export function routeDataOfPage(
  html: string,
  parse = (page: string) => new DOMParser().parseFromString(page, "text/html"),
): RouteData | null {
  const hydration = hydrationOfPage(html);
  if (!hydration) {
    const refresh = parse(html)
      .querySelector('meta[http-equiv="refresh"]')
      ?.getAttribute("content");
    const to = refresh && /;\s*url=(.+)$/i.exec(refresh)?.[1];
    return to ? { kind: "redirect", to: sitePathOf(to) } : null;
  }
  if (hydration.postBodyInPage) {
    const body = parse(html).querySelector(`#root .${POST_BODY_CLASS}`);
    restorePostBody(hydration.loaderData, body?.innerHTML ?? "");
  }
  const found = Object.values(hydration.loaderData ?? {}).find(
    (value): value is RouteData => typeof value === "object" && value !== null && "kind" in value,
  );
  if (found && hydration.title) titles.set(found, hydration.title);
  return found ?? null;
}

const cache = new Map<string, Promise<RouteData | null>>();

/**
 * Fetches a page's data for in-app navigation from the page itself: its prerendered HTML, the
 * one file the build writes per page (a `route.json` beside each page was a third of the
 * files of a large build, BENCHMARKS.md). Remembered, so a prefetch makes the click instant.
 */
export const fetchRouteData: RouteDataSource = (sitePath) => {
  const key = sitePath.endsWith("/") || /\.html$/.test(sitePath) ? sitePath : `${sitePath}/`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetch(basename + encodeURI(key).replace(/[?#]/g, encodeURIComponent), {
      headers: { Accept: "text/html" },
    }).then(async (response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`could not load ${key}: HTTP ${response.status}`);
      return routeDataOfPage(await response.text());
    });
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
};

/** Forgets every page's fetched data (the dev server says the content changed). */
export function forgetRouteData() {
  cache.clear();
}

/** Starts fetching a page's data ahead of a click (on hover, focus, or when its link is seen). */
export function prefetchRouteData(sitePath: string) {
  void source(sitePath).catch(() => undefined);
}

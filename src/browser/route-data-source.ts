import { data, redirect, type LoaderFunctionArgs } from "react-router";
import type { RouteData } from "../shared/types.ts";
import { routeDataPath } from "../shared/paths.ts";

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

const cache = new Map<string, Promise<RouteData | null>>();

/** Fetches `route.json` next to a page; remembered, so a prefetch makes the click instant. */
export const fetchRouteData: RouteDataSource = (sitePath) => {
  const key = routeDataPath(sitePath);
  let pending = cache.get(key);
  if (!pending) {
    pending = fetch(basename + key).then((response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`could not load ${key}: HTTP ${response.status}`);
      return response.json() as Promise<RouteData>;
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

import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import type { RouteLookup, SiteInfo } from "./shared/types.ts";
import { routes, type PageHandle } from "./app/routes.tsx";
import { basename, setRouteDataSource } from "./browser/route-data-source.ts";
import { headFor } from "./app/head.ts";
import { FEED_PATH } from "./shared/paths.ts";
import { withoutPostBody } from "./browser/post-body.ts";
import { escapeMarkup } from "./shared/format.ts";

/** A page rendered to HTML, with what goes into <head> and the data it hydrates from. */
export interface RenderedPage {
  html: string;
  head: string;
  /** JSON for the inert `<script type="application/json" id="route-data">`, already escaped. */
  hydration: string;
  status: number;
  lang: string;
  /** The source modules of the page's routes' code (src/app/routes.tsx), to preload. */
  modules: string[];
}

const handler = createStaticHandler(routes, { basename: basename || "/" });

/** Renders one page of the site from the build's page data. */
export async function renderPage(
  sitePath: string,
  pages: RouteLookup,
  site: SiteInfo,
): Promise<RenderedPage> {
  setRouteDataSource((path) => Promise.resolve(pages.get(path) ?? null));
  const request = new Request(new URL(basename + sitePath, "http://localhost"));
  const context = await handler.query(request);
  if (context instanceof Response)
    throw new Error(`${sitePath} redirects; write it as a redirect page instead`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const data = pages.get(sitePath) ?? null;
  const head = headFor(context.statusCode === 404 ? null : data, site);
  const canonical = site.origin ? site.origin + basename + encodeURI(sitePath) : "";
  const tags = [
    `<title>${escapeMarkup(head.title)}</title>`,
    `<meta name="description" content="${escapeMarkup(head.description)}" />`,
    canonical && context.statusCode !== 404
      ? `<link rel="canonical" href="${escapeMarkup(canonical)}" />`
      : "",
    `<meta property="og:title" content="${escapeMarkup(head.title)}" />`,
    `<meta property="og:description" content="${escapeMarkup(head.description)}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:site_name" content="${escapeMarkup(site.title)}" />`,
    canonical && context.statusCode !== 404
      ? `<meta property="og:url" content="${escapeMarkup(canonical)}" />`
      : "",
    `<meta property="og:locale" content="${head.lang.startsWith("ja") ? "ja_JP" : "en_US"}" />`,
    head.published
      ? `<meta property="article:published_time" content="${escapeMarkup(head.published)}" />`
      : "",
    head.noindex ? `<meta name="robots" content="noindex" />` : "",
    `<link rel="alternate" type="application/rss+xml" title="${escapeMarkup(site.title)}" href="${escapeMarkup(site.origin ? site.origin + basename + FEED_PATH : basename + FEED_PATH)}" />`,
  ].filter(Boolean);
  // A post's body is in the page already: the browser takes it from there (src/app/post-body.ts).
  const { loaderData, left } = withoutPostBody(context.loaderData);
  const hydration = escapeJsonForHtml(
    JSON.stringify({
      loaderData,
      actionData: null,
      errors: context.errors,
      ...(left ? { postBodyInPage: true } : {}),
      title: head.title,
    }),
  );
  return {
    html,
    head: tags.join("\n    "),
    hydration,
    status: context.statusCode,
    lang: head.lang,
    modules: context.matches
      .map((match) => (match.route.handle as PageHandle | undefined)?.module)
      .filter((module): module is string => module !== undefined),
  };
}

/** Makes JSON safe inside a <script> element: no `</script>`, `<!--`, or line separators. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

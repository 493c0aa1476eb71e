import type { BlogConfig } from "../read/define-config.ts";
import type { SitePost } from "./site-post.ts";
import type { RouteData } from "../../shared/types.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { searchPath, SITEMAP_PATH } from "../../shared/paths.ts";
import { escapeMarkup } from "../../shared/format.ts";

/**
 * The sitemap: every page of the site (posts with their last change, list pages, the
 * timeline), by absolute URL. Alias redirects and the search page (empty until a query) are
 * left out.
 */
export function sitemapXml(
  config: BlogConfig,
  pages: Map<string, RouteData>,
  posts: SitePost[],
): string {
  const changed = new Map(
    posts.map((p) => [p.url, (p.detail.lastmod ?? p.detail.date).day] as const),
  );
  const urls: string[] = [];
  for (const [sitePath, data] of pages) {
    if (data.kind === "redirect" || sitePath === searchPath()) continue;
    const loc = absoluteUrl(config, sitePath);
    if (!loc) continue;
    const lastmod = changed.get(sitePath);
    urls.push(
      `  <url><loc>${escapeMarkup(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** robots.txt: everything may be crawled; points at the sitemap by absolute URL. */
export function robotsTxt(config: BlogConfig): string {
  const sitemap = absoluteUrl(config, SITEMAP_PATH);
  return `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ""}`;
}

import fs from "node:fs";
import path from "node:path";
import type { LoadedSite } from "./site-post.ts";
import type { RouteData } from "../../shared/types.ts";
import { rssFeed } from "./feeds.ts";
import { searchIndexFiles } from "./search-index.ts";
import { robotsTxt, sitemapXml } from "./sitemap.ts";
import { FEED_PATH, SEARCH_INDEX_PATH, SITEMAP_PATH } from "../../shared/paths.ts";

/**
 * The files that help readers and crawlers find the posts, by site path: the RSS feed at
 * Hugo's `/index.xml`, `/sitemap.xml`, `/robots.txt` and the search index. The build writes
 * them; the dev server serves them from memory.
 */
export function discoveryFiles(
  site: LoadedSite,
  pages: Map<string, RouteData>,
): Map<string, string> {
  const files = new Map<string, string>([
    [FEED_PATH, rssFeed(site.config, site.posts)],
    [SITEMAP_PATH, sitemapXml(site.config, pages, site.posts)],
    ["/robots.txt", robotsTxt(site.config)],
  ]);
  for (const [file, json] of searchIndexFiles(site.posts))
    files.set(`${SEARCH_INDEX_PATH}${file}`, json);
  return files;
}

/**
 * Writes the discovery files into the output folder. A Hugo site's own static files are
 * copied afterwards, so a `robots.txt` of its own wins.
 */
export function writeDiscoveryFiles(
  outDir: string,
  site: LoadedSite,
  pages: Map<string, RouteData>,
) {
  for (const [sitePath, text] of discoveryFiles(site, pages)) {
    const file = path.join(outDir, sitePath.slice(1));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

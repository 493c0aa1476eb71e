import fs from "node:fs";
import path from "node:path";
import type { LoadedSite } from "./load-site";
import type { RouteData } from "./types";
import { rssFeed } from "./feeds";
import { searchIndexFiles } from "./search-index";
import { robotsTxt, sitemapXml } from "./sitemap";
import { FEED_PATH, SEARCH_INDEX_PATH, SITEMAP_PATH } from "../shared/paths";

/**
 * Writes the files that help readers and crawlers find the posts: the RSS feed at Hugo's
 * `/index.xml`, `/sitemap.xml`, `/robots.txt` and the search index. A Hugo site's own static
 * files are copied afterwards, so a `robots.txt` of its own wins.
 */
export function writeDiscoveryFiles(
  outDir: string,
  site: LoadedSite,
  pages: Map<string, RouteData>,
) {
  const write = (sitePath: string, text: string) =>
    fs.writeFileSync(path.join(outDir, sitePath.slice(1)), text);
  write(FEED_PATH, rssFeed(site.config, site.posts));
  write(SITEMAP_PATH, sitemapXml(site.config, pages, site.posts));
  write("/robots.txt", robotsTxt(site.config));
  const searchDir = path.join(outDir, SEARCH_INDEX_PATH.slice(1));
  fs.mkdirSync(searchDir, { recursive: true });
  for (const [file, json] of searchIndexFiles(site.posts))
    fs.writeFileSync(path.join(searchDir, file), json);
}

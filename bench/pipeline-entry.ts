// The content pipeline alone, for the benchmark: bench/run.mjs builds this with `vite build
// --ssr` and runs it in a fresh Node process per corpus, so each figure starts cold.
import { projectConfig } from "../src/content/read/blog-env.ts";
import { loadSite } from "../src/content/site/load-site-here.ts";
import { buildRouteData } from "../src/content/site/route-data.ts";

/** Times loadSite (read, parse, render every post) and buildRouteData on one content folder. */
export async function timePipeline(content: string) {
  const started = performance.now();
  const site = await loadSite({ content, projectConfig, mode: "production", env: {} });
  const loaded = performance.now();
  const pages = buildRouteData(site);
  const done = performance.now();
  return {
    posts: site.posts.length,
    pages: pages.size,
    errors: site.errors.length,
    loadMs: loaded - started,
    routeDataMs: done - loaded,
    totalMs: done - started,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

import path from "node:path";
import type { ErrorPayload, Plugin, ViteDevServer } from "vite";
import sirv from "sirv";
import { readBlogEnv, projectConfig } from "../content/read/blog-env.ts";
import { loadSiteWith } from "../content/site/load-site.ts";
import { cachedPostBuilder, openPostCache } from "./post-cache.ts";
import { buildRouteData } from "../content/site/route-data.ts";
import { discoveryFiles } from "../content/site/discovery-files.ts";
import { siteInfoOf } from "../content/site/site-info.ts";
import { formatSummary, formatWarnings } from "./build-report.ts";
import type { RouteData } from "../shared/types.ts";

const SITE_ID = "virtual:furikaeri/site";
const RESOLVED_SITE_ID = "\0" + SITE_ID;

/**
 * The content plugin: sets the base path, serves `virtual:furikaeri/site` (the site's settings)
 * and, in `npm run dev`, serves every page's `route.json` straight from the content folder,
 * reloading the page when a post changes and showing content errors in the overlay.
 */
export function furikaeriContent(): Plugin {
  const blog = readBlogEnv();
  return {
    name: "furikaeri:content",
    config() {
      return { base: blog.config.base };
    },
    resolveId(id) {
      return id === SITE_ID ? RESOLVED_SITE_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_SITE_ID)
        return `export default ${JSON.stringify(siteInfoOf(blog.config))};`;
      return undefined;
    },
    async configureServer(server) {
      let pages = new Map<string, RouteData>();
      let files = new Map<string, string>();
      // The content errors, kept to show again to every page that connects after a reload.
      let overlay: ErrorPayload | null = null;
      // Posts are kept between reloads (in memory: a change of this code restarts the server),
      // so saving one post rebuilds that post, not the blog.
      const cache = openPostCache(null, JSON.stringify(blog.config));
      const reload = async () => {
        const site = await loadSiteWith(
          { content: blog.content, projectConfig, mode: "development", memory: cache },
          cachedPostBuilder(cache, () => null),
        );
        cache.save();
        pages = buildRouteData(site);
        files = discoveryFiles(site, pages);
        for (const warning of formatWarnings(site.report)) server.config.logger.warn(warning);
        for (const error of site.errors) server.config.logger.error(error.message);
        server.config.logger.info(formatSummary(site.report), { timestamp: true });
        const first = site.errors[0];
        overlay = null;
        if (first) {
          overlay = {
            type: "error",
            err: {
              message: site.errors.map((e) => e.message).join("\n"),
              stack: "",
              loc: {
                file: path.join(blog.source.root, first.file),
                line: first.line,
                column: first.column,
              },
              plugin: "furikaeri:content",
            },
          };
          server.ws.send(overlay);
        }
      };
      const reloading = (then?: () => void) =>
        reload().then(then, (error: Error) => server.config.logger.error(error.message));
      await reloading();
      server.ws.on("connection", () => {
        if (overlay) server.ws.send(overlay);
      });
      watchContent(server, blog.source.contentDir, () =>
        reloading(() => server.ws.send({ type: "full-reload" })),
      );
      for (const dir of blog.source.staticDirs)
        server.middlewares.use(blog.config.base, sirv(dir, { dev: true }));
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        const base = blog.config.base.replace(/\/$/, "");
        const file = files.get(decodeURI(url.pathname.slice(base.length)));
        if (file !== undefined) {
          const type = url.pathname.endsWith(".xml")
            ? "application/xml"
            : url.pathname.endsWith(".json")
              ? "application/json"
              : "text/plain";
          res.setHeader("Content-Type", `${type}; charset=utf-8`);
          return res.end(file);
        }
        if (!url.pathname.endsWith("/route.json")) return next();
        const sitePath = url.pathname.slice(base.length, -"route.json".length) || "/";
        const data = pages.get(decodeURI(sitePath));
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.statusCode = data ? 200 : 404;
        res.end(JSON.stringify(data ?? null));
      });
    },
  };
}

function watchContent(server: ViteDevServer, dir: string, onChange: () => void) {
  server.watcher.add(dir);
  let timer: NodeJS.Timeout | undefined;
  const changed = (file: string) => {
    if (!file.startsWith(dir)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, 50);
  };
  server.watcher.on("change", changed);
  server.watcher.on("add", changed);
  server.watcher.on("unlink", changed);
}

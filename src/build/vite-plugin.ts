import fs from "node:fs";
import path from "node:path";
import {
  normalizePath,
  type EnvironmentModuleNode,
  type ErrorPayload,
  type Plugin,
  type ViteDevServer,
} from "vite";
import sirv from "sirv";
import { readBlogEnv, projectConfig } from "../content/read/blog-env.ts";
import { loadSiteWith, reloadPost } from "../content/site/load-site.ts";
import type { LoadedSite } from "../content/site/site-post.ts";
import { cachedPostBuilder, openPostCache, type BuildAsking } from "./post-cache.ts";
import { siteRoutes, type SiteRoutes } from "../content/site/route-data.ts";
import { discoveryFiles } from "../content/site/discovery-files.ts";
import { siteInfoOf } from "../content/site/site-info.ts";
import { formatSummary, formatWarnings } from "./build-report.ts";
import { note } from "../content/progress.ts";
import type { RouteLookup } from "../shared/types.ts";
import { openSitePostCache } from "./site-post-cache.ts";
import { devThreads } from "./dev-threads.ts";

const SITE_ID = "virtual:furikaeri/site";
const RESOLVED_SITE_ID = "\0" + SITE_ID;
/** The module that renders a page in the dev server (through Vite, like the app's code). */
const DEV_RENDER = "/src/build/dev-render.ts";
/**
 * The module that builds posts on the server's thread, with the Markdown pipeline: loaded
 * through Vite when a post must be built there, not with this plugin (with the config), so a
 * start whose posts are all in the cache never loads it (0.5 s of a second start at 1,000
 * posts). Large loads build on threads, from a bundle of their own (dev-threads.ts).
 */
const BUILD_HERE = "/src/build/build-asking.ts";
/** How long after a load the dev server writes the post cache. */
const SAVE_DELAY_MS = 1000;
/** The event that tells open pages their data changed (src/entry-client.tsx). */
export const CONTENT_EVENT = "furikaeri:content";

/**
 * The content plugin: sets the base path, serves `virtual:furikaeri/site` (the site's settings)
 * and, in `npm run dev`, serves every page prerendered (as the build writes it, its data in
 * it for hydration and in-app navigation), straight from the content folder. The server
 * listens at once and builds the posts meanwhile (reusing what the last build or dev server
 * kept, on threads for large sites); the home page may come from the newest posts first, any
 * other request waits for that first load. A saved post is rebuilt alone and open pages
 * reload their data in place; content errors show in the overlay. `PORT` sets the port when
 * `--port` does not.
 */
export function furikaeriContent(): Plugin {
  const blog = readBlogEnv();
  return {
    name: "furikaeri:content",
    async config(config, { command }) {
      const port = command === "serve" ? portFromEnv(process.env.PORT) : undefined;
      const contentDir = blog.source.contentDir;
      // Where the native watcher loads, the content is watched by it (watchContent), not by
      // Vite's watcher (which watches the project, and posts/ in it).
      const native = command === "serve" ? await nativeWatcher() : null;
      const ignored = (file: string) =>
        file === contentDir || file.startsWith(contentDir + path.sep);
      return {
        base: blog.config.base,
        server: {
          ...(config.server?.port === undefined && port !== undefined ? { port } : {}),
          ...(native ? { watch: { ignored: [ignored] } } : {}),
          // Vite transforms the app's first modules (and prebundles its dependencies) while
          // the posts are built, instead of after the first page is asked for.
          // (The server's page renderer is loaded, not only transformed, in configureServer.)
          warmup: { clientFiles: ["./src/entry-client.tsx"] },
        },
      };
    },
    resolveId(id) {
      return id === SITE_ID ? RESOLVED_SITE_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_SITE_ID)
        return `export default ${JSON.stringify(siteInfoOf(blog.config))};`;
      return undefined;
    },
    configureServer(server) {
      // Vitest runs a Vite server of its own from this config, to load the tests: it serves no
      // pages, so it loads no content (it did, the whole posts/ folder, in every test run).
      if (server.config.mode === "test") return;
      // Each page's data, made when the page is asked for (not at every save).
      let pages: SiteRoutes | null = null;
      let files = (): Map<string, string> => new Map();
      // The content errors, kept to show again to every page that connects after a reload.
      let overlay: ErrorPayload | null = null;
      // The same post cache as the production build (on disk; BLOG_CACHE=0: in memory only),
      // so a start reuses what the last build or dev server kept, and saving one post
      // rebuilds that post, not the blog.
      const cache =
        process.env.BLOG_CACHE === "0"
          ? openPostCache(null, JSON.stringify(blog.config))
          : openSitePostCache(blog);
      const threads = devThreads(server.config.logger);
      const here = buildHere(server);
      const info = siteInfoOf(blog.config);
      // The first start builds the newest posts first and shows the post list's first page from
      // them (`firstPage`) while the rest are built; the page then takes the whole site's data
      // in place, as after a save.
      let showFirstPage!: () => void;
      const firstPage = new Promise<void>((resolve) => (showFirstPage = resolve));
      let provisional = false;
      let firstPageShown = false;
      let wholeSiteAt = 0;
      let last: LoadedSite | null = null;
      // Whether every load since the cache was last written read one saved post alone (then
      // the entries of the posts it did not read are kept when the cache is written).
      let onlySavesSinceWrite = false;
      let loadsSinceWrite = 0;
      /** Loads the site again; `saved`: the one post file saved since the last load, if so. */
      const reload = async (saved?: string) => {
        const started = performance.now();
        const firstLoad = pages === null;
        // How many posts this load will build, at most: when that many take threads, they
        // start loading now, while the files are read, and the newest posts shown first are
        // built on them too (a first start), not on the server's thread, which would load the
        // Markdown pipeline for them and hold Vite's work.
        let toBuild = 0;
        const options = {
          content: blog.content,
          projectConfig,
          mode: "development" as const,
          memory: cache,
          onListed: (files: number) => {
            toBuild = files - cache.builtAtOpen;
            if (firstLoad) void threads.pool(toBuild);
          },
        };
        const pool = (posts: number) => threads.pool(Math.max(posts, firstLoad ? toBuild : 0));
        const builder = cachedPostBuilder(cache, pool, here);
        // A saved post is read and built alone when nothing else can have changed with it.
        const alone = last && saved ? await reloadPost(last, saved, options, builder) : null;
        onlySavesSinceWrite = (loadsSinceWrite === 0 || onlySavesSinceWrite) && alone !== null;
        loadsSinceWrite++;
        const site =
          alone ??
          (await loadSiteWith(
            options,
            builder,
            firstLoad
              ? {
                  posts: blog.config.paginate,
                  ready(newest) {
                    pages = siteRoutes(newest);
                    provisional = true;
                    showFirstPage();
                  },
                }
              : undefined,
          ));
        last = site;
        const routes = siteRoutes(site);
        pages = routes;
        if (provisional) wholeSiteAt = performance.now();
        provisional = false;
        // The feeds, sitemap and search index are made when one is asked for, not at each save.
        let made: Map<string, string> | null = null;
        files = () => (made ??= discoveryFiles(site, routes.all()));
        note(`content loaded in ${Math.round(performance.now() - started)} ms`);
        for (const warning of formatWarnings(site.report)) server.config.logger.warn(warning);
        for (const error of site.errors) server.config.logger.error(error.message);
        server.config.logger.info(
          `${formatSummary(site.report)} (${Math.round(performance.now() - started)} ms)`,
          { timestamp: true },
        );
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
        }
      };
      // Loads run one after the other (they share the cache).
      // The first load starts once the server listens: Vite's own start is not held up by it.
      let listening!: () => void;
      let loading = new Promise<void>((resolve) => (listening = resolve));
      /** index.html as Vite serves it (its client, React's refresh preamble) for a URL. */
      const pageTemplate = (url: string, originalUrl?: string) =>
        server.transformIndexHtml(
          url,
          fs.readFileSync(path.join(server.config.root, "index.html"), "utf8"),
          originalUrl,
        );
      // The page renderer's modules (the app, for the server) and the page template are made
      // meanwhile too, so the first page waits for the posts alone (on 1,000 posts the two
      // took 1.6 s after the posts).
      const started = () => {
        listening();
        void server.ssrLoadModule(DEV_RENDER).catch(() => undefined);
        void pageTemplate("/").catch(() => undefined);
      };
      if (server.httpServer) server.httpServer.once("listening", started);
      else started();
      // The cache is written a moment after a load, between loads (they share it), so that the
      // write does not hold the server's thread while open pages ask for their new data.
      let saveTimer: NodeJS.Timeout | undefined;
      const saveSoon = () => {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => {
          saveTimer = undefined;
          loading = loading
            .then(() => {
              cache.save({ keepUnused: onlySavesSinceWrite });
              loadsSinceWrite = 0;
              note("posts kept for the next start");
            })
            .catch((error: Error) => server.config.logger.error(error.message));
        }, SAVE_DELAY_MS);
      };
      const load = (then: () => void, saved?: string) =>
        (loading = loading
          .then(() => reload(saved))
          .then(then)
          .then(saveSoon)
          .catch((error: Error) => server.config.logger.error(error.message)));
      const ready = load(() => {
        if (overlay) server.ws.send(overlay);
        else if (firstPageShown) server.ws.send({ type: "custom", event: CONTENT_EVENT, data: {} });
        // The Markdown pipeline, now the site is loaded, not at the first save (which would
        // wait for it: about a second through Vite).
        void here().catch(() => undefined);
      });
      server.httpServer?.once("close", () => {
        // A write still waiting is made now, so the next start finds what this one built.
        if (saveTimer) {
          clearTimeout(saveTimer);
          void loading.then(() => cache.save({ keepUnused: onlySavesSinceWrite }));
        }
        void threads.close();
      });
      server.ws.on("connection", (socket: { send(text: string): void }) => {
        if (overlay) server.ws.send(overlay);
        // A page shown from the newest posts that connects after the whole site loaded missed
        // the broadcast: it is told alone (pages opened later than that were served whole).
        else if (firstPageShown && !provisional && performance.now() - wholeSiteAt < 30_000)
          socket.send(JSON.stringify({ type: "custom", event: CONTENT_EVENT, data: {} }));
      });
      watchContent(server, blog.source.contentDir, (saved) =>
        load(() => {
          if (overlay) server.ws.send(overlay);
          // Open pages load their data again in place (no page reload), which also clears
          // an error overlay a fixed post left.
          else server.ws.send({ type: "custom", event: CONTENT_EVENT, data: {} });
        }, saved),
      );
      for (const dir of blog.source.staticDirs)
        server.middlewares.use(blog.config.base, sirv(dir, { dev: true }));
      const base = blog.config.base.replace(/\/$/, "");
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        if (!url.pathname.startsWith(base + "/")) return next();
        const sitePath = decodeURI(url.pathname.slice(base.length));
        const page = /\/$|\.html$/.test(sitePath) && accepts(req.headers.accept, "text/html");
        // Pages, and the feeds, sitemap and search index (made when first asked for).
        if (!page && !/\.(xml|txt|json)$/.test(sitePath)) return next();
        // The post list's first page may come from the newest posts, before the whole site.
        const loaded = page && sitePath === "/" ? Promise.race([ready, firstPage]) : ready;
        loaded
          .then(async () => {
            // A page is not one of them: asking would make them all (the search index of
            // every post), which held the first page after each save 250-400 ms on 1,000 posts.
            const file = page ? undefined : files().get(sitePath);
            if (file !== undefined) {
              const type = sitePath.endsWith(".xml")
                ? "application/xml"
                : sitePath.endsWith(".json")
                  ? "application/json"
                  : "text/plain";
              res.setHeader("Content-Type", `${type}; charset=utf-8`);
              return res.end(file);
            }
            if (!page) return next();
            // (None when the first load failed: the page is a 404 and the overlay says why.)
            const routes: RouteLookup = pages ?? new Map();
            const data = routes.get(sitePath);
            if (provisional) firstPageShown = true;
            if (data?.kind === "redirect") {
              res.statusCode = 301;
              res.setHeader("Location", base + data.to);
              return res.end();
            }
            const template = await pageTemplate(req.url ?? "/", req.originalUrl);
            const { renderDevPage } = (await server.ssrLoadModule(
              DEV_RENDER,
            )) as typeof import("./dev-render.ts");
            const rendered = await renderDevPage(sitePath, routes, info, template);
            res.statusCode = rendered.status;
            res.setHeader("Content-Type", "text/html; charset=utf-8");
            res.end(rendered.html);
          })
          .catch((error: Error) => {
            server.ssrFixStacktrace(error);
            next(error);
          });
      });
    },
  };
}

/**
 * `buildAsking` from BUILD_HERE, loaded the first time it is asked for. Loaded through Vite, its
 * modules are not the config's, whose change restarts the server (and changes the post cache's
 * version): a change to one of them restarts the server too.
 */
function buildHere(server: ViteDevServer): () => Promise<BuildAsking> {
  let loaded: Promise<BuildAsking> | null = null;
  // Its source files once loaded; those changed while it loads.
  let files: Set<string> | null = null;
  const changedMeanwhile = new Set<string>();
  // (The module graph's paths are Vite's, with forward slashes on every system.)
  server.watcher.on("change", (changed) => {
    const file = normalizePath(changed);
    if (files?.has(file)) void server.restart();
    else if (loaded && !files) changedMeanwhile.add(file);
  });
  return () =>
    (loaded ??= (async () => {
      const module = (await server.ssrLoadModule(BUILD_HERE)) as typeof import("./build-asking.ts");
      const found = new Set<string>();
      const walk = (node: EnvironmentModuleNode | undefined) => {
        if (!node?.file || found.has(node.file) || node.file.includes("/node_modules/")) return;
        found.add(node.file);
        for (const imported of node.importedModules) walk(imported);
      };
      walk(await server.environments.ssr.moduleGraph.getModuleByUrl(BUILD_HERE));
      files = found;
      if ([...changedMeanwhile].some((file) => found.has(file))) void server.restart();
      changedMeanwhile.clear();
      return module.buildAsking;
    })().catch((error: Error) => {
      loaded = null;
      throw error;
    }));
}

/** Whether an Accept header asks for `type` (a browser's navigation asks for text/html). */
function accepts(header: string | undefined, type: string): boolean {
  return header?.includes(type) ?? false;
}

/** PORT from the environment, checked; undefined when unset. */
export function portFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT=${value} is not a port number; set PORT to a number from 1 to 65535`);
  return port;
}

/**
 * Calls `onChange` 50 ms after the last change under the content folder, with the file when
 * the changes were saves of that one file (not an added, removed or renamed one).
 *
 * @parcel/watcher watches it (inotify, FSEvents, ReadDirectoryChangesW, from native code), not
 * Vite's chokidar: chokidar reads a folder again, with a stat of each file in it, at every
 * change in it, and a blog keeps its posts in one folder: at 10,000 posts that took 130-220 ms
 * of the server's thread at each save. Where the native module does not load, chokidar does.
 */
function watchContent(server: ViteDevServer, dir: string, onChange: (saved?: string) => void) {
  let timer: NodeJS.Timeout | undefined;
  const events = new Map<string, string>();
  const changed = (file: string, event: "update" | "create" | "delete") => {
    events.set(file, events.has(file) && events.get(file) !== event ? "several" : event);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const [only, ...others] = events;
      events.clear();
      onChange(only && others.length === 0 && only[1] === "update" ? only[0] : undefined);
    }, 50);
  };
  void nativeWatcher().then(async (native) => {
    if (!native) {
      server.watcher.add(dir);
      const under = (event: "update" | "create" | "delete") => (file: string) => {
        if (file.startsWith(dir + path.sep)) changed(file, event);
      };
      server.watcher.on("change", under("update"));
      server.watcher.on("add", under("create"));
      server.watcher.on("unlink", under("delete"));
      return;
    }
    try {
      const subscription = await native.subscribe(
        dir,
        (error, found) => {
          if (error) server.config.logger.error(`watching ${dir}: ${error.message}`);
          for (const event of found) changed(event.path, event.type);
        },
        { ignore: ["node_modules", ".git"] },
      );
      server.httpServer?.once("close", () => void subscription.unsubscribe());
    } catch (error) {
      server.config.logger.error(
        `${dir}: saved posts will not show until the server restarts: watching failed (${(error as Error).message}); on Linux, raise fs.inotify.max_user_watches`,
      );
    }
  });
}

let native: Promise<typeof import("@parcel/watcher") | null> | null = null;

/**
 * @parcel/watcher, or null where its native module does not load or `BLOG_WATCH=chokidar`
 * asks for Vite's watcher (which `CHOKIDAR_USEPOLLING=1` makes poll, for folders whose changes
 * the system does not report, as some network and container mounts).
 */
function nativeWatcher() {
  return (native ??=
    process.env.BLOG_WATCH === "chokidar"
      ? Promise.resolve(null)
      : import("@parcel/watcher").catch(() => null));
}

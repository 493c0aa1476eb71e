import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { readBlogEnv, projectConfig } from "../content/read/blog-env.ts";
import { loadSiteWith } from "../content/site/load-site.ts";
import type { LoadedSite } from "../content/site/site-post.ts";
import { buildRouteData } from "../content/site/route-data.ts";
import { siteInfoOf } from "../content/site/site-info.ts";
import { formatRetrospectives, formatSummary, formatWarnings } from "./build-report.ts";
import type { RouteData, SiteInfo } from "../shared/types.ts";
import { headersFile } from "../content/site/security-headers.ts";
import { renderPage } from "../entry-server.tsx";
import { discoveryFiles } from "../content/site/discovery-files.ts";
import { note, progress } from "../content/progress.ts";
import { buildVersion } from "./build-version.ts";
import { cachedPostBuilder, type PostCache } from "./post-cache.ts";
import { buildAsking } from "./build-asking.ts";
import { shortHash } from "./hash.ts";
import { CACHE_DIR, openSitePostCache } from "./site-post-cache.ts";
import { hashOf, openOutputFolder, type OutputFolder } from "./output-folder.ts";
import { defineTask, MIN_FOR_THREADS, startThreadPool, type ThreadPool } from "./thread-pool.ts";
import { escapeMarkup } from "../shared/format.ts";
import { fillTemplate, type Preloads } from "./fill-template.ts";

/** How many pages a thread renders at a time. */
const PAGE_BATCH = 16;

/**
 * The last build step, run in Node after the bundles are built: reads the content, builds the
 * posts (on every core, reusing the last build's work for unchanged posts), writes every page
 * of the site as prerendered HTML (carrying its data, for hydration and navigation), the 404
 * page, alias redirects, the feeds and search index, copies the client bundle and the Hugo
 * site's static files, writes the build report and prints the summary line. Only files that
 * changed since the last build are written. Returns the exit code (1 when any post has an error).
 */
export async function prerender(
  env: Record<string, string | undefined> = process.env,
  clientDir = env.FURIKAERI_CLIENT_DIR,
): Promise<number> {
  if (!clientDir) throw new Error("prerender needs the client bundle's folder");
  const blog = readBlogEnv(env);
  const cacheOn = env.BLOG_CACHE !== "0";
  const version = buildVersion();
  // Shared with the dev server (npm run dev), which starts from what this build keeps.
  const cache = cacheOn ? openSitePostCache(blog) : null;
  const threads = threadStarter(env);
  try {
    const site = await loadPosts(blog, env, cache, threads);
    step("posts loaded");
    reportOn(site, blog.report);
    if (site.errors.length > 0) {
      for (const error of site.errors) console.error(error.message);
      console.error(formatSummary(site.report));
      return 1;
    }
    cache?.save();
    step("report and cache written");
    const out = openOutput(blog.outDir, cacheOn);
    const { pages, rendered } = await writeSite(out, site, { clientDir, version }, threads);
    const files = await out.finish();
    step("output finished");
    // performance.now() counts from the start of the build's process, bundles included.
    const seconds = (performance.now() / 1000).toFixed(1);
    const where = path.relative(process.cwd(), blog.outDir) || ".";
    console.log(
      `${pages} pages (${rendered} rendered) in ${where} in ${seconds} s: ${files.written} files written, ${files.kept} unchanged, ${files.removed} removed`,
    );
    for (const line of formatRetrospectives(site.report)) console.log(line);
    console.log(formatSummary(site.report));
    return 0;
  } finally {
    await threads.close();
  }
}

/** With BLOG_PROGRESS=1, says when a build step ended (seconds since the process started). */
const step = (what: string) => note(`${what} at ${(performance.now() / 1000).toFixed(1)} s`);

type Blog = ReturnType<typeof readBlogEnv>;
type Threads = ((work: number) => ThreadPool | null) & { close(): Promise<void> };

/**
 * Starts the thread pool the first time enough work asks for it. BLOG_THREADS sets how many
 * threads, for any build (1: none); unset, threads are started for large builds only.
 */
function threadStarter(env: Record<string, string | undefined>): Threads {
  let pool: ThreadPool | null | undefined;
  const threadCount = Number(env.BLOG_THREADS) || undefined;
  const minForThreads = threadCount ? 1 : MIN_FOR_THREADS;
  const threads = (work: number) =>
    work < minForThreads ? null : pool === undefined ? (pool = startThreadPool(threadCount)) : pool;
  return Object.assign(threads, { close: async () => pool?.close() });
}

/** Reads the content and builds its posts: from the cache, on this thread or on threads. */
function loadPosts(
  blog: Blog,
  env: Record<string, string | undefined>,
  cache: PostCache | null,
  threads: Threads,
): Promise<LoadedSite> {
  return loadSiteWith(
    {
      content: blog.content,
      projectConfig,
      mode: "production",
      env,
      memory: cache ?? undefined,
      onListed: (files) => {
        // A small site's build keeps its memory low: V8 lets the heap grow to 1.5 times
        // what was live after a collection instead of up to four times when allocating fast.
        // At 10,000 posts (on threads, with far more live data) a smaller heap cost time and
        // saved little, so large sites keep V8's default (figures in BENCHMARKS.md).
        if (files < MIN_FOR_THREADS) v8.setFlagsFromString("--heap-growing-percent=50");
        // Threads take a while to load the build: when most posts will be built (a first
        // build), they are started before the files are read, and load meanwhile.
        void threads(files - (cache?.builtAtOpen ?? 0));
      },
    },
    cachedPostBuilder(cache, threads, () => buildAsking),
  );
}

/** Writes the JSON report when asked for, and prints every warning. */
function reportOn(site: LoadedSite, reportFile: string | null) {
  if (reportFile) {
    fs.mkdirSync(path.dirname(reportFile), { recursive: true });
    fs.writeFileSync(reportFile, JSON.stringify({ files: site.report }, null, 2) + "\n");
  }
  for (const warning of formatWarnings(site.report)) console.warn(warning);
}

/**
 * The output folder, kept in step with a manifest of what the last build wrote. Without the
 * cache it is written whole and no manifest kept; an older one would describe files this build
 * replaced, so the next build starts afresh too.
 */
function openOutput(outDir: string, cacheOn: boolean): OutputFolder {
  const manifest = path.join(CACHE_DIR, "out", `${shortHash(outDir)}.json`);
  if (!cacheOn) fs.rmSync(manifest, { force: true });
  return openOutputFolder(outDir, cacheOn ? manifest : null, path.join(CACHE_DIR, "trash"));
}

/**
 * Everything the site publishes: the client bundle, every page, alias redirects, the 404 page,
 * feeds, sitemap and search index, the Hugo site's static files, and the host's settings.
 */
async function writeSite(
  out: OutputFolder,
  site: LoadedSite,
  { clientDir, version }: { clientDir: string; version: string },
  threads: Threads,
): Promise<{ pages: number; rendered: number }> {
  const template = fs.readFileSync(path.join(clientDir, "index.html"), "utf8");
  // Vite's manifest (which chunk holds which page's code) is for the build, not the site.
  for (const rel of listFiles(clientDir))
    if (rel !== "index.html" && !rel.startsWith(".vite/")) out.copy(rel, path.join(clientDir, rel));
  const preloads = chunkPreloads(clientDir, site.config.base);
  const info = siteInfoOf(site.config);
  const pages = buildRouteData(site);
  step("route data built");
  const rendered = await writePages(out, pages, { template, info, version, preloads }, threads);
  step("pages written");
  const base = site.config.base.replace(/\/$/, "");
  for (const [sitePath, data] of pages)
    if (data.kind === "redirect")
      out.write(
        pageFile(sitePath),
        redirectPage(base + data.to, site.config.baseURL.replace(/\/$/, "") + data.to),
      );
  out.write(
    "404.html",
    fillTemplate(template, await renderPage("/404.html", new Map(), info), { preloads }),
  );
  // A Hugo site's own static files are copied after the generated files, so its own
  // `robots.txt` or `_headers` wins.
  for (const [sitePath, text] of discoveryFiles(site, pages)) out.write(sitePath.slice(1), text);
  step("feeds, sitemap and search index written");
  for (const dir of site.source.staticDirs)
    for (const rel of listFiles(dir)) out.copy(rel, path.join(dir, rel));
  // GitHub Pages runs Jekyll unless told not to; it would drop nothing today, but be explicit.
  out.write(".nojekyll", "");
  // The Content-Security-Policy and other headers, for hosts that read `_headers`.
  if (out.has("_headers")) console.log("_headers kept from the site's static files");
  else out.write("_headers", headersFile());
  // For scripts/serve.mjs, which serves the site under the same base path.
  out.write(".base", site.config.base);
  return { pages: pages.size, rendered };
}

interface PageSettings {
  template: string;
  info: SiteInfo;
  version: string;
  preloads: Preloads;
}

/**
 * Writes every page's prerendered HTML, which carries the page's data for hydration and for
 * in-app navigation (src/browser/route-data-source.ts); a page whose data, template and code
 * are those of the last build is kept as it is. Returns how many pages were rendered.
 */
async function writePages(
  out: OutputFolder,
  pages: Map<string, RouteData>,
  settings: PageSettings,
  threads: (pages: number) => ThreadPool | null,
): Promise<number> {
  const { template, info, preloads } = settings;
  const pageVersion = hashOf(
    `${settings.version}\0${template}\0${JSON.stringify(info)}\0${JSON.stringify(preloads)}`,
  );
  const todo: [string, RouteData, string][] = [];
  for (const [sitePath, data] of pages) {
    if (data.kind === "redirect") continue;
    const key = hashOf(`${pageVersion}\0${sitePath}\0${JSON.stringify(data)}`);
    if (!out.keep(pageFile(sitePath), key)) todo.push([sitePath, data, key]);
  }
  const writing = progress("pages written");
  const write = ([sitePath, , key]: [string, RouteData, string], html: string) => {
    writing.tick();
    out.write(pageFile(sitePath), html, key);
  };
  const pool = threads(todo.length);
  if (pool) {
    const batches: [string, RouteData, string][][] = [];
    for (let i = 0; i < todo.length; i += PAGE_BATCH) batches.push(todo.slice(i, i + PAGE_BATCH));
    await Promise.all(
      batches.map(async (batch) => {
        const html = await pool.run<string[]>("page-render", {
          pages: batch.map(([sitePath, data]) => [sitePath, data]),
          template,
          info,
          preloads,
        } satisfies PageBatch);
        batch.forEach((page, n) => write(page, html[n]!));
      }),
    );
  } else
    for (const page of todo)
      write(
        page,
        (await renderPages({ pages: [[page[0], page[1]]], template, info, preloads }))[0]!,
      );
  writing.done();
  return todo.length;
}

interface PageBatch {
  pages: [string, RouteData][];
  template: string;
  info: SiteInfo;
  preloads: Preloads;
}

/** Renders pages one after the other (rendering shares the route data source). */
async function renderPages({ pages, template, info, preloads }: PageBatch): Promise<string[]> {
  const html: string[] = [];
  for (const [sitePath, data] of pages)
    html.push(
      fillTemplate(template, await renderPage(sitePath, new Map([[sitePath, data]]), info), {
        preloads,
      }),
    );
  return html;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * From Vite's manifest of the client bundle (vite.config.ts turns Vite's own preloading off):
 * a prerendered page preloads all the code it runs first, its page's too, so that arrives
 * with the entry script instead of after it, and the page hydrates without its fallback.
 */
export function chunkPreloads(clientDir: string, base: string): Preloads {
  const file = path.join(clientDir, ".vite", "manifest.json");
  if (!fs.existsSync(file)) return { entry: [], pages: {} };
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, ManifestChunk>;
  const walk = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const imported of chunk.imports ?? []) walk(imported, into);
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  const entryFiles = new Set(entries.map((key) => manifest[key]!.file));
  const loaded = new Set<string>();
  for (const key of entries) walk(key, loaded);
  const pages: Record<string, string[]> = {};
  for (const key of Object.keys(manifest)) {
    if (manifest[key]!.isEntry) continue;
    const files = new Set<string>();
    walk(key, files);
    pages[key] = [...files].filter((f) => !loaded.has(f)).map((f) => base + f);
  }
  return {
    entry: [...loaded].filter((f) => !entryFiles.has(f)).map((f) => base + f),
    pages,
  };
}

defineTask("page-render", renderPages);

function redirectPage(to: string, canonical: string): string {
  const href = escapeMarkup(to);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${href}</title><link rel="canonical" href="${escapeMarkup(canonical)}"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${href}"></head><body><p><a href="${href}">${href}</a></p></body></html>\n`;
}

/** The output file of a page: `/a/b/` → `a/b/index.html`; `/a.html` → `a.html`. */
function pageFile(sitePath: string): string {
  const rel = decodeURI(sitePath).replace(/^\/+/, "");
  return sitePath.endsWith("/") ? `${rel}index.html` : rel;
}

/** Every file under a folder, as POSIX paths relative to it. */
function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .sort();
}

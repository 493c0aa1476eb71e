import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { readBlogEnv, projectConfig } from "../content/blog-env.ts";
import { loadSiteWith } from "../content/site/load-site.ts";
import { buildRouteData } from "../content/site/route-data.ts";
import { siteInfoOf } from "../content/site/site-info.ts";
import { formatRetrospectives, formatSummary, formatWarnings } from "./build-report.ts";
import type { RouteData, SiteInfo } from "../shared/types.ts";
import { cspMetaTag, headersFile } from "../content/site/security-headers.ts";
import { escapeHtml, renderPage, type RenderedPage } from "../entry-server.tsx";
import { discoveryFiles } from "../content/site/discovery-files.ts";
import { progress } from "../content/progress.ts";
import { buildVersion } from "./build-version.ts";
import { cachedPostBuilder, openPostCache } from "./post-cache.ts";
import { hashOf, openOutputFolder, type OutputFolder } from "./output-folder.ts";
import { defineTask, MIN_FOR_THREADS, startThreadPool, type ThreadPool } from "./thread-pool.ts";

/** Where the build keeps what it reuses: node_modules/.cache, as Vite and Babel do. */
const CACHE_DIR = path.resolve("node_modules/.cache/furikaeri");
/** How many pages a thread renders at a time. */
const PAGE_BATCH = 16;

/**
 * The last build step, run in Node after the bundles are built: reads the content, builds the
 * posts (on every core, reusing the last build's work for unchanged posts), writes every page
 * of the site as prerendered HTML with its `route.json`, the 404 page, alias redirects, the
 * feeds and search index, copies the client bundle and the Hugo site's static files, writes
 * the build report and prints the summary line. Only files that changed since the last build
 * are written. Returns the exit code (1 when any post has an error).
 */
export async function prerender(
  env: Record<string, string | undefined> = process.env,
  clientDir = env.FURIKAERI_CLIENT_DIR,
): Promise<number> {
  if (!clientDir) throw new Error("prerender needs the client bundle's folder");
  const blog = readBlogEnv(env);
  const cacheOn = env.BLOG_CACHE !== "0";
  const version = buildVersion();
  const siteKey = shortHash(`${blog.content}\0${blog.config.base}`);
  // Everything but the files that shapes what reading and building a post gives: the build's
  // code and the site's settings (permalinks, language, base path).
  const cache = cacheOn
    ? openPostCache(
        path.join(CACHE_DIR, "posts", siteKey),
        `${version}\0${JSON.stringify(blog.config)}`,
      )
    : null;
  let pool: ThreadPool | null | undefined;
  // BLOG_THREADS sets how many threads, for any build (1: none); unset, threads are started
  // for large builds only, one per core.
  const threadCount = Number(env.BLOG_THREADS) || undefined;
  const minForThreads = threadCount ? 1 : MIN_FOR_THREADS;
  const threads = (work: number) =>
    work < minForThreads ? null : pool === undefined ? (pool = startThreadPool(threadCount)) : pool;
  try {
    const site = await loadSiteWith(
      {
        content: blog.content,
        projectConfig,
        mode: "production",
        env,
        memory: cache ?? undefined,
        onListed: (files) => {
          // A small site's build keeps its memory low: V8 lets the heap grow to 1.5 times
          // what was live after a collection instead of up to four times when allocating fast.
          // Measured on 1,000 posts: 249-255 MB instead of 382-396 MB in the same time (twice:
          // 270-278 MB); at 10,000 posts (on threads, with far more live data) a smaller heap
          // cost 10% more time and saved little, so large sites keep V8's default.
          if (files < MIN_FOR_THREADS) v8.setFlagsFromString("--heap-growing-percent=50");
          // Threads take a while to load the build: when most posts will be built (a first
          // build), they are started before the files are read, and load meanwhile.
          void threads(files - (cache?.builtAtOpen ?? 0));
        },
      },
      cachedPostBuilder(cache, threads),
    );
    if (blog.report) {
      fs.mkdirSync(path.dirname(blog.report), { recursive: true });
      fs.writeFileSync(blog.report, JSON.stringify({ files: site.report }, null, 2) + "\n");
    }
    for (const warning of formatWarnings(site.report)) console.warn(warning);
    if (site.errors.length > 0) {
      for (const error of site.errors) console.error(error.message);
      console.error(formatSummary(site.report));
      return 1;
    }
    cache?.save();
    const manifest = path.join(CACHE_DIR, "out", `${shortHash(blog.outDir)}.json`);
    // Without the cache the folder is written whole and no manifest kept; an older one would
    // describe files this build replaced, so the next build starts afresh too.
    if (!cacheOn) fs.rmSync(manifest, { force: true });
    const out = openOutputFolder(
      blog.outDir,
      cacheOn ? manifest : null,
      path.join(CACHE_DIR, "trash"),
    );
    const template = fs.readFileSync(path.join(clientDir, "index.html"), "utf8");
    for (const rel of listFiles(clientDir))
      if (rel !== "index.html") out.copy(rel, path.join(clientDir, rel));
    const info = siteInfoOf(site.config);
    const pages = buildRouteData(site);
    const rendered = await writePages(out, pages, { template, info, version }, threads);
    const base = site.config.base.replace(/\/$/, "");
    for (const [sitePath, data] of pages)
      if (data.kind === "redirect")
        out.write(
          relOf(sitePath, "index.html"),
          redirectPage(base + data.to, site.config.baseURL.replace(/\/$/, "") + data.to),
        );
    out.write("404.html", fillTemplate(template, await renderPage("/404.html", new Map(), info)));
    // A Hugo site's own static files are copied after the generated files, so its own
    // `robots.txt` or `_headers` wins.
    for (const [sitePath, text] of discoveryFiles(site, pages)) out.write(sitePath.slice(1), text);
    for (const dir of site.source.staticDirs)
      for (const rel of listFiles(dir)) out.copy(rel, path.join(dir, rel));
    // GitHub Pages runs Jekyll unless told not to; it would drop nothing today, but be explicit.
    out.write(".nojekyll", "");
    // The Content-Security-Policy and other headers, for hosts that read `_headers`.
    if (out.has("_headers")) console.log("_headers kept from the site's static files");
    else out.write("_headers", headersFile());
    // For scripts/serve.mjs, which serves the site under the same base path.
    out.write(".base", site.config.base);
    const files = out.finish();
    // performance.now() counts from the start of the build's process, bundles included.
    const seconds = (performance.now() / 1000).toFixed(1);
    const where = path.relative(process.cwd(), blog.outDir) || ".";
    console.log(
      `${pages.size} pages (${rendered} rendered) in ${where} in ${seconds} s: ${files.written} files written, ${files.kept} unchanged, ${files.removed} removed`,
    );
    for (const line of formatRetrospectives(site.report)) console.log(line);
    console.log(formatSummary(site.report));
    return 0;
  } finally {
    await pool?.close();
  }
}

interface PageSettings {
  template: string;
  info: SiteInfo;
  version: string;
}

/**
 * Writes every page's `route.json` and prerendered HTML; a page whose data, template and code
 * are those of the last build is kept as it is. Returns how many pages were rendered.
 */
async function writePages(
  out: OutputFolder,
  pages: Map<string, RouteData>,
  settings: PageSettings,
  threads: (pages: number) => ThreadPool | null,
): Promise<number> {
  const { template, info } = settings;
  const pageVersion = hashOf(`${settings.version}\0${template}\0${JSON.stringify(info)}`);
  const todo: [string, RouteData, string][] = [];
  for (const [sitePath, data] of pages) {
    if (data.kind === "redirect") continue;
    const json = JSON.stringify(data);
    const key = hashOf(`${pageVersion}\0${sitePath}\0${json}`);
    out.write(relOf(sitePath, "route.json"), json, key);
    if (!out.keep(relOf(sitePath, "index.html"), key)) todo.push([sitePath, data, key]);
  }
  const writing = progress("pages written");
  const write = ([sitePath, , key]: [string, RouteData, string], html: string) => {
    writing.tick();
    out.write(relOf(sitePath, "index.html"), html, key);
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
        } satisfies PageBatch);
        batch.forEach((page, n) => write(page, html[n]!));
      }),
    );
  } else
    for (const page of todo)
      write(page, (await renderPages({ pages: [[page[0], page[1]]], template, info }))[0]!);
  writing.done();
  return todo.length;
}

interface PageBatch {
  pages: [string, RouteData][];
  template: string;
  info: SiteInfo;
}

/** Renders pages one after the other (rendering shares the route data source). */
async function renderPages({ pages, template, info }: PageBatch): Promise<string[]> {
  const html: string[] = [];
  for (const [sitePath, data] of pages)
    html.push(
      fillTemplate(template, await renderPage(sitePath, new Map([[sitePath, data]]), info)),
    );
  return html;
}

defineTask("page-render", renderPages);

/** Puts a rendered page into the built index.html. */
export function fillTemplate(template: string, page: RenderedPage): string {
  // Replacer functions, so a `$&` or `$'` in a title is text, not a replacement pattern.
  return template
    .replace(/<html lang="[^"]*">/, () => `<html lang="${escapeHtml(page.lang)}">`)
    .replace("<!--app-head-->", () => `${cspMetaTag()}\n    ${page.head}`)
    .replace("<!--app-html-->", () => page.html)
    .replace(
      "<!--app-data-->",
      () => `<script type="application/json" id="route-data">${page.hydration}</script>`,
    );
}

function redirectPage(to: string, canonical: string): string {
  const href = escapeHtml(to);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${href}</title><link rel="canonical" href="${escapeHtml(canonical)}"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${href}"></head><body><p><a href="${href}">${href}</a></p></body></html>\n`;
}

/** The output file of a site path: `/a/b/` → `a/b/<name>`; `/a.html` → `a.html`. */
function relOf(sitePath: string, name: string): string {
  const rel = decodeURI(sitePath).replace(/^\/+/, "");
  if (name === "route.json") return `${rel.replace(/\/?$/, "/")}${name}`.replace(/^\//, "");
  return sitePath.endsWith("/") ? `${rel}${name}` : rel;
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

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

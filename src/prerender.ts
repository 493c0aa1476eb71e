import fs from "node:fs";
import path from "node:path";
import { readBlogEnv, projectConfig } from "./content/blog-env.ts";
import { loadSite } from "./content/load-site.ts";
import { buildRouteData } from "./content/route-data.ts";
import { siteInfoOf } from "./content/site-info.ts";
import { formatSummary, formatWarnings } from "./content/summary.ts";
import type { RouteData } from "./content/types.ts";
import { cspMetaTag, writeHeadersFile } from "./content/security-headers.ts";
import { escapeHtml, renderPage, type RenderedPage } from "./entry-server.tsx";
import { writeDiscoveryFiles } from "./content/discovery-files.ts";
import { prepareBuildCache } from "./content/render-workers.ts";
import { progress } from "./content/progress.ts";
import { cachedResult } from "./content/render-cache.ts";
import { ensureDir } from "./content/ensure-dir.ts";

/**
 * The last build step, run in Node after `vite build`: reads the content, writes every page of
 * the site as prerendered HTML with its `route.json`, the 404 page and alias redirects, copies
 * the Hugo site's static files, writes the build report and prints the summary line. Returns
 * the exit code (1 when any post has an error).
 */
export async function prerender(
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const blog = readBlogEnv(env);
  await prepareBuildCache(blog, env);
  const site = loadSite({ content: blog.content, projectConfig, mode: "production", env });
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
  const info = siteInfoOf(site.config);
  const pages = buildRouteData(site);
  const template = fs.readFileSync(path.join(blog.outDir, "index.html"), "utf8");
  const base = site.config.base.replace(/\/$/, "");
  let written = 0;
  const writing = progress("pages written");
  for (const [sitePath, data] of pages) {
    writing.tick();
    if (data.kind === "redirect") {
      writePage(
        blog.outDir,
        sitePath,
        redirectPage(base + data.to, site.config.baseURL.replace(/\/$/, "") + data.to),
      );
      continue;
    }
    const page = await cachedResult("page", JSON.stringify([sitePath, data, info]), () =>
      renderPage(sitePath, pages, info),
    );
    writePage(blog.outDir, sitePath, fillTemplate(template, page));
    writeJson(blog.outDir, sitePath, data);
    written++;
  }
  writing.done();
  const notFound = await renderPage("/404.html", new Map(), info);
  fs.writeFileSync(path.join(blog.outDir, "404.html"), fillTemplate(template, notFound));
  writeDiscoveryFiles(blog.outDir, site, pages);
  for (const dir of site.source.staticDirs) fs.cpSync(dir, blog.outDir, { recursive: true });
  // GitHub Pages runs Jekyll unless told not to; it would drop nothing today, but be explicit.
  fs.writeFileSync(path.join(blog.outDir, ".nojekyll"), "");
  // The Content-Security-Policy and other headers, for hosts that read `_headers`.
  if (!writeHeadersFile(blog.outDir)) console.log("_headers kept from the site's static files");
  // For scripts/serve.mjs, which serves the site under the same base path.
  fs.writeFileSync(path.join(blog.outDir, ".base"), site.config.base);
  // performance.now() counts from the start of the build's process, Vite builds included.
  const seconds = (performance.now() / 1000).toFixed(1);
  console.log(
    `${written} pages written to ${path.relative(process.cwd(), blog.outDir) || "."} in ${seconds} s`,
  );
  console.log(formatSummary(site.report));
  return 0;
}

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

function fileFor(outDir: string, sitePath: string, name: string): string {
  const rel = decodeURI(sitePath).replace(/^\/+/, "");
  const file = sitePath.endsWith("/") ? path.join(outDir, rel, name) : path.join(outDir, rel);
  if (!path.resolve(file).startsWith(path.resolve(outDir)))
    throw new Error(`refusing to write outside the output folder: ${sitePath}`);
  return file;
}

function writePage(outDir: string, sitePath: string, html: string) {
  const file = fileFor(outDir, sitePath, "index.html");
  ensureDir(path.dirname(file));
  fs.writeFileSync(file, html);
}

function writeJson(outDir: string, sitePath: string, data: RouteData) {
  const file = fileFor(outDir, sitePath.endsWith("/") ? sitePath : `${sitePath}/`, "route.json");
  ensureDir(path.dirname(file));
  fs.writeFileSync(file, JSON.stringify(data));
}

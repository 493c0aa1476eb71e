// Static byte counts of a built site: the JavaScript a page loads first (its module scripts,
// modulepreload links and their static imports, gzipped) and the size of the output folder.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/** The output file a site URL (or a page's relative asset URL) points at. */
function fileOf(dist, url, from = "/") {
  const pathname = decodeURI(new URL(url, `http://x${from}`).pathname);
  const file = path.join(dist, pathname);
  return pathname.endsWith("/") ? path.join(file, "index.html") : file;
}

/**
 * First-load JavaScript of the page at `sitePath`: every module script and modulepreload of its
 * HTML, plus the chunks those import statically, gzipped one by one (as a server would send them).
 */
export function firstLoadJs(dist, sitePath) {
  const html = fs.readFileSync(fileOf(dist, sitePath), "utf8");
  const queue = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const module = /type="module"/.test(tag) && /src="([^"]+)"/.exec(tag);
    const preload = /rel="modulepreload"/.test(tag) && /href="([^"]+)"/.exec(tag);
    const src = (module || preload)?.[1];
    if (src) queue.push(fileOf(dist, src, sitePath));
  }
  const seen = new Set();
  let gzip = 0;
  let raw = 0;
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const bytes = fs.readFileSync(file);
    gzip += gzipSize(bytes);
    raw += bytes.length;
    // Static imports only (`import"./x.js"`, `from"./x.js"`); dynamic import() is not first load.
    for (const m of bytes
      .toString("utf8")
      .matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g))
      queue.push(path.resolve(path.dirname(file), m[1]));
  }
  return { files: [...seen].map((f) => path.relative(dist, f)), gzip, raw };
}

/** Total size of a folder, in bytes, and its file count. */
export function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Picks the pages to measure: the home, the first post in the home's list, a timeline year. */
export function samplePages(dist) {
  const home = fs.readFileSync(fileOf(dist, "/"), "utf8");
  const post = /class="post-card__title"><a[^>]*href="([^"]+)"/.exec(home)?.[1];
  const timelineDir = path.join(dist, "timeline");
  const years = fs.existsSync(timelineDir)
    ? fs
        .readdirSync(timelineDir)
        .filter((y) => /^\d{4}$/.test(y))
        .sort()
    : [];
  return {
    home: "/",
    post: post ?? null,
    timeline: years.length > 0 ? `/timeline/${years[years.length - 1]}/` : "/timeline/",
  };
}

/** Every kind of page: the three above, and the timeline, archive, tag and search pages. */
export function everyKindOfPage(dist) {
  const firstIn = (folder, pattern) =>
    fs.existsSync(path.join(dist, folder))
      ? fs
          .readdirSync(path.join(dist, folder))
          .filter((name) => pattern.test(name))
          .sort()[0]
      : undefined;
  const year = firstIn("archive", /^\d{4}$/);
  const tag = firstIn("tags", /^[^.]+$/);
  return {
    ...samplePages(dist),
    "timeline index": "/timeline/",
    archive: "/archive/",
    "archive year": year ? `/archive/${year}/` : null,
    tags: "/tags/",
    tag: tag ? `/tags/${tag}/` : null,
    search: "/search/",
  };
}

// `node bench/bytes.mjs DIST`: the first-load JavaScript of every kind of page of a built site.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] ?? "dist");
  console.log("| page | URL | first-load JS (gzip) | files |\n| --- | --- | ---: | ---: |");
  for (const [name, url] of Object.entries(everyKindOfPage(dist))) {
    if (!url || !fs.existsSync(fileOf(dist, url))) continue;
    const { gzip, files } = firstLoadJs(dist, url);
    console.log(`| ${name} | ${url} | ${gzip.toLocaleString("en")} B | ${files.length} |`);
  }
}

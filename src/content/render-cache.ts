import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import type { Root as MdastRoot, RootContent } from "mdast";
import { ensureDir } from "./ensure-dir.ts";
import {
  parseMarkdown as parseUncached,
  renderPost as renderUncached,
  type RenderContext,
  type RenderedPost,
} from "./markdown.ts";

/**
 * A content-keyed cache of the Markdown pipeline's two costly steps, so a rebuild after one
 * post changes parses and renders only that post. Entries live in files under the cache folder,
 * keyed by a hash of the input and of the pipeline's version (the build's own code and the
 * lockfile), so any change of code or dependencies starts afresh. A rendered post also records
 * what it asked the site (link targets, image sizes): the entry is used only when the site
 * still answers the same, and replaying the questions keeps callers' side effects (links to
 * other posts). Off unless enableRenderCache is called (the production build does).
 */
interface CacheState {
  dir: string;
  version: string;
  used: Set<string>;
  hits: number;
  misses: number;
}

let state: CacheState | null = null;

interface RenderEntry extends RenderedPost {
  links: [string, string | null][];
  images: [string, { width: number; height: number } | null][];
}

/**
 * Turns the cache on for this process, in `dir`; stale entries are removed when it exits.
 * `version` is given by worker threads, which share their build's.
 */
export function enableRenderCache(dir: string, version = pipelineVersion()): void {
  state = { dir, version, used: new Set(), hits: 0, misses: 0 };
  const current = state;
  if (isMainThread) process.once("exit", () => prune(current));
}

/** The cache folder and version in use, or null when the cache is off. */
export function renderCacheSettings(): { dir: string; version: string } | null {
  return state && { dir: state.dir, version: state.version };
}

/** Whether the parsed tree of a Markdown body is already in the cache. */
export function hasParsed(body: string): boolean {
  return state !== null && fs.existsSync(fileOf(state, keyOf(state, "parse", body)));
}

/** A hash of the build's own code (the running bundle's folder) and of the lockfile. */
function pipelineVersion(): string {
  const version = createHash("sha256");
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of fs.readdirSync(here).sort())
    if (/\.(m?js|ts)$/.test(name))
      version.update(name).update(fs.readFileSync(path.join(here, name)));
  for (const file of ["package-lock.json", "package.json"])
    if (fs.existsSync(file)) version.update(fs.readFileSync(file));
  return version.digest("hex");
}

/**
 * Turns the cache on for a production build of `content` with base path `base`, in
 * node_modules/.cache/furikaeri/posts/<site>/, unless BLOG_CACHE=0.
 */
export function enableBuildCache(
  content: string,
  base: string,
  env: Record<string, string | undefined>,
): void {
  if (env.BLOG_CACHE === "0") return;
  const site = createHash("sha256").update(`${content}\0${base}`).digest("hex").slice(0, 12);
  enableRenderCache(path.resolve("node_modules/.cache/furikaeri/posts", site));
}

/** Turns the cache off (tests). */
export function disableRenderCache(): void {
  state = null;
}

/** Hits and misses so far, for the build's summary. */
export function renderCacheStats(): { hits: number; misses: number } | null {
  return state && { hits: state.hits, misses: state.misses };
}

/** parseMarkdown, through the cache when it is on. */
export function parseMarkdown(body: string): MdastRoot {
  if (!state) return parseUncached(body);
  const key = keyOf(state, "parse", body);
  const stored = read(state, key);
  if (stored !== null) return stored as MdastRoot;
  const tree = parseUncached(body);
  write(state, key, JSON.stringify(tree));
  return tree;
}

/** renderHtml, through the cache when it is on. */
export function renderHtml(nodes: MdastRoot | RootContent[], context: RenderContext = {}): string {
  return renderPost(nodes, context).html;
}

/** renderPost, through the cache when it is on and the site answers as it did. */
export function renderPost(
  nodes: MdastRoot | RootContent[],
  context: RenderContext = {},
): RenderedPost {
  if (!state) return renderUncached(nodes, context);
  const anchors = context.anchors ? [...context.anchors] : [];
  const key = keyOf(state, "render", JSON.stringify([nodes, anchors]));
  const stored = read(state, key);
  if (stored !== null) {
    const entry = stored as RenderEntry;
    const same =
      entry.links.every(([url, was]) => (context.resolveUrl?.(url) ?? null) === was) &&
      entry.images.every(
        ([src, was]) => JSON.stringify(context.imageSize?.(src) ?? null) === JSON.stringify(was),
      );
    if (same) return { html: entry.html, headings: entry.headings };
    state.hits--;
    state.misses++;
  }
  const entry: RenderEntry = { html: "", headings: [], links: [], images: [] };
  const recording: RenderContext = {
    ...context,
    resolveUrl: (url) => {
      const to = context.resolveUrl?.(url) ?? null;
      entry.links.push([url, to]);
      return to;
    },
    imageSize: (src) => {
      const size = context.imageSize?.(src) ?? null;
      entry.images.push([src, size]);
      return size;
    },
  };
  const rendered = renderUncached(nodes, recording);
  Object.assign(entry, rendered);
  write(state, key, JSON.stringify(entry));
  return rendered;
}

/**
 * Any costly result that is a pure function of `input` (a JSON string) and of the build's
 * code, through the cache when it is on: a prerendered page from its path and page data.
 */
export async function cachedResult<T>(
  kind: string,
  input: string,
  compute: () => Promise<T>,
): Promise<T> {
  if (!state) return compute();
  const cache = state;
  const key = keyOf(cache, kind, input);
  const stored = read(cache, key);
  if (stored !== null) return stored as T;
  const result = await compute();
  write(cache, key, JSON.stringify(result));
  return result;
}

function keyOf(cache: CacheState, kind: string, input: string): string {
  return createHash("sha256").update(cache.version).update(kind).update(input).digest("hex");
}

function fileOf(cache: CacheState, key: string): string {
  return path.join(cache.dir, key.slice(0, 2), `${key.slice(2)}.json`);
}

/** The stored entry, parsed; null when there is none or it does not parse. */
function read(cache: CacheState, key: string): unknown {
  cache.used.add(key);
  try {
    const value: unknown = JSON.parse(fs.readFileSync(fileOf(cache, key), "utf8"));
    cache.hits++;
    return value;
  } catch {
    cache.misses++;
    return null;
  }
}

function write(cache: CacheState, key: string, text: string) {
  const file = fileOf(cache, key);
  try {
    ensureDir(path.dirname(file));
    // Written aside then renamed, so a build running at the same time never reads half an entry.
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
  } catch {
    // A cache that cannot be written only makes the next build slower.
  }
}

/** Removes the entries this build did not use (old versions of posts, old code). */
function prune(cache: CacheState) {
  try {
    for (const shard of fs.readdirSync(cache.dir, { withFileTypes: true })) {
      if (!shard.isDirectory()) continue;
      const dir = path.join(cache.dir, shard.name);
      for (const name of fs.readdirSync(dir)) {
        if (!cache.used.has(shard.name + name.replace(/\.json$/, "")))
          fs.rmSync(path.join(dir, name), { force: true });
      }
    }
  } catch {
    // Another build may be pruning the same folder; what is left is pruned next time.
  }
}

// Files → checked post input: finds every Markdown file, reads and checks its front matter,
// works out its URL, and accounts for it as read, skipped (with why) or an error.
import type fs from "node:fs";
import path from "node:path";
import { errorsOf, ContentError } from "../errors.ts";
import { findContentSource, resolveConfig, type ContentSource } from "./config.ts";
import type { BlogConfig } from "./define-config.ts";
import { progress } from "../progress.ts";
import { compareText, recordFailure, type Accounts } from "../report.ts";
import { parseFrontMatter } from "./front-matter.ts";
import { checkPostSize } from "./post-limits.ts";
import { checkUrlPath } from "./url-path-check.ts";
import {
  cleanPath,
  compilePermalink,
  defaultPermalink,
  permalinkInputOf,
  urlFromFrontMatter,
  type PermalinkInput,
} from "./permalinks.ts";
import { readPostMeta, type PostMeta } from "./post-schema.ts";
import {
  decodeUtf8,
  findMarkdownFiles,
  readBytes,
  readText,
  type SourceFile,
} from "./read-files.ts";

/** A post read and given its URL, waiting to be built. */
export interface PostInput {
  source: SourceFile;
  meta: PostMeta;
  url: string;
  /**
   * The Markdown after the front matter (null when the build recalled the file instead of
   * reading it: see ReadMemory), and the file line it starts at.
   */
  body: string | null;
  bodyLine: number;
  /** The file's key in the build's cache, when there is one. */
  key: string | null;
}

/** What the whole site tells one post, as plain data. */
export interface SiteFacts {
  baseURL: string;
  base: string;
  languageCode: string;
  /** Every published post's URL. */
  urls: string[];
  /** Alias path → post URL. */
  aliases: [string, string][];
  /** Folders whose files are published at the site's root (static/, public/). */
  localDirs: string[];
}

export interface LoadOptions {
  content: string;
  projectConfig: BlogConfig;
  /** "development" also shows drafts. */
  mode: "production" | "development";
  now?: Date;
  env?: Record<string, string | undefined>;
  /** What the production build remembers of files it read before. */
  memory?: ReadMemory;
  /**
   * Told how many Markdown files there are before any is read (the production build starts
   * its threads then, so that they load while this one reads).
   */
  onListed?: (files: number) => void;
}

/**
 * A build's memory of the files it read before, by a key made from a file's path and bytes:
 * a file whose bytes are as they were is not decoded and its front matter not read again.
 */
export interface ReadMemory {
  keyOf(file: SourceFile, bytes: Uint8Array): string;
  /**
   * The key of a file this process read before, while its size, time and inode are as they
   * were then (the dev server, between saves: a file it was not told changed is not read).
   */
  keyOfUnchanged?(file: SourceFile, stat: fs.Stats): string | null;
  /** Notes the key a file's bytes gave, with its stat, for keyOfUnchanged. */
  noteStat?(file: SourceFile, stat: fs.Stats, key: string): void;
  recall(key: string): RememberedRead | null;
  remember(key: string, read: RememberedRead): void;
}

/** What reading a post's file gave, but its body. */
export interface RememberedRead {
  meta: PostMeta;
  url: string;
  urlLine: number;
  bodyLine: number;
}

/** A post's input, with the line a URL clash is reported at (`url` or `slug`, else 1). */
export interface ReadInput extends PostInput {
  urlLine: number;
}

/** What reading the files gives, before any post is built. */
export interface ReadSite extends Accounts {
  config: BlogConfig;
  source: ContentSource;
  /** Posts to build, newest first, each with a URL of its own. */
  posts: ReadInput[];
  /** Alias path → post URL. */
  aliases: Map<string, string>;
  facts: SiteFacts;
}

/** Reads every Markdown file of the content: the posts to build and the site's facts. */
export function readSite(options: LoadOptions): ReadSite {
  const source = findContentSource(options.content);
  const config = resolveConfig(options.projectConfig, source, options.env);
  const accounts: Accounts = { report: [], errors: [] };
  const read = readFiles(source, config, options, accounts);
  const posts = keepUniqueUrls(read, accounts);
  posts.sort(
    (a, b) =>
      b.meta.date.instant - a.meta.date.instant || compareText(a.source.file, b.source.file),
  );
  const aliases = aliasesOf(posts);
  const facts: SiteFacts = {
    baseURL: config.baseURL,
    base: config.base,
    languageCode: config.languageCode,
    urls: posts.map((p) => p.url),
    aliases: [...aliases],
    localDirs: [...source.staticDirs, path.resolve("public")],
  };
  return { config, source, posts, aliases, facts, ...accounts };
}

/** The Markdown body of a post's file (for a post the build recalled rather than read). */
export function bodyOf(file: SourceFile): string {
  return parseFrontMatter(readText(file), file.file).body;
}

/** Reads each file in turn: its input, a skip with why, or its errors. */
function readFiles(
  source: ContentSource,
  config: BlogConfig,
  options: LoadOptions,
  accounts: Accounts,
): ReadInput[] {
  const now = options.now ?? new Date();
  const patterns = permalinkPatterns(config);
  const read: ReadInput[] = [];
  const reading = progress("posts read");
  const files = findMarkdownFiles(source.root, source.contentDir);
  options.onListed?.(files.length);
  for (const file of files) {
    reading.tick();
    try {
      const outcome = readPostFile(file, patterns, options, now);
      if (typeof outcome === "string")
        accounts.report.push({ file: file.file, status: "skipped", reason: outcome });
      else read.push(outcome);
    } catch (error) {
      recordFailure(accounts, file.file, errorsOf(error, file.file));
    }
  }
  reading.done();
  return read;
}

/** The site's permalink patterns, by section, made once for all its files. */
export function permalinkPatterns(
  config: BlogConfig,
): Record<string, (input: PermalinkInput) => string> {
  return Object.fromEntries(
    Object.entries(config.permalinks).map(([section, pattern]) => [
      section,
      compilePermalink(pattern, { slugFallback: config.slugFallback }),
    ]),
  );
}

/**
 * One Markdown file's input, or why it is skipped (`_index.md`, a draft, a future post …).
 * Throws what is wrong with it. The dev server reads a saved post alone with it.
 */
export function readPostFile(
  file: SourceFile,
  patterns: Record<string, (input: PermalinkInput) => string>,
  options: LoadOptions,
  now: Date,
): ReadInput | string {
  const base = path.basename(file.relPath).replace(/\.(md|markdown)$/i, "");
  return base === "_index"
    ? "_index.md: a section's list page; Furikaeri makes its own list pages"
    : readFile(file, base, patterns, options, now);
}

/** One file's input, or why it is skipped. Throws what is wrong with it. */
function readFile(
  file: SourceFile,
  base: string,
  patterns: Record<string, (input: PermalinkInput) => string>,
  options: LoadOptions,
  now: Date,
): ReadInput | string {
  const stat = checkPostSize(file);
  const memory = options.memory;
  const known = memory?.keyOfUnchanged?.(file, stat) ?? null;
  let recalled = known === null ? null : memory!.recall(known);
  let bytes: Buffer | null = null;
  let key = recalled ? known : null;
  if (!recalled) {
    bytes = readBytes(file);
    key = memory?.keyOf(file, bytes) ?? null;
    if (key !== null) memory!.noteStat?.(file, stat, key);
    recalled = key === null ? null : memory!.recall(key);
  }
  if (recalled)
    return (
      skipReason(recalled.meta, options.mode, now) ?? {
        source: file,
        ...recalled,
        body: null,
        key,
      }
    );
  const fm = parseFrontMatter(decodeUtf8(bytes!, file.file), file.file);
  const meta = readPostMeta(fm, file.file, base);
  const skip = skipReason(meta, options.mode, now);
  if (skip) return skip;
  const input = permalinkInputOf(file.relPath, meta);
  const pattern = patterns[input.section.toLowerCase()] ?? patterns.default;
  const url = meta.url
    ? urlFromFrontMatter(meta.url)
    : pattern
      ? pattern(input)
      : defaultPermalink(input);
  const urlLine = fieldLine(fm.keyLines, meta.url ? "url" : "slug") ?? 1;
  checkUrlPath(url, file.file, urlLine);
  if (key !== null) options.memory!.remember(key, { meta, url, urlLine, bodyLine: fm.bodyLine });
  return { source: file, meta, url, body: fm.body, bodyLine: fm.bodyLine, urlLine, key };
}

function skipReason(meta: PostMeta, mode: LoadOptions["mode"], now: Date): string | null {
  if (meta.draft && mode === "production") return "draft (draft: true); npm run dev shows drafts";
  const publish = meta.publishDate ?? meta.date;
  if (publish.instant > now.getTime())
    return `future post (published ${publish.written}); it appears once that date has passed`;
  if (meta.expiryDate && meta.expiryDate.instant <= now.getTime())
    return `expired (expiryDate ${meta.expiryDate.written})`;
  return null;
}

/**
 * Keeps the first file for each URL; every file claiming a URL another claims is an error
 * naming the other, with one report entry per clashing file.
 */
function keepUniqueUrls(posts: ReadInput[], accounts: Accounts): ReadInput[] {
  const seen = new Map<string, ReadInput>();
  const unique: ReadInput[] = [];
  const clashes = new Map<string, ContentError[]>();
  const clash = (post: ReadInput, problem: string) => {
    const list = clashes.get(post.source.file) ?? [];
    list.push(
      new ContentError(
        post.source.file,
        post.urlLine,
        1,
        problem,
        "give one of the two posts another `slug` or `url` in its front matter",
      ),
    );
    clashes.set(post.source.file, list);
  };
  for (const post of posts) {
    const key = post.url.toLowerCase();
    const first = seen.get(key);
    if (first) {
      clash(post, `its URL ${post.url} is already the URL of ${first.source.file}`);
      clash(first, `its URL ${post.url} is also the URL of ${post.source.file}`);
    } else {
      seen.set(key, post);
      unique.push(post);
    }
  }
  for (const [file, list] of clashes) recordFailure(accounts, file, list);
  return unique.filter((p) => !clashes.has(p.source.file));
}

/** Alias path → post URL; as in Hugo, an alias without a leading slash is relative to the post's folder. */
function aliasesOf(posts: ReadInput[]): Map<string, string> {
  const byUrl = new Set(posts.map((p) => p.url));
  const aliases = new Map<string, string>();
  for (const post of posts)
    for (const written of post.meta.aliases) {
      const alias = written.startsWith("/") ? written : path.posix.join(post.url, "..", written);
      const from = cleanPath(alias.endsWith("/") || /\.html?$/.test(alias) ? alias : `${alias}/`);
      if (!byUrl.has(from)) aliases.set(from, post.url);
    }
  return aliases;
}

function fieldLine(keyLines: Record<string, number>, field: string): number | undefined {
  return Object.entries(keyLines).find(([key]) => key.toLowerCase() === field)?.[1];
}

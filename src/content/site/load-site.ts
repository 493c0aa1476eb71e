import path from "node:path";
import { ContentError } from "../errors.ts";
import {
  findContentSource,
  resolveConfig,
  type BlogConfig,
  type ContentSource,
} from "../config.ts";
import { parseFrontMatter } from "../read/front-matter.ts";
import { checkPostSize } from "../read/post-limits.ts";
import { checkUrlPath } from "../read/url-path-check.ts";
import { progress } from "../progress.ts";
import type { ContentWarning } from "../post/local-images.ts";
import {
  cleanPath,
  compilePermalink,
  defaultPermalink,
  permalinkInputOf,
  urlFromFrontMatter,
} from "../read/permalinks.ts";
import { AggregateContentError, readPostMeta, type PostMeta } from "../read/post-schema.ts";
import {
  decodeUtf8,
  findMarkdownFiles,
  readBytes,
  readText,
  type SourceFile,
} from "../read/read-files.ts";
import {
  buildPost,
  fromErrorData,
  makePostContext,
  toErrorData,
  type ContentErrorData,
  type PostOutput,
  type PostInput,
  type SiteFacts,
  type PostContext,
} from "../post/build-post.ts";
import type { PostLink } from "../../shared/types.ts";

export { anchorId } from "../post/build-post.ts";
export type { RenderedRetrospective } from "../post/build-post.ts";

/** One line of the build report: what became of a Markdown file. */
export interface ReportEntry {
  file: string;
  status: "published" | "skipped" | "error";
  url?: string;
  reason?: string;
  line?: number;
  column?: number;
  /** Problems that do not stop the post, such as an image missing from the static files. */
  warnings?: ContentWarning[];
  /** For a yearly retrospective: its year and the rule that made it one, so an author sees why. */
  retrospective?: { year: number; rule: string; reason: string };
}

/** A published post, with what the pages and the timeline need. */
export interface SitePost extends Omit<PostOutput, "warnings"> {
  source: SourceFile;
  meta: PostMeta;
  url: string;
}

export interface LoadedSite {
  config: BlogConfig;
  source: ContentSource;
  /** Published posts, newest first. */
  posts: SitePost[];
  /** Alias path → post URL. */
  aliases: Map<string, string>;
  report: ReportEntry[];
  errors: ContentError[];
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

/** A post's build, or why it could not be built. */
export type PostResult = { build: PostOutput } | { errors: ContentErrorData[] };

/**
 * Builds many posts: the build may spread them over threads and answer from a cache. Outcomes
 * come back in the order of the jobs.
 */
export type PostBuilder = (jobs: PostInput[], facts: SiteFacts) => Promise<PostResult[]>;

interface ReadInput extends PostInput {
  /** The line a URL clash is reported at: its `url` or `slug` field, else line 1. */
  urlLine: number;
}

/** What reading the files gives, before any post is built. */
interface ReadSite {
  config: BlogConfig;
  source: ContentSource;
  posts: ReadInput[];
  aliases: Map<string, string>;
  facts: SiteFacts;
  report: ReportEntry[];
  errors: ContentError[];
}

/**
 * The content pipeline: finds every Markdown file, reads and checks it, works out its URL,
 * renders it, and accounts for every file as published, skipped (with why) or an error.
 * Everything on this thread, nothing kept; the build and the dev server use loadSiteWith.
 */
export function loadSite(options: LoadOptions): LoadedSite {
  const read = readSite(options);
  const site = makePostContext(read.facts);
  return assemble(
    read,
    read.posts.map((job) => buildOne(job, site)),
  );
}

/** loadSite, with the posts built by `builder` (a cache, and threads in the production build). */
export async function loadSiteWith(
  options: LoadOptions,
  builder: PostBuilder,
): Promise<LoadedSite> {
  const read = readSite(options);
  return assemble(read, await builder(read.posts, read.facts));
}

/** The Markdown body of a post's file (for a post the build recalled rather than read). */
export function bodyOf(file: SourceFile): string {
  return parseFrontMatter(readText(file), file.file).body;
}

/** Builds one post, catching what is wrong with it as data. */
export function buildOne(job: PostInput, site: PostContext): PostResult {
  try {
    return { build: buildPost(job, site) };
  } catch (error) {
    return { errors: errorsOf(error, job.source.file).map(toErrorData) };
  }
}

function readSite(options: LoadOptions): ReadSite {
  const source = findContentSource(options.content);
  const config = resolveConfig(options.projectConfig, source, options.env);
  const now = options.now ?? new Date();
  const patterns = Object.fromEntries(
    Object.entries(config.permalinks).map(([section, pattern]) => [
      section,
      compilePermalink(pattern, { slugFallback: config.slugFallback }),
    ]),
  );
  const report: ReportEntry[] = [];
  const errors: ContentError[] = [];
  const parsed: ReadInput[] = [];
  const reading = progress("posts read");

  const files = findMarkdownFiles(source.root, source.contentDir);
  options.onListed?.(files.length);
  for (const file of files) {
    reading.tick();
    try {
      const base = path.basename(file.relPath).replace(/\.(md|markdown)$/i, "");
      if (base === "_index") {
        report.push({
          file: file.file,
          status: "skipped",
          reason: "_index.md: a section's list page; Furikaeri makes its own list pages",
        });
        continue;
      }
      checkPostSize(file);
      const bytes = readBytes(file);
      const key = options.memory?.keyOf(file, bytes) ?? null;
      const recalled = key === null ? null : options.memory!.recall(key);
      if (recalled) {
        const skip = skipReason(recalled.meta, options.mode, now);
        if (skip) report.push({ file: file.file, status: "skipped", reason: skip });
        else parsed.push({ source: file, ...recalled, body: null, key });
        continue;
      }
      const fm = parseFrontMatter(decodeUtf8(bytes, file.file), file.file);
      const meta = readPostMeta(fm, file.file, base);
      const skip = skipReason(meta, options.mode, now);
      if (skip) {
        report.push({ file: file.file, status: "skipped", reason: skip });
        continue;
      }
      const input = permalinkInputOf(file.relPath, meta);
      const pattern = patterns[input.section.toLowerCase()] ?? patterns.default;
      const url = meta.url
        ? urlFromFrontMatter(meta.url)
        : pattern
          ? pattern(input)
          : defaultPermalink(input);
      const urlLine = fieldLine(fm.keyLines, meta.url ? "url" : "slug") ?? 1;
      checkUrlPath(url, file.file, urlLine);
      if (key !== null)
        options.memory!.remember(key, { meta, url, urlLine, bodyLine: fm.bodyLine });
      parsed.push({ source: file, meta, url, body: fm.body, bodyLine: fm.bodyLine, urlLine, key });
    } catch (error) {
      fail(report, errors, file.file, errorsOf(error, file.file));
    }
  }

  reading.done();
  const { unique, duplicates } = checkUniqueUrls(parsed);
  errors.push(...duplicates);
  // One report entry per clashing file, naming every other file that claims its URL.
  for (const file of new Set(duplicates.map((d) => d.file))) {
    const own = duplicates.filter((d) => d.file === file);
    report.push({
      file,
      status: "error",
      reason: own.map((e) => `${e.problem}; ${e.hint}`).join(" / "),
      line: own[0]!.line,
      column: own[0]!.column,
    });
  }

  unique.sort(
    (a, b) =>
      b.meta.date.instant - a.meta.date.instant || compareText(a.source.file, b.source.file),
  );
  const byUrl = new Set(unique.map((p) => p.url));
  const aliases = new Map<string, string>();
  for (const post of unique)
    for (const written of post.meta.aliases) {
      // As in Hugo, an alias without a leading slash is relative to the post's parent folder.
      const alias = written.startsWith("/") ? written : path.posix.join(post.url, "..", written);
      const from = cleanPath(alias.endsWith("/") || /\.html?$/.test(alias) ? alias : `${alias}/`);
      if (!byUrl.has(from)) aliases.set(from, post.url);
    }
  const facts: SiteFacts = {
    baseURL: config.baseURL,
    base: config.base,
    languageCode: config.languageCode,
    urls: [...byUrl],
    aliases: [...aliases],
    localDirs: [...source.staticDirs, path.resolve("public")],
  };
  return { config, source, posts: unique, aliases, facts, report, errors };
}

/** The site from its read posts and their builds (in the same order). */
function assemble(read: ReadSite, outcomes: PostResult[]): LoadedSite {
  const { report, errors } = read;
  const posts: SitePost[] = [];
  read.posts.forEach((job, i) => {
    const outcome = outcomes[i]!;
    if ("errors" in outcome) {
      fail(report, errors, job.source.file, outcome.errors.map(fromErrorData));
      return;
    }
    const { warnings: buildWarnings, ...build } = outcome.build;
    // What the front matter read leniently, then what building the post found.
    const warnings = [...(job.meta.warnings ?? []), ...buildWarnings];
    report.push({
      file: job.source.file,
      status: "published",
      url: job.url,
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(build.timeline
        ? {
            retrospective: {
              year: build.timeline.year,
              rule: build.timeline.rule,
              reason: build.timeline.reason,
            },
          }
        : {}),
    });
    posts.push({ source: job.source, meta: job.meta, url: job.url, ...build });
  });
  // Code-unit order, not localeCompare: the same on every machine whatever its locale.
  report.sort((a, b) => compareText(a.file, b.file));
  errors.sort((a, b) => compareText(a.file, b.file) || a.line - b.line);
  return { config: read.config, source: read.source, posts, aliases: read.aliases, report, errors };
}

function fail(report: ReportEntry[], errors: ContentError[], file: string, list: ContentError[]) {
  errors.push(...list);
  const first = list[0]!;
  report.push({
    file,
    status: "error",
    reason: list.map((e) => `${e.problem}; ${e.hint}`).join(" / "),
    line: first.line,
    column: first.column,
  });
}

function errorsOf(error: unknown, file: string): ContentError[] {
  if (error instanceof ContentError) return [error];
  if (error instanceof AggregateContentError) return error.errors;
  return [
    new ContentError(
      file,
      1,
      1,
      `could not read this file: ${(error as Error).message}`,
      "check that it is a Markdown text file",
    ),
  ];
}

/** A link to a post, as lists and the timeline use it. */
export function linkTo(post: SitePost): PostLink {
  const { url, title, date, lang } = post.detail;
  return { url, title, date, lang };
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

/** Keeps the first file for each URL; every other file claiming it is an error naming both. */
function checkUniqueUrls(posts: ReadInput[]): {
  unique: ReadInput[];
  duplicates: ContentError[];
} {
  const seen = new Map<string, ReadInput>();
  const unique: ReadInput[] = [];
  const duplicates: ContentError[] = [];
  for (const post of posts) {
    const key = post.url.toLowerCase();
    const first = seen.get(key);
    if (first) {
      duplicates.push(
        new ContentError(
          post.source.file,
          post.urlLine,
          1,
          `its URL ${post.url} is already the URL of ${first.source.file}`,
          "give one of the two posts another `slug` or `url` in its front matter",
        ),
      );
      duplicates.push(
        new ContentError(
          first.source.file,
          first.urlLine,
          1,
          `its URL ${post.url} is also the URL of ${post.source.file}`,
          "give one of the two posts another `slug` or `url` in its front matter",
        ),
      );
    } else {
      seen.set(key, post);
      unique.push(post);
    }
  }
  const clashing = new Set(duplicates.map((d) => d.file));
  return { unique: unique.filter((p) => !clashing.has(p.source.file)), duplicates };
}

function fieldLine(keyLines: Record<string, number>, field: string): number | undefined {
  return Object.entries(keyLines).find(([key]) => key.toLowerCase() === field)?.[1];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

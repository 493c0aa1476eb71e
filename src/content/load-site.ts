import path from "node:path";
import { toString as mdastToString } from "mdast-util-to-string";
import type { Root, RootContent } from "mdast";
import { ContentError } from "./content-error.ts";
import { findContentSource, resolveConfig, type BlogConfig, type ContentSource } from "./config.ts";
import { toDateInfo } from "./dates.ts";
import { parseFrontMatter } from "./front-matter.ts";
import { checkNesting, checkPostSize } from "./post-limits.ts";
import { checkUrlPath } from "./url-path-check.ts";
import { parseMarkdown, renderHtml, renderPost } from "./render-cache.ts";
import { tableOfContents } from "./table-of-contents.ts";
import { progress } from "./progress.ts";
import { makeLocalFiles, missingImageWarnings, type ContentWarning } from "./local-images.ts";
import {
  cleanPath,
  compilePermalink,
  defaultPermalink,
  permalinkInputOf,
  urlFromFrontMatter,
} from "./permalinks.ts";
import { AggregateContentError, readPostMeta, type PostMeta } from "./post-schema.ts";
import { findMarkdownFiles, readText, type SourceFile } from "./read-files.ts";
import { makeSiteLinkResolver } from "./site-links.ts";
import { guessLanguage, readingMinutes, truncateText } from "./text-stats.ts";
import { detectRetrospective } from "./timeline/detect-retrospective.ts";
import {
  extractRetrospective,
  type ExtractedRetrospective,
} from "./timeline/extract-retrospective.ts";
import type { PostDetail, PostLink } from "./types.ts";

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
}

/** A published post, with what the pages and the timeline need. */
export interface BuiltPost {
  source: SourceFile;
  meta: PostMeta;
  url: string;
  detail: PostDetail;
  retrospective: ExtractedRetrospective | null;
  /** Site paths of the blog's own posts this post links to. */
  linksTo: string[];
  /** The post's plain text (for search). */
  text: string;
  /** The retrospective's entries rendered to HTML, when the post is one. */
  timeline: RenderedRetrospective | null;
}

/** A retrospective's month entries and sections, rendered. */
export interface RenderedRetrospective {
  year: number;
  months: { months: number[]; days: string | null; html: string; anchor: string }[];
  highlights: { title: string; html: string; anchor: string }[];
  outlook: { title: string; html: string; anchor: string }[];
}

export interface LoadedSite {
  config: BlogConfig;
  source: ContentSource;
  /** Published posts, newest first. */
  posts: BuiltPost[];
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
}

interface ParsedPost {
  source: SourceFile;
  meta: PostMeta;
  url: string;
  tree: Root;
  lang: string;
  /** The line a URL clash is reported at: its `url` or `slug` field, else line 1. */
  urlLine: number;
}

/**
 * The content pipeline: finds every Markdown file, reads and checks it, works out its URL,
 * renders it, and accounts for every file as published, skipped (with why) or an error.
 */
export function loadSite(options: LoadOptions): LoadedSite {
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
  const parsed: ParsedPost[] = [];
  const reading = progress("posts read");

  for (const file of findMarkdownFiles(source.root, source.contentDir)) {
    reading.tick();
    const fail = (list: ContentError[]) => {
      errors.push(...list);
      const first = list[0]!;
      report.push({
        file: file.file,
        status: "error",
        reason: list.map((e) => `${e.problem}; ${e.hint}`).join(" / "),
        line: first.line,
        column: first.column,
      });
    };
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
      const text = readText(file);
      const fm = parseFrontMatter(text, file.file);
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
      const tree = parseMarkdown(fm.body);
      shiftPositions(tree, fm.bodyLine - 1);
      checkNesting(tree, file.file);
      const lang = meta.lang ?? guessLanguage(mdastToString(tree), config.languageCode);
      const urlLine = fieldLine(fm.keyLines, meta.url ? "url" : "slug") ?? 1;
      checkUrlPath(url, file.file, urlLine);
      parsed.push({ source: file, meta, url, tree, lang, urlLine });
    } catch (error) {
      if (error instanceof ContentError) fail([error]);
      else if (error instanceof AggregateContentError) fail(error.errors);
      else
        fail([
          new ContentError(
            file.file,
            1,
            1,
            `could not read this file: ${(error as Error).message}`,
            "check that it is a Markdown text file",
          ),
        ]);
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
  const byUrl = new Map(unique.map((p) => [p.url, p]));
  const aliases = new Map<string, string>();
  for (const post of unique)
    for (const written of post.meta.aliases) {
      // As in Hugo, an alias without a leading slash is relative to the post's parent folder.
      const alias = written.startsWith("/") ? written : path.posix.join(post.url, "..", written);
      const from = cleanPath(alias.endsWith("/") || /\.html?$/.test(alias) ? alias : `${alias}/`);
      if (!byUrl.has(from)) aliases.set(from, post.url);
    }
  const resolveUrl = makeSiteLinkResolver(config, byUrl, aliases);
  const localFiles = makeLocalFiles([...source.staticDirs, path.resolve("public")], config.base);
  const imageSize = localFiles.size;

  const rendering = progress("posts rendered");
  const posts = unique.map((post): BuiltPost => {
    rendering.tick();
    const retro = detectRetrospective({
      title: post.meta.title,
      tags: post.meta.tags,
      categories: post.meta.categories,
      retrospective: post.meta.retrospective,
      dateYear: post.meta.date.year,
      dateMonth: post.meta.date.month,
    });
    const retrospective = retro ? extractRetrospective(post.tree, retro.year) : null;
    const anchors = new Map<number, string>();
    if (retrospective) {
      for (const block of [
        ...retrospective.months,
        ...retrospective.highlights,
        ...retrospective.outlook,
      ]) {
        anchors.set(block.anchorOffset, anchorId(block.anchorLine));
      }
    }
    const linksTo = new Set<string>();
    const { html, headings } = renderPost(post.tree, {
      anchors,
      imageSize,
      resolveUrl: (url) => {
        const resolved = resolveUrl(url);
        if (resolved?.post) linksTo.add(resolved.post);
        return resolved?.href ?? null;
      },
    });
    const render = (nodes: RootContent[]) =>
      renderHtml(nodes, { imageSize, resolveUrl: (url) => resolveUrl(url)?.href ?? null });
    const timeline: RenderedRetrospective | null =
      retro && retrospective
        ? {
            year: retro.year,
            months: retrospective.months.map((m) => ({
              months: m.months,
              days: m.days,
              html: render(m.nodes),
              anchor: anchorId(m.anchorLine),
            })),
            highlights: retrospective.highlights.map((h) => ({
              title: h.title,
              html: render(h.nodes),
              anchor: anchorId(h.anchorLine),
            })),
            outlook: retrospective.outlook.map((h) => ({
              title: h.title,
              html: render(h.nodes),
              anchor: anchorId(h.anchorLine),
            })),
          }
        : null;
    const text = mdastToString(post.tree);
    const detail: PostDetail = {
      url: post.url,
      title: post.meta.title,
      date: toDateInfo(post.meta.date, post.lang),
      lang: post.lang,
      excerpt: excerptOf(post.tree, post.meta, post.lang),
      tags: post.meta.tags,
      categories: post.meta.categories,
      readingMinutes: readingMinutes(text),
      html,
      toc: tableOfContents(headings),
      retrospectiveOf: retro?.year ?? null,
      lastmod: post.meta.lastmod ? toDateInfo(post.meta.lastmod, post.lang) : null,
    };
    const warnings = missingImageWarnings(post.tree, localFiles);
    report.push({
      file: post.source.file,
      status: "published",
      url: post.url,
      ...(warnings.length > 0 ? { warnings } : {}),
    });
    return {
      source: post.source,
      meta: post.meta,
      url: post.url,
      detail,
      retrospective,
      linksTo: [...linksTo],
      text,
      timeline,
    };
  });
  rendering.done();

  // Code-unit order, not localeCompare: the same on every machine whatever its locale.
  report.sort((a, b) => compareText(a.file, b.file));
  errors.sort((a, b) => compareText(a.file, b.file) || a.line - b.line);
  return { config, source, posts, aliases, report, errors };
}

/** The element id of a top-level block of a post, from its source line. */
export function anchorId(line: number): string {
  return `L${line}`;
}

/** A link to a post, as lists and the timeline use it. */
export function linkTo(post: BuiltPost): PostLink {
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
function checkUniqueUrls(posts: ParsedPost[]): {
  unique: ParsedPost[];
  duplicates: ContentError[];
} {
  const seen = new Map<string, ParsedPost>();
  const unique: ParsedPost[] = [];
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

/** Moves mdast positions from body-relative to file-relative lines. */
function shiftPositions(tree: Root, lines: number) {
  if (lines === 0) return;
  const visit = (node: Root | RootContent) => {
    if (node.position) {
      node.position.start.line += lines;
      node.position.end.line += lines;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
}

function fieldLine(keyLines: Record<string, number>, field: string): number | undefined {
  return Object.entries(keyLines).find(([key]) => key.toLowerCase() === field)?.[1];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const MORE = /^<!--\s*more\s*-->$/i;

/** The excerpt in Hugo's order: text before `<!--more-->`, then summary/description, then the opening. */
function excerptOf(tree: Root, meta: PostMeta, lang: string): string {
  const max = lang.startsWith("ja") ? 120 : 240;
  const divider = tree.children.findIndex((n) => n.type === "html" && MORE.test(n.value.trim()));
  if (divider >= 0)
    return truncateText(
      mdastToString(
        { type: "root", children: tree.children.slice(0, divider) },
        { includeHtml: false },
      ),
      max * 2,
    );
  if (meta.summary) return truncateText(meta.summary, max * 2);
  const prose = tree.children.filter(
    (n) => n.type === "paragraph" || n.type === "list" || n.type === "blockquote",
  );
  return truncateText(prose.map((n) => mdastToString(n, { includeHtml: false })).join(" "), max);
}

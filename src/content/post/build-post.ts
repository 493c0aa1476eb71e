import { toString as mdastToString } from "mdast-util-to-string";
import type { Root, RootContent } from "mdast";
import { ContentError } from "../errors.ts";
import { toDateInfo } from "../read/dates.ts";
import { parseMarkdown, renderHtml, renderPost } from "./markdown.ts";
import { checkNesting } from "../read/post-limits.ts";
import type { PostMeta } from "../read/post-schema.ts";
import type { SourceFile } from "../read/read-files.ts";
import { makeLocalFiles, missingImageWarnings, type ContentWarning } from "./local-images.ts";
import { makeSiteLinkResolver, type ResolvedLink } from "./link-resolver.ts";
import { tableOfContents } from "./table-of-contents.ts";
import { guessLanguage, readingMinutes, truncateText } from "./text-stats.ts";
import { searchTextOf, searchWeights } from "./search-text.ts";
import { detectRetrospective } from "./timeline/detect-retrospective.ts";
import { extractRetrospective } from "./timeline/extract-retrospective.ts";
import type { PostDetail } from "../../shared/types.ts";

/**
 * One post's own work, the costly part of a build: parse its Markdown, render it, and work
 * out everything the pages need from it. A job and its result are plain data, so the work
 * can run on any thread; what a post needs from the rest of the site (where its links go,
 * which images exist) comes through a PostContext made from plain data too.
 */

/**
 * How many characters of a post's text the index of the old search read (kept for callers that
 * still ask; search now reads the whole text, see search-text.ts).
 */
export const SEARCH_TEXT_LIMIT = 2000;

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

/** What the pages need from one post. */
export interface PostOutput {
  detail: PostDetail;
  /** Site paths of the blog's own posts this post links to. */
  linksTo: string[];
  /** The post's whole plain text, one block a line, code blocks included (for search). */
  searchText: string;
  /**
   * Every word of the post (title, tags, categories, headings, text, code) and its weight for
   * search, flat: `[word, weight, …]`.
   */
  searchWeights: (string | number)[];
  /** The retrospective's entries rendered to HTML, when the post is one. */
  timeline: RenderedRetrospective | null;
  /** Problems that do not stop the post, such as an image missing from the static files. */
  warnings: ContentWarning[];
}

/** A retrospective's month entries and sections, rendered. */
export interface RenderedRetrospective {
  year: number;
  months: { months: number[]; days: string | null; html: string; anchor: string }[];
  highlights: { title: string; html: string; anchor: string }[];
  outlook: { title: string; html: string; anchor: string }[];
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

/** The questions a post asks the site while it is built. */
export interface PostContext {
  languageCode: string;
  resolveUrl(url: string): ResolvedLink | null;
  imageSize(src: string): { width: number; height: number } | null;
  imageExists(src: string): boolean;
}

/** The site's answers, from its facts. */
export function makePostContext(facts: SiteFacts): PostContext {
  const resolveUrl = makeSiteLinkResolver(
    { baseURL: facts.baseURL, base: facts.base },
    new Set(facts.urls),
    new Map(facts.aliases),
  );
  const files = makeLocalFiles(facts.localDirs, facts.base);
  return {
    languageCode: facts.languageCode,
    resolveUrl,
    imageSize: files.size,
    imageExists: files.exists,
  };
}

/** Builds one post. Throws a ContentError for a post too deeply nested to render. */
export function buildPost(job: PostInput, site: PostContext): PostOutput {
  const { meta } = job;
  if (job.body === null) throw new Error(`${job.source.file}: built before its body was read`);
  const tree = parseMarkdown(job.body);
  shiftPositions(tree, job.bodyLine - 1);
  checkNesting(tree, job.source.file);
  const text = mdastToString(tree);
  const lang = meta.lang ?? guessLanguage(text, site.languageCode);
  const retro = detectRetrospective({
    title: meta.title,
    tags: meta.tags,
    categories: meta.categories,
    retrospective: meta.retrospective,
    dateYear: meta.date.year,
    dateMonth: meta.date.month,
  });
  const retrospective = retro ? extractRetrospective(tree, retro.year) : null;
  const anchors = new Map<number, string>();
  if (retrospective)
    for (const block of [
      ...retrospective.months,
      ...retrospective.highlights,
      ...retrospective.outlook,
    ])
      anchors.set(block.anchorOffset, anchorId(block.anchorLine));
  const linksTo = new Set<string>();
  const imageSize = (src: string) => site.imageSize(src);
  const { html, headings } = renderPost(tree, {
    anchors,
    imageSize,
    resolveUrl: (url) => {
      const resolved = site.resolveUrl(url);
      if (resolved?.post) linksTo.add(resolved.post);
      return resolved?.href ?? null;
    },
  });
  const render = (nodes: RootContent[]) =>
    renderHtml(nodes, { imageSize, resolveUrl: (url) => site.resolveUrl(url)?.href ?? null });
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
  const detail: PostDetail = {
    url: job.url,
    title: meta.title,
    date: toDateInfo(meta.date, lang),
    lang,
    excerpt: excerptOf(tree, meta, lang),
    tags: meta.tags,
    categories: meta.categories,
    readingMinutes: readingMinutes(text),
    html,
    toc: tableOfContents(headings),
    retrospectiveOf: retro?.year ?? null,
    lastmod: meta.lastmod ? toDateInfo(meta.lastmod, lang) : null,
  };
  const warnings = missingImageWarnings(tree, { exists: (src) => site.imageExists(src) });
  const search = searchTextOf(tree);
  return {
    detail,
    linksTo: [...linksTo],
    searchText: search.text,
    searchWeights: searchWeights(meta.title, [...meta.tags, ...meta.categories], search),
    timeline,
    warnings,
  };
}

/** The element id of a top-level block of a post, from its source line. */
export function anchorId(line: number): string {
  return `L${line}`;
}

/** A ContentError as plain data (to cross threads) and back. */
export type ContentErrorData = Pick<ContentError, "file" | "line" | "column" | "problem" | "hint">;

export function toErrorData(error: ContentError): ContentErrorData {
  const { file, line, column, problem, hint } = error;
  return { file, line, column, problem, hint };
}

export function fromErrorData(data: ContentErrorData): ContentError {
  return new ContentError(data.file, data.line, data.column, data.problem, data.hint);
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

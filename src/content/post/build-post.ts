import { toString as mdastToString } from "mdast-util-to-string";
import type { Root, RootContent } from "mdast";
import { errorsOf, toErrorData } from "../errors.ts";
import { toDateInfo } from "../read/dates.ts";
import { parseMarkdown, renderHtml, renderPost } from "./markdown.ts";
import { checkNesting } from "../read/post-limits.ts";
import type { PostMeta } from "../read/post-schema.ts";
import type { PostDetail } from "../../shared/types.ts";
import type { PostInput } from "../read/read-site.ts";
import { missingImageWarnings } from "./local-images.ts";
import type { PostContext, PostOutput, PostResult, RenderedRetrospective } from "./post-context.ts";
import { tableOfContents } from "./table-of-contents.ts";
import {
  guessLanguage,
  measureText,
  readingMinutes,
  textCounts,
  truncateText,
} from "./text-stats.ts";
import { searchTextOf, searchWeights } from "./search-text.ts";
import { withoutOwnMonthMarker } from "./timeline/drop-month-marker.ts";
import { readRetrospective, type RetrospectiveReading } from "./timeline/read-retrospective.ts";
import { footnoteDefinitions, standaloneNodes } from "./timeline/standalone-entry.ts";

/**
 * One post's own work, the costly part of a build: parse its Markdown, render it, and work
 * out everything the pages need from it. A job and its result are plain data, so the work
 * can run on any thread; what a post needs from the rest of the site (where its links go,
 * which images exist) comes through a PostContext made from plain data too.
 */

/** Builds one post, catching what is wrong with it as data. */
export function buildPostSafely(input: PostInput, site: PostContext): PostResult {
  try {
    return { output: buildPost(input, site) };
  } catch (error) {
    return { errors: errorsOf(error, input.source.file).map(toErrorData) };
  }
}

/** Builds one post. Throws a ContentError for a post too deeply nested to render. */
export function buildPost(input: PostInput, site: PostContext): PostOutput {
  const { meta } = input;
  const tree = parsePost(input);
  const measure = measureText(mdastToString(tree));
  const lang = meta.lang ?? guessLanguage(measure, site.languageCode);
  const retro = readRetrospective(meta, tree);
  const linksTo = new Set<string>();
  const { html, headings } = renderPost(tree, {
    anchors: entryAnchors(retro),
    imageSize: (src) => site.imageSize(src),
    resolveUrl: (url) => {
      const resolved = site.resolveUrl(url);
      if (resolved?.post) linksTo.add(resolved.post);
      return resolved?.href ?? null;
    },
  });
  const timeline = retro ? renderTimeline(retro, tree, site) : null;
  const detail: PostDetail = {
    url: input.url,
    title: meta.title,
    date: toDateInfo(meta.date, lang),
    lang,
    excerpt: excerptOf(tree, meta, lang),
    tags: meta.tags,
    categories: meta.categories,
    readingMinutes: readingMinutes(measure),
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
    counts: textCounts(measure),
  };
}

/** The post's Markdown parsed, its positions those of the file, its nesting checked. */
function parsePost(input: PostInput): Root {
  if (input.body === null) throw new Error(`${input.source.file}: built before its body was read`);
  const tree = parseMarkdown(input.body);
  shiftPositions(tree, input.bodyLine - 1);
  checkNesting(tree, input.source.file);
  return tree;
}

/** The element id each timeline entry's first block gets in the post ("read in context"). */
function entryAnchors(retro: RetrospectiveReading | null): Map<number, string> {
  const anchors = new Map<number, string>();
  if (retro)
    for (const block of [
      ...retro.extracted.months,
      ...retro.extracted.highlights,
      ...retro.extracted.outlook,
    ])
      anchors.set(block.anchorOffset, anchorId(block.anchorLine));
  return anchors;
}

/**
 * A retrospective's entries rendered to stand alone on the timeline: each carries the
 * footnotes it uses (see standalone-entry), a month's entry without its repeated month marker.
 */
function renderTimeline(
  retro: RetrospectiveReading,
  tree: Root,
  site: PostContext,
): RenderedRetrospective {
  const definitions = footnoteDefinitions(tree);
  const render = (nodes: RootContent[]) =>
    renderHtml(standaloneNodes(nodes, definitions), {
      imageSize: (src) => site.imageSize(src),
      resolveUrl: (url) => site.resolveUrl(url)?.href ?? null,
    });
  const { months, highlights, outlook } = retro.extracted;
  return {
    year: retro.year,
    rule: retro.rule,
    reason: retro.reason,
    months: months.map((m) => ({
      months: m.months,
      days: m.days,
      html: render(withoutOwnMonthMarker(m.nodes, m.months, m.days)),
      anchor: anchorId(m.anchorLine),
    })),
    highlights: highlights.map((h) => ({
      title: h.title,
      html: render(h.nodes),
      anchor: anchorId(h.anchorLine),
    })),
    outlook: outlook.map((h) => ({
      title: h.title,
      html: render(h.nodes),
      anchor: anchorId(h.anchorLine),
    })),
  };
}

/** The element id of a top-level block of a post, from its source line. */
export function anchorId(line: number): string {
  return `L${line}`;
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

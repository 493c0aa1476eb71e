/**
 * The data that crosses from the build (Node) to the browser. Everything here is plain,
 * JSON-serialisable and already formatted: the browser never parses Markdown, front matter
 * or dates. This is the only file of src/content that browser code may import (type-only).
 */

/** A date exactly as the author wrote it, with what the reader sees already worked out. */
export interface DateInfo {
  /** The value as written, normalised to ISO 8601 (`2017-12-31T02:10:01+09:00`, `2014-11-17`). */
  written: string;
  /** The calendar day as written, whatever the reader's or build machine's time zone. */
  day: string;
  /** The day formatted for the post's language: `2017年12月31日`, `December 31, 2017`. */
  label: string;
}

/** Enough of a post to link to it. */
export interface PostLink {
  url: string;
  title: string;
  date: DateInfo;
  lang: string;
}

/** A post as a list shows it. */
export interface PostSummary extends PostLink {
  /** Plain text of the excerpt (Hugo's order: `<!--more-->`, then summary/description, then the opening text). */
  excerpt: string;
  tags: string[];
  categories: string[];
  readingMinutes: number;
}

/** A post as its own page shows it. */
export interface PostDetail extends PostSummary {
  /** Sanitised HTML of the whole body, rendered at build time. */
  html: string;
  /** The timeline year this post is a retrospective of, if it is one. */
  retrospectiveOf: number | null;
  lastmod: DateInfo | null;
  /** The post's headings for its table of contents (empty, or absent, for short posts). */
  toc?: TocHeading[];
}

/** One heading of a post in its table of contents. */
export interface TocHeading {
  /** The heading's element id (from rehype-slug). */
  id: string;
  text: string;
  /** 1 for the post's top headings, 2 for those under them. */
  depth: 1 | 2;
}

/** A tag or category with how many posts carry it. */
export interface TermCount {
  name: string;
  url: string;
  count: number;
}

/** One year of the archive index: how many posts, and per month (January first). */
export interface ArchiveYearCount {
  year: number;
  count: number;
  monthCounts: number[];
}

export interface TimelineEntry {
  /** Sanitised HTML of the paragraph or list item. */
  html: string;
  /** The retrospective it comes from. */
  source: PostLink;
  /** The id of the element in the post that holds this entry ("read in context"). */
  anchor: string;
  /** Day-level precision when the author gave it (`1月2日`), as `MM-DD`. */
  days: string | null;
  /** The months the entry belongs to (two or more for a range, `3月〜4月`); empty outside months. */
  months: number[];
}

export interface TimelineSection {
  title: string;
  entries: TimelineEntry[];
}

export interface TimelineMonth {
  /** `YYYY-MM`, also the element id on the page. */
  key: string;
  month: number;
  entries: TimelineEntry[];
  /** The blog's own posts of that month (published then, or linked from the retrospective). */
  posts: PostLink[];
}

export interface TimelineYear {
  year: number;
  retrospectives: PostLink[];
  /** Always twelve, January first. */
  months: TimelineMonth[];
  highlights: TimelineSection[];
  outlook: TimelineSection[];
  previousYear: number | null;
  nextYear: number | null;
}

export interface TimelineYearSummary {
  year: number;
  retrospectives: PostLink[];
  /** Twelve counts (entries + posts), January first. */
  monthCounts: number[];
}

/** Site-wide facts the browser needs on every page. */
export interface SiteInfo {
  title: string;
  description: string;
  lang: string;
  /** Absolute site URL without trailing slash (for canonical links), or "" when unknown. */
  origin: string;
}

export type RouteData =
  | { kind: "home"; posts: PostSummary[]; page: number; pageCount: number }
  | {
      kind: "post";
      post: PostDetail;
      previous: PostLink | null;
      next: PostLink | null;
      related: PostLink[];
    }
  | { kind: "timeline-index"; years: TimelineYearSummary[] }
  | { kind: "timeline-year"; timeline: TimelineYear }
  | {
      kind: "term";
      taxonomy: "tags" | "categories";
      term: string;
      posts: PostSummary[];
      page: number;
      pageCount: number;
      /** All posts carrying the term, across pages. */
      total: number;
    }
  | { kind: "terms"; taxonomy: "tags" | "categories"; terms: TermCount[] }
  | {
      kind: "archive";
      years: ArchiveYearCount[];
      /** The taxonomies that have pages (`/tags/`, `/categories/`), to link to. */
      taxonomies: ("tags" | "categories")[];
    }
  | {
      kind: "archive-year";
      year: number;
      months: { month: number; posts: PostLink[] }[];
      previousYear: number | null;
      nextYear: number | null;
    }
  | { kind: "search" }
  | { kind: "redirect"; to: string };

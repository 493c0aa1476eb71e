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
  /** What the previous year's retrospective planned for this year (its outlook), if it did. */
  plans?: TimelinePlans;
  /** The year whose page shows this year's outlook as its plans (the next year), if any. */
  plansShownIn?: number;
  /** The year in numbers: what the blog published that year. */
  numbers?: YearNumbers;
}

/** A year's plans as the previous year's retrospective wrote them. */
export interface TimelinePlans {
  /** The year of the retrospective that made the plans (the year before). */
  year: number;
  /** Its outlook sections, each entry linking to where it was written. */
  sections: TimelineSection[];
}

/** What the blog published in a year. */
export interface YearNumbers {
  posts: number;
  /** Characters written (letters, digits and CJK characters; no spaces or punctuation). */
  characters: number;
  /** Words written: each CJK character counts as one, as word counters for Japanese do. */
  words: number;
  /**
   * The year's most used terms, most used first (at most five): its tags, or its categories
   * when its posts have no tags (many Hugo blogs tag with categories).
   */
  taxonomy: "tags" | "categories";
  terms: TermCount[];
}

/** Posts per month of one year, for the years-at-a-glance chart. */
export interface GlanceYear {
  year: number;
  /** Twelve counts, January first. */
  monthCounts: number[];
  /** Whether the year has a timeline page (else its cells link to the archive). */
  timeline: boolean;
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
  | {
      kind: "timeline-index";
      years: TimelineYearSummary[];
      /** Posts per month of every year the blog has posts in, newest first. */
      glance?: GlanceYear[];
    }
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
      /** Posts per month of every year, newest first, for the years at a glance. */
      glance?: GlanceYear[];
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

/** Pages' data by path inside the site (no base): a Map, or made when asked (route-data.ts). */
export interface RouteLookup {
  get(sitePath: string): RouteData | undefined;
}

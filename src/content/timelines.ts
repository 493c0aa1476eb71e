import type { Heading } from "mdast";
import { toString } from "mdast-util-to-string";
import type { BuiltPost } from "./load-site";
import { linkTo } from "./load-site";
import type {
  PostLink,
  TimelineEntry,
  TimelineSection,
  TimelineYear,
  TimelineYearSummary,
} from "./types";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Lays every year that has a retrospective out month by month: the retrospectives' entries,
 * their highlights and outlook, and the blog's own posts of each month. Oldest year first.
 */
export function buildTimelines(posts: BuiltPost[]): TimelineYear[] {
  const byYear = new Map<number, BuiltPost[]>();
  for (const post of posts) {
    if (!post.timeline) continue;
    const list = byYear.get(post.timeline.year) ?? [];
    list.push(post);
    byYear.set(post.timeline.year, list);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return years.map((year, i) => {
    // Oldest retrospective first, so the year reads in the order it was written.
    const retros = byYear
      .get(year)!
      .slice()
      .sort((a, b) => a.meta.date.instant - b.meta.date.instant);
    const months = Array.from({ length: 12 }, (_, m) => ({
      key: `${year}-${pad(m + 1)}`,
      month: m + 1,
      entries: [] as TimelineEntry[],
      posts: [] as PostLink[],
    }));
    const highlights: TimelineSection[] = [];
    const outlook: TimelineSection[] = [];
    const retroUrls = new Set(retros.map((r) => r.url));
    for (const retro of retros) {
      const source = linkTo(retro);
      const timeline = retro.timeline!;
      const anchorOf = anchorsIn(retro);
      for (const entry of timeline.months) {
        for (const month of entry.months) {
          months[month - 1]!.entries.push({
            html: entry.html,
            source,
            anchor: anchorOf(entry.anchor),
            days: entry.days,
            months: entry.months,
          });
        }
      }
      for (const [from, to] of [
        [timeline.highlights, highlights],
        [timeline.outlook, outlook],
      ] as const) {
        for (const section of from) {
          to.push({
            title: section.title,
            entries: [
              {
                html: section.html,
                source,
                anchor: anchorOf(section.anchor),
                days: null,
                months: [],
              },
            ],
          });
        }
      }
    }
    // The blog's own posts of the year, each in the month it was published. A post of the year
    // the retrospectives link to (the 2016 retrospective's most-read posts) is among them.
    for (const post of posts) {
      if (post.meta.date.year !== year || retroUrls.has(post.url)) continue;
      months[post.meta.date.month - 1]!.posts.push(linkTo(post));
    }
    for (const month of months)
      month.posts.sort((a, b) => a.date.written.localeCompare(b.date.written));
    return {
      year,
      retrospectives: retros.map(linkTo),
      months,
      highlights,
      outlook,
      previousYear: years[i - 1] ?? null,
      nextYear: years[i + 1] ?? null,
    };
  });
}

/** What the timeline index shows of a year: its retrospectives and how full each month is. */
export function summariseTimeline(year: TimelineYear): TimelineYearSummary {
  return {
    year: year.year,
    retrospectives: year.retrospectives,
    monthCounts: year.months.map((m) => m.entries.length + m.posts.length),
  };
}

const HEADING = /<h([1-6])\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the character references rehype-stringify writes (`&#x3C;`, `&amp;`). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The id a retrospective's block really has in its post. A paragraph or list gets its line
 * anchor (`L12`), but a heading keeps the id rehype-slug gave it (`公開したoss`), so a section or
 * month that starts at a heading is found by its heading: the n-th heading of the post's HTML
 * with the same level and text, n counted among the post's top-level headings.
 */
function anchorsIn(post: BuiltPost): (anchor: string) => string {
  const html = post.detail.html;
  const headings = post.tree.children.filter((n): n is Heading => n.type === "heading");
  let rendered: { level: number; id: string; text: string }[] | null = null;
  return (anchor) => {
    if (html.includes(`id="${anchor}"`)) return anchor;
    const line = Number(anchor.slice(1));
    const index = headings.findIndex((h) => h.position?.start.line === line);
    const heading = headings[index];
    if (!heading) return anchor;
    const text = squash(toString(heading));
    const nth = headings
      .slice(0, index)
      .filter((h) => h.depth === heading.depth && squash(toString(h)) === text).length;
    rendered ??= [...html.matchAll(HEADING)].map((m) => ({
      level: Number(m[1]),
      id: decodeEntities(m[2]!),
      text: squash(decodeEntities(m[3]!.replace(/<[^>]*>/g, ""))),
    }));
    const same = rendered.filter((h) => h.level === heading.depth && h.text === text);
    return same[nth]?.id ?? anchor;
  };
}

import type { SitePost } from "./site-post.ts";
import { linkTo, postsByYear } from "./site-post.ts";
import type {
  PostLink,
  TimelineEntry,
  TimelineSection,
  TimelineYear,
  TimelineYearSummary,
} from "../../shared/types.ts";
import { monthId } from "../../shared/paths.ts";

/**
 * Lays every year that has a retrospective out month by month: the retrospectives' entries,
 * their highlights and outlook, and the blog's own posts of each month. Oldest year first.
 */
export function buildTimelines(posts: SitePost[]): TimelineYear[] {
  const byYear = new Map<number, SitePost[]>();
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
      key: monthId(year, m + 1),
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
      for (const entry of timeline.months) {
        for (const month of entry.months) {
          months[month - 1]!.entries.push({
            html: entry.html,
            source,
            anchor: entry.anchor,
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
                anchor: section.anchor,
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
    for (const post of postsByYear(posts).get(year) ?? []) {
      if (retroUrls.has(post.url)) continue;
      months[post.meta.date.month - 1]!.posts.push(linkTo(post));
    }
    for (const month of months)
      month.posts.sort((a, b) =>
        a.date.written < b.date.written ? -1 : a.date.written > b.date.written ? 1 : 0,
      );
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

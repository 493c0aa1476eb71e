import { postsByYear, type SitePost } from "./site-post.ts";
import { groupByTerm } from "./taxonomies.ts";
import type {
  ArchiveYearCount,
  GlanceYear,
  TimelineYear,
  YearNumbers,
} from "../../shared/types.ts";
import { termPath } from "../../shared/paths.ts";

/**
 * What the timeline adds to looking back, beyond any blog engine: each year beside the plans
 * the year before made for it, each year in numbers, and every year of the blog at a glance.
 * Pure functions of the site's posts and timelines; route-data.ts puts them on the pages.
 */

/** The most terms a year in numbers lists. */
export const TOP_TERMS = 5;

/**
 * The timelines with their plans: a year whose previous calendar year has a retrospective with
 * an outlook shows that outlook as its plans, and the previous year links forward to it. Only
 * the year just before counts: a 2018 retrospective's outlook is about 2019, not 2020.
 */
export function withPlans(timelines: TimelineYear[]): TimelineYear[] {
  const byYear = new Map(timelines.map((t) => [t.year, t]));
  return timelines.map((timeline) => {
    const before = byYear.get(timeline.year - 1);
    const after = byYear.get(timeline.year + 1);
    return {
      ...timeline,
      ...(before && before.outlook.length > 0
        ? { plans: { year: before.year, sections: before.outlook } }
        : {}),
      ...(after && timeline.outlook.length > 0 ? { plansShownIn: after.year } : {}),
    };
  });
}

/** What the blog published in a year: posts, characters and words, its most used terms. */
export function yearNumbers(posts: SitePost[], year: number): YearNumbers {
  const ofYear = postsByYear(posts).get(year) ?? [];
  let characters = 0;
  let words = 0;
  for (const post of ofYear) {
    characters += post.counts.characters;
    words += post.counts.words;
  }
  const tagged = ofYear.some((p) => p.meta.tags.length > 0);
  const taxonomy =
    tagged || !ofYear.some((p) => p.meta.categories.length > 0) ? "tags" : "categories";
  const terms = [...groupByTerm(ofYear, taxonomy).values()]
    .map(({ name, posts: list }) => ({
      name,
      url: termPath(taxonomy, name),
      count: list.length,
    }))
    // Most used first; then by name in code-unit order, the same on every machine.
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, TOP_TERMS);
  return { posts: ofYear.length, characters, words, taxonomy, terms };
}

/**
 * Posts per month of every year from the first post's to the last's (a year with no post is
 * shown empty, not left out), newest first; a year with a timeline links there.
 */
export function glanceYears(years: ArchiveYearCount[], timelineYears: number[]): GlanceYear[] {
  if (years.length === 0) return [];
  const counts = new Map(years.map((y) => [y.year, y.monthCounts]));
  const withTimeline = new Set(timelineYears);
  const newest = Math.max(...counts.keys());
  const oldest = Math.min(...counts.keys());
  const out: GlanceYear[] = [];
  for (let year = newest; year >= oldest; year--)
    out.push({
      year,
      monthCounts: counts.get(year) ?? Array.from({ length: 12 }, () => 0),
      timeline: withTimeline.has(year),
    });
  return out;
}

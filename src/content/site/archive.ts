import type { SitePost } from "./site-post.ts";
import { linkTo } from "./site-post.ts";
import type { PostLink, RouteData } from "../../shared/types.ts";
import { archivePath, type Taxonomy } from "../../shared/paths.ts";

/**
 * The archive: `/archive/` lists the years with their counts per month, and `/archive/YYYY/`
 * lists a year's posts month by month (newest first), so no page grows with the whole blog.
 * Years and months are the calendar day the author wrote.
 */
export function archivePages(
  posts: SitePost[],
  taxonomies: Taxonomy[] = [],
): Map<string, RouteData> {
  const byYear = new Map<number, Map<number, PostLink[]>>();
  for (const post of posts) {
    const { year, month } = post.meta.date;
    const months = byYear.get(year) ?? new Map<number, PostLink[]>();
    const list = months.get(month) ?? [];
    list.push(linkTo(post));
    months.set(month, list);
    byYear.set(year, months);
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  const pages = new Map<string, RouteData>();
  pages.set(archivePath(), {
    kind: "archive",
    taxonomies,
    years: years.map((year) => {
      const months = byYear.get(year)!;
      const monthCounts = Array.from({ length: 12 }, (_, i) => months.get(i + 1)?.length ?? 0);
      return { year, count: monthCounts.reduce((a, b) => a + b, 0), monthCounts };
    }),
  });
  years.forEach((year, i) => {
    const months = byYear.get(year)!;
    pages.set(archivePath(year), {
      kind: "archive-year",
      year,
      months: [...months.keys()]
        .sort((a, b) => b - a)
        .map((month) => ({ month, posts: months.get(month)! })),
      // Years are newest first: the previous (older) year is the next in the list.
      previousYear: years[i + 1] ?? null,
      nextYear: years[i - 1] ?? null,
    });
  });
  return pages;
}

import type { LoadedSite, SitePost } from "./site-post.ts";
import { linkTo } from "./site-post.ts";
import { buildTimelines, summariseTimeline } from "./timeline-years.ts";
import type { PostLink, PostSummary, RouteData, RouteLookup } from "../../shared/types.ts";
import { archivePath, pagePath, searchPath, timelinePath } from "../../shared/paths.ts";
import { glanceYears, withPlans, yearNumbers } from "./looking-back.ts";
import { archivePages } from "./archive.ts";
import { taxonomyPages } from "./taxonomies.ts";

/**
 * Every page of the site, made when asked for: a page's data (a post, a page of the post
 * list) is made alone, the timeline, taxonomy and archive pages (made from every post) once,
 * when the first of them is asked for. The dev server asks for the pages it serves, so saving
 * a post in a 10,000-post blog does not make every page's data again (it took 120-170 ms).
 * `all()` makes every page, in the order the build writes them.
 */
export interface SiteRoutes extends RouteLookup {
  all(): Map<string, RouteData>;
}

export function siteRoutes(site: LoadedSite): SiteRoutes {
  const { posts } = site;
  const perPage = Math.max(1, site.config.paginate);
  const pageCount = Math.max(1, Math.ceil(posts.length / perPage));
  const listPages = new Map<string, number>();
  for (let page = 1; page <= pageCount; page++) listPages.set(pagePath(page), page);
  const listPage = (page: number): RouteData => ({
    kind: "home",
    posts: posts.slice((page - 1) * perPage, page * perPage).map(summaryOf),
    page,
    pageCount,
  });
  const postAt = once(() => new Map(posts.map((post, i) => [post.url, i])));
  const related = once(() => relatedByTags(posts));
  const postPage = (i: number): RouteData => ({
    kind: "post",
    post: posts[i]!.detail,
    // Posts are newest first: the next (newer) post is the one before.
    previous: posts[i + 1] ? linkTo(posts[i + 1]!) : null,
    next: posts[i - 1] ? linkTo(posts[i - 1]!) : null,
    related: related()(posts[i]!),
  });
  // Posts cannot take these pages' URLs (src/content/read/url-path-check.ts); aliases can,
  // and then the page wins.
  const generated = once(() => generatedPages(site, perPage));
  return {
    get(sitePath) {
      const page = listPages.get(sitePath);
      if (page !== undefined) return listPage(page);
      const i = postAt().get(sitePath);
      if (i !== undefined) return postPage(i);
      const to = site.aliases.get(sitePath);
      const data = generated().get(sitePath);
      return data ?? (to === undefined ? undefined : { kind: "redirect", to });
    },
    all() {
      const routes = new Map<string, RouteData>();
      for (const [sitePath, page] of listPages) routes.set(sitePath, listPage(page));
      posts.forEach((post, i) => routes.set(post.url, postPage(i)));
      for (const [sitePath, data] of generated()) routes.set(sitePath, data);
      for (const [from, to] of site.aliases)
        if (!routes.has(from)) routes.set(from, { kind: "redirect", to });
      return routes;
    },
  };
}

/** Every page of the site, by its path inside the site (no base), with the data it shows. */
export function buildRouteData(site: LoadedSite): Map<string, RouteData> {
  return siteRoutes(site).all();
}

/** The pages made from every post: the timelines, taxonomies, archive and search page. */
function generatedPages(site: LoadedSite, perPage: number): Map<string, RouteData> {
  const routes = new Map<string, RouteData>();
  const { posts } = site;
  const timelines = withPlans(buildTimelines(posts)).map((timeline) => ({
    ...timeline,
    numbers: yearNumbers(posts, timeline.year),
  }));
  const taxonomies = taxonomyPages(posts, perPage, summaryOf);
  const withPages = (["tags", "categories"] as const).filter((t) => taxonomies.has(`/${t}/`));
  const archive = archivePages(posts, withPages);
  // The years at a glance, on the timeline and the archive alike.
  const archiveIndex = archive.get(archivePath());
  const glance = glanceYears(
    archiveIndex?.kind === "archive" ? archiveIndex.years : [],
    timelines.map((t) => t.year),
  );
  if (archiveIndex?.kind === "archive") archiveIndex.glance = glance;
  routes.set(timelinePath(), {
    kind: "timeline-index",
    years: timelines.map(summariseTimeline).reverse(),
    glance,
  });
  for (const timeline of timelines)
    routes.set(timelinePath(timeline.year), { kind: "timeline-year", timeline });
  for (const [path, data] of taxonomies) routes.set(path, data);
  for (const [path, data] of archive) routes.set(path, data);
  routes.set(searchPath(), { kind: "search" });
  return routes;
}

/** A value made the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

const summaries = new WeakMap<SitePost, PostSummary>();

/** A post as the post list shows it; made once per post (it is on several lists). */
export function summaryOf(post: SitePost): PostSummary {
  let summary = summaries.get(post);
  if (!summary) {
    const { url, title, date, lang, excerpt, tags, categories, readingMinutes } = post.detail;
    summaries.set(
      post,
      (summary = { url, title, date, lang, excerpt, tags, categories, readingMinutes }),
    );
  }
  return summary;
}

/** Up to three posts sharing the most tags (or categories) with a post, newest first on ties. */
function relatedByTags(posts: SitePost[]): (post: SitePost) => PostLink[] {
  const byTerm = new Map<string, number[]>();
  posts.forEach((post, i) => {
    for (const term of terms(post)) {
      const list = byTerm.get(term) ?? [];
      list.push(i);
      byTerm.set(term, list);
    }
  });
  return (post) => {
    const scores = new Map<number, number>();
    for (const term of terms(post)) {
      const list = byTerm.get(term)!;
      if (list.length > 200) continue; // a term on most posts says little about relatedness
      for (const i of list) if (posts[i] !== post) scores.set(i, (scores.get(i) ?? 0) + 1);
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, 3)
      .map(([i]) => linkTo(posts[i]!));
  };
}

function terms(post: SitePost): string[] {
  return [
    ...post.meta.tags.map((t) => `t:${t.toLowerCase()}`),
    ...post.meta.categories.map((c) => `c:${c.toLowerCase()}`),
  ];
}

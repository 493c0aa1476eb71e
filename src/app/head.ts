import type { RouteData, SiteInfo } from "../shared/types.ts";
import { labelsFor } from "../shared/labels.ts";
import { listLabels } from "../shared/list-labels.ts";
import { searchLabels } from "../shared/search-labels.ts";

/** What a page says about itself in <head>. */
export interface PageHead {
  title: string;
  description: string;
  type: "website" | "article";
  lang: string;
  /** A post's date as written (ISO 8601), for `article:published_time`. */
  published?: string;
  /** Search engines should not index the page (the search page, empty until a query). */
  noindex?: boolean;
}

/** A page's title as the browser tab shows it: the page's own, then the site's. */
export function pageTitle(title: string, site: SiteInfo): string {
  return `${title} | ${site.title}`;
}

/** The title, description and kind of a page, from its data. */
export function headFor(data: RouteData | null, site: SiteInfo): PageHead {
  const labels = { ...labelsFor(site.lang), ...listLabels(site.lang), ...searchLabels(site.lang) };
  const page = (title: string, description = site.description): PageHead => ({
    title: pageTitle(title, site),
    description: description || site.title,
    type: "website",
    lang: site.lang,
  });
  if (!data) return page(labels.notFoundTitle);
  switch (data.kind) {
    case "home":
      return data.page > 1
        ? page(labels.page(data.page, data.pageCount))
        : {
            title: site.title,
            description: site.description || site.title,
            type: "website",
            lang: site.lang,
          };
    case "post":
      return {
        title: pageTitle(data.post.title, site),
        description: data.post.excerpt || site.description || data.post.title,
        type: "article",
        lang: data.post.lang,
        published: data.post.date.written,
      };
    case "timeline-index":
      return page(labels.timelineTitle, labels.timelineIntro);
    case "timeline-year":
      return page(labels.yearTimeline(data.timeline.year), labels.timelineIntro);
    case "term": {
      const title =
        data.taxonomy === "tags" ? labels.taggedWith(data.term) : labels.inCategory(data.term);
      return page(
        data.page > 1 ? `${title} (${labels.page(data.page, data.pageCount)})` : title,
        `${title}: ${labels.postCount(data.total)}`,
      );
    }
    case "terms":
      return page(data.taxonomy === "tags" ? labels.allTags : labels.allCategories);
    case "archive":
      return page(labels.archive, labels.archiveIntro);
    case "archive-year":
      return page(labels.yearArchive(data.year), labels.archiveIntro);
    case "search":
      return { ...page(labels.search, labels.searchPrompt), noindex: true };
    case "redirect":
      return page(site.title);
  }
}

import type { RouteData, SiteInfo } from "../content/types";
import { labelsFor } from "../shared/labels";

/** What a page says about itself in <head>. */
export interface PageHead {
  title: string;
  description: string;
  type: "website" | "article";
  lang: string;
}

/** The title, description and kind of a page, from its data. */
export function headFor(data: RouteData | null, site: SiteInfo): PageHead {
  const labels = labelsFor(site.lang);
  const page = (title: string, description = site.description): PageHead => ({
    title: `${title} | ${site.title}`,
    description,
    type: "website",
    lang: site.lang,
  });
  if (!data) return page(labels.notFoundTitle);
  switch (data.kind) {
    case "home":
      return data.page > 1
        ? page(labels.page(data.page, data.pageCount))
        : { title: site.title, description: site.description, type: "website", lang: site.lang };
    case "post":
      return {
        title: `${data.post.title} | ${site.title}`,
        description: data.post.excerpt || site.description,
        type: "article",
        lang: data.post.lang,
      };
    case "timeline-index":
      return page(labels.timelineTitle, labels.timelineIntro);
    case "timeline-year":
      return page(labels.yearTimeline(data.timeline.year), labels.timelineIntro);
    case "redirect":
      return page(site.title);
  }
}

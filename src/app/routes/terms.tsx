import { useLoaderData } from "react-router";
import type { RouteData } from "../../shared/types.ts";
import { PrefetchLink } from "../../components/prefetch-link.tsx";
import { site, siteLabels } from "../../browser/site-context.ts";
import { listLabels } from "../../shared/list-labels.ts";

const lists = listLabels(site.lang);

type TermsData = Extract<RouteData, { kind: "terms" }>;

/** Every tag (or category) with how many posts carry it, most used first. */
export function TermsPage() {
  const { taxonomy, terms } = useLoaderData() as TermsData;
  return (
    <>
      <h1 className="page-title">{taxonomy === "tags" ? lists.allTags : lists.allCategories}</h1>
      <ul className="term-index">
        {terms.map((term) => (
          <li key={term.url}>
            <PrefetchLink to={term.url}>{term.name}</PrefetchLink>{" "}
            <span className="term-index__count">({siteLabels.postCount(term.count)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

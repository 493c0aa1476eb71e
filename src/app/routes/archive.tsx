import { useLoaderData } from "react-router";
import type { RouteData } from "../../shared/types.ts";
import { PrefetchLink } from "../../components/prefetch-link.tsx";
import { YearsAtAGlance } from "../../components/years-at-a-glance.tsx";
import { archivePath, taxonomyPath } from "../../shared/paths.ts";
import { site, siteLabels } from "../../browser/site-context.ts";
import { listLabels } from "../../shared/list-labels.ts";

const lists = listLabels(site.lang);

type ArchiveData = Extract<RouteData, { kind: "archive" }>;

/** The archive index: every year with its number of posts, each linking to its own page. */
export function ArchivePage() {
  const { years, taxonomies, glance } = useLoaderData() as ArchiveData;
  return (
    <>
      <h1 className="page-title">{siteLabels.archive}</h1>
      <p className="page-intro">{lists.archiveIntro}</p>
      <ul className="archive-years">
        {years.map((y) => (
          <li key={y.year}>
            <PrefetchLink to={archivePath(y.year)}>{lists.yearArchive(y.year)}</PrefetchLink>{" "}
            <span className="archive-years__count">({siteLabels.postCount(y.count)})</span>
          </li>
        ))}
      </ul>
      <YearsAtAGlance years={glance} prefer="archive" />
      {taxonomies.length > 0 && (
        <ul className="archive-taxonomies">
          {taxonomies.map((t) => (
            <li key={t}>
              <PrefetchLink to={taxonomyPath(t)}>
                {t === "tags" ? lists.allTags : lists.allCategories}
              </PrefetchLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

import { useLoaderData } from "react-router";
import type { RouteData } from "../../shared/types.ts";
import { PostDate } from "../../components/post-date.tsx";
import { PrefetchLink } from "../../components/prefetch-link.tsx";
import { archivePath, monthId } from "../../shared/paths.ts";
import { site, siteLabels } from "../../browser/site-context.ts";
import { listLabels } from "../../shared/list-labels.ts";

const lists = listLabels(site.lang);

type ArchiveYearData = Extract<RouteData, { kind: "archive-year" }>;

/** One year of the archive: its posts month by month, newest first. */
export function ArchiveYearPage() {
  const { year, months, previousYear, nextYear } = useLoaderData() as ArchiveYearData;
  return (
    <>
      <h1 className="page-title">{lists.yearArchive(year)}</h1>
      <p className="page-intro">
        <PrefetchLink to={archivePath()}>{siteLabels.archive}</PrefetchLink>
      </p>
      {months.map(({ month, posts }) => (
        <section key={month} aria-labelledby={monthId(year, month)} className="archive-month">
          <h2 id={monthId(year, month)}>
            {siteLabels.currentMonth(year, month)}{" "}
            <span className="archive-month__count">({siteLabels.postCount(posts.length)})</span>
          </h2>
          <ul>
            {posts.map((post) => (
              <li key={post.url} lang={post.lang}>
                <PrefetchLink to={post.url}>{post.title}</PrefetchLink>{" "}
                <PostDate date={post.date} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <nav className="pagination" aria-label={lists.pagination}>
        {nextYear !== null && (
          <PrefetchLink to={archivePath(nextYear)} rel="prev">
            ← {lists.yearArchive(nextYear)}
          </PrefetchLink>
        )}
        {previousYear !== null && (
          <PrefetchLink to={archivePath(previousYear)} rel="next">
            {lists.yearArchive(previousYear)} →
          </PrefetchLink>
        )}
      </nav>
    </>
  );
}

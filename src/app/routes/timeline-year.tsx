import { useLoaderData } from "react-router";
import type { RouteData, TimelineEntry, TimelineSection } from "../../content/types";
import { HtmlContent } from "../../components/html-content";
import { PostDate } from "../../components/post-date";
import { PrefetchLink } from "../../components/prefetch-link";
import { timelinePath } from "../../shared/paths";
import { siteLabels } from "../site-context";

type TimelineYearData = Extract<RouteData, { kind: "timeline-year" }>;

/** One year, month by month: what the retrospectives say of each month, and that month's posts. */
export function TimelineYearPage() {
  const { timeline } = useLoaderData() as TimelineYearData;
  const { year, months, highlights, outlook, retrospectives, previousYear, nextYear } = timeline;
  return (
    <div className="timeline">
      <h1 className="page-title">{siteLabels.yearTimeline(year)}</h1>
      <p className="timeline__sources">
        {siteLabels.retrospectives}:{" "}
        {retrospectives.map((r, i) => (
          <span key={r.url} lang={r.lang}>
            {i > 0 && ", "}
            <PrefetchLink to={r.url}>{r.title}</PrefetchLink>
          </span>
        ))}
      </p>
      <YearNav year={year} previousYear={previousYear} nextYear={nextYear} />
      <ol className="timeline__months">
        {months.map((m) => {
          const empty = m.entries.length === 0 && m.posts.length === 0;
          return (
            <li
              key={m.key}
              id={m.key}
              className={empty ? "month month--empty" : "month"}
              aria-labelledby={`${m.key}-heading`}
            >
              <h2 id={`${m.key}-heading`} className="month__name">
                {siteLabels.monthName(m.month)}
              </h2>
              {empty && <p className="month__empty">{siteLabels.noEntries}</p>}
              {m.entries.map((entry, i) => (
                <Entry key={i} entry={entry} />
              ))}
              {m.posts.length > 0 && (
                <div className="month__posts">
                  <h3>{siteLabels.postsThisMonth}</h3>
                  <ul>
                    {m.posts.map((p) => (
                      <li key={p.url} lang={p.lang}>
                        <PrefetchLink to={p.url}>{p.title}</PrefetchLink> <PostDate date={p.date} />
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <Sections id="highlights" title={siteLabels.highlights} sections={highlights} />
      <Sections id="outlook" title={siteLabels.outlook} sections={outlook} />
      <YearNav year={year} previousYear={previousYear} nextYear={nextYear} />
    </div>
  );
}

function Entry({ entry }: { entry: TimelineEntry }) {
  return (
    <div className="entry" lang={entry.source.lang}>
      <HtmlContent className="entry__body prose" html={entry.html} />
      <p className="entry__source">
        <PrefetchLink to={`${entry.source.url}#${entry.anchor}`}>
          {siteLabels.readInContext}
        </PrefetchLink>
      </p>
    </div>
  );
}

function Sections({
  id,
  title,
  sections,
}: {
  id: string;
  title: string;
  sections: TimelineSection[];
}) {
  if (sections.length === 0) return null;
  return (
    <section id={id} className={`timeline__${id}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {sections.map((section, i) => (
        <div key={i} className="timeline__section">
          {section.title && <h3>{section.title}</h3>}
          {section.entries.map((entry, j) => (
            <Entry key={j} entry={entry} />
          ))}
        </div>
      ))}
    </section>
  );
}

function YearNav({
  year,
  previousYear,
  nextYear,
}: {
  year: number;
  previousYear: number | null;
  nextYear: number | null;
}) {
  return (
    <nav className="year-nav" aria-label={siteLabels.yearTimeline(year)}>
      {previousYear !== null && (
        <PrefetchLink to={timelinePath(previousYear)} rel="prev">
          ← {siteLabels.previousYear} ({previousYear})
        </PrefetchLink>
      )}
      {nextYear !== null && (
        <PrefetchLink to={timelinePath(nextYear)} rel="next">
          {siteLabels.nextYear} ({nextYear}) →
        </PrefetchLink>
      )}
    </nav>
  );
}

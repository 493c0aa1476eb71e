import { useLoaderData } from "react-router";
import type { RouteData } from "../../content/types";
import { PrefetchLink } from "../../components/prefetch-link";
import { monthId, timelinePath } from "../../shared/paths";
import { siteLabels } from "../site-context";

type TimelineIndexData = Extract<RouteData, { kind: "timeline-index" }>;

/** Every year that has a retrospective, newest first, with a strip of its twelve months. */
export function TimelineIndexPage() {
  const { years } = useLoaderData() as TimelineIndexData;
  return (
    <>
      <h1 className="page-title">{siteLabels.timelineTitle}</h1>
      <p className="page-intro">{siteLabels.timelineIntro}</p>
      <ul className="timeline-years">
        {years.map((y) => (
          <li key={y.year} className="timeline-years__year">
            <h2>
              <PrefetchLink to={timelinePath(y.year)}>
                {siteLabels.yearTimeline(y.year)}
              </PrefetchLink>
            </h2>
            <ol className="month-strip" aria-label={`${siteLabels.monthsWithEntries} (${y.year})`}>
              {y.monthCounts.map((count, i) => (
                <li
                  key={i}
                  className={
                    count > 0 ? "month-strip__month month-strip__month--full" : "month-strip__month"
                  }
                >
                  {count > 0 ? (
                    <PrefetchLink
                      to={timelinePath(y.year, i + 1)}
                      aria-label={`${siteLabels.currentMonth(y.year, i + 1)}: ${count}`}
                    >
                      {i + 1}
                    </PrefetchLink>
                  ) : (
                    <span
                      aria-label={`${siteLabels.currentMonth(y.year, i + 1)}: 0`}
                      id={`strip-${monthId(y.year, i + 1)}`}
                    >
                      {i + 1}
                    </span>
                  )}
                </li>
              ))}
            </ol>
            <p className="timeline-years__sources">
              {siteLabels.retrospectives}:{" "}
              {y.retrospectives.map((r, i) => (
                <span key={r.url}>
                  {i > 0 && ", "}
                  <PrefetchLink to={r.url}>{r.title}</PrefetchLink>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

import { useLoaderData } from "react-router";
import type { RouteData } from "../../shared/types.ts";
import { PrefetchLink } from "../../components/prefetch-link.tsx";
import { TimelineMonthStrip } from "../../components/timeline-month-strip.tsx";
import { YearsAtAGlance } from "../../components/years-at-a-glance.tsx";
import { timelinePath } from "../../shared/paths.ts";
import { siteLabels } from "../../browser/site-context.ts";

type TimelineIndexData = Extract<RouteData, { kind: "timeline-index" }>;

/** Every year that has a retrospective, newest first, with a strip of its twelve months. */
export function TimelineIndexPage() {
  const { years, glance } = useLoaderData() as TimelineIndexData;
  return (
    <>
      <h1 className="page-title">{siteLabels.timelineTitle}</h1>
      <p className="page-intro">{siteLabels.timelineIntro}</p>
      <YearsAtAGlance years={glance} prefer="timeline" />
      {years.length === 0 ? (
        <p>{siteLabels.noRetrospectives}</p>
      ) : (
        <ul className="timeline-years">
          {years.map((y) => (
            <li key={y.year} className="timeline-years__year">
              <h2>
                <PrefetchLink to={timelinePath(y.year)}>
                  {siteLabels.yearTimeline(y.year)}
                </PrefetchLink>
              </h2>
              <TimelineMonthStrip
                year={y.year}
                counts={y.monthCounts}
                label={`${siteLabels.monthsWithEntries} (${y.year})`}
              />
              <p className="timeline-years__sources">
                {siteLabels.retrospectives}:{" "}
                {y.retrospectives.map((r, i) => (
                  <span key={r.url} lang={r.lang}>
                    {i > 0 && ", "}
                    <PrefetchLink to={r.url}>{r.title}</PrefetchLink>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

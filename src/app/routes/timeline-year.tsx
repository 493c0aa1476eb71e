import { useLoaderData } from "react-router";
import type { RouteData, TimelineMonth } from "../../shared/types.ts";
import { PostDate } from "../../components/post-date.tsx";
import { PrefetchLink } from "../../components/prefetch-link.tsx";
import { TimelineEntry } from "../../components/timeline-entry.tsx";
import { TimelineMonthStrip } from "../../components/timeline-month-strip.tsx";
import { TimelineSections } from "../../components/timeline-sections.tsx";
import { PlansForward, YearPlans } from "../../components/year-plans.tsx";
import { YearNumbers } from "../../components/year-numbers.tsx";
import { timelinePath } from "../../shared/paths.ts";
import { siteLabels } from "../../browser/site-context.ts";
import { useMonthKeys } from "../timeline/use-month-keys.ts";

type TimelineYearData = Extract<RouteData, { kind: "timeline-year" }>;

const filled = (m: TimelineMonth) => m.entries.length + m.posts.length > 0;
const monthLabel = (key: string) =>
  siteLabels.currentMonth(Number(key.slice(0, 4)), Number(key.slice(5)));

/**
 * One year, month by month: what the retrospectives say of each month, and that month's posts.
 * The retrospective's opening comes first; its sections without a month (highlights) follow the
 * months, or come before them when the retrospective has no month at all (then they are what
 * there is to read, and the months hold the year's posts); the outlook comes last. Everything is
 * in the prerendered HTML; the keys (see useMonthKeys) only add to it.
 */
export function TimelineYearPage() {
  const { timeline } = useLoaderData() as TimelineYearData;
  const { year, months, highlights, outlook, retrospectives, previousYear, nextYear } = timeline;
  const { current, announcement } = useMonthKeys({
    year,
    months: months.map((m) => ({ key: m.key, filled: filled(m) })),
    previousYear,
    nextYear,
    monthLabel,
    yearLabel: siteLabels.yearTimeline,
  });
  const credit = retrospectives.length > 1;
  const intro = highlights.filter((s) => s.title === "");
  const topics = highlights.filter((s) => s.title !== "");
  const hasMonths = months.some((m) => m.entries.length > 0);
  const highlightsPart = (
    <TimelineSections
      id="highlights"
      title={siteLabels.highlights}
      sections={topics}
      credit={credit}
    />
  );
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
      <YearLinks previousYear={previousYear} nextYear={nextYear} landmark />
      <p className="timeline__keys">{siteLabels.keyboardHint}</p>
      <nav className="timeline__strip" aria-label={siteLabels.months}>
        <TimelineMonthStrip
          year={year}
          counts={months.map((m) => m.entries.length + m.posts.length)}
          inPage
          current={current}
        />
      </nav>
      <YearPlans year={year} plans={timeline.plans} />
      <YearNumbers year={year} numbers={timeline.numbers} />
      {intro.length > 0 && (
        <div className="timeline__intro">
          {intro
            .flatMap((s) => s.entries)
            .map((entry, i) => (
              <TimelineEntry key={i} entry={entry} credit={credit} />
            ))}
        </div>
      )}
      {!hasMonths && highlightsPart}
      <ol className="timeline__months">
        {months.map((m, i) => (
          <Month
            key={m.key}
            month={m}
            current={current === m.key}
            credit={credit}
            run={emptyRun(months, i)}
          />
        ))}
      </ol>
      {hasMonths && highlightsPart}
      <TimelineSections
        id="outlook"
        title={siteLabels.outlook}
        sections={outlook}
        credit={credit}
      />
      <PlansForward year={timeline.plansShownIn} />
      <YearLinks previousYear={previousYear} nextYear={nextYear} />
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/**
 * Where a month stands in a run of empty months: the first of a run of two or more shows the run
 * (`2月–5月 記録なし`), the others collapse to nothing on screen; each keeps its id, so links and
 * keys to any month still land there, and a screen reader still hears every month.
 */
type EmptyRun = { through: number } | "collapsed" | null;

function emptyRun(months: TimelineMonth[], i: number): EmptyRun {
  if (filled(months[i]!)) return null;
  if (i > 0 && !filled(months[i - 1]!)) return "collapsed";
  let end = i;
  while (end + 1 < months.length && !filled(months[end + 1]!)) end++;
  return end > i ? { through: months[end]!.month } : null;
}

function Month({
  month: m,
  current,
  credit,
  run = null,
}: {
  month: TimelineMonth;
  current: boolean;
  credit: boolean;
  run?: EmptyRun;
}) {
  const empty = !filled(m);
  const className = !empty
    ? "month"
    : run === "collapsed"
      ? "month month--empty month--collapsed"
      : "month month--empty";
  return (
    <li
      id={m.key}
      tabIndex={-1}
      className={className}
      aria-labelledby={`${m.key}-heading`}
      aria-current={current ? "true" : undefined}
    >
      <h2 id={`${m.key}-heading`} className="month__name">
        {siteLabels.monthName(m.month)}
        {run !== null && run !== "collapsed" && (
          <span aria-hidden="true">–{siteLabels.monthName(run.through)}</span>
        )}
      </h2>
      <div className="month__body">
        {empty && <p className="month__empty">{siteLabels.noEntries}</p>}
        {m.entries.map((entry, i) => (
          <TimelineEntry key={i} entry={entry} credit={credit} />
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
      </div>
    </li>
  );
}

/** Links to the older and newer year: a landmark at the top, plain links at the bottom. */
function YearLinks({
  previousYear,
  nextYear,
  landmark,
}: {
  previousYear: number | null;
  nextYear: number | null;
  landmark?: boolean;
}) {
  if (previousYear === null && nextYear === null) return null;
  const links = (
    <>
      {previousYear !== null ? (
        <PrefetchLink to={timelinePath(previousYear)} rel="prev" className="year-nav__previous">
          ← {siteLabels.previousYear} ({previousYear})
        </PrefetchLink>
      ) : (
        <span />
      )}
      {nextYear !== null && (
        <PrefetchLink to={timelinePath(nextYear)} rel="next" className="year-nav__next">
          {siteLabels.nextYear} ({nextYear}) →
        </PrefetchLink>
      )}
    </>
  );
  return landmark ? (
    <nav className="year-nav" aria-label={siteLabels.otherYears}>
      {links}
    </nav>
  ) : (
    <div className="year-nav year-nav--bottom">{links}</div>
  );
}

import { Link } from "react-router";
import { siteLabels } from "../browser/site-context.ts";
import { monthId, timelinePath } from "../shared/paths.ts";
import { PrefetchLink } from "./prefetch-link.tsx";

interface MonthStripProps {
  year: number;
  /** Twelve counts (entries + posts), January first. */
  counts: number[];
  /** Months link into this page (the year's own timeline) rather than to the year's page. */
  inPage?: boolean;
  /** The month the reader is at (`2017-04`), marked as the current location. */
  current?: string | null;
  label?: string;
}

/**
 * Twelve cells, January to December: a month with entries or posts is a link to it on the year's
 * timeline, named with its count ("2017年4月: 3件"); an empty month is a pale cell.
 */
export function TimelineMonthStrip({ year, counts, inPage, current, label }: MonthStripProps) {
  return (
    <ol className="month-strip" aria-label={label}>
      {counts.map((count, i) => {
        const month = i + 1;
        const key = monthId(year, month);
        const name = siteLabels.currentMonth(year, month);
        if (count === 0)
          return (
            <li key={key} className="month-strip__month">
              <span>
                <span aria-hidden="true">{month}</span>
                <span className="sr-only">{`${name}: ${siteLabels.noEntries}`}</span>
              </span>
            </li>
          );
        const accessibleName = `${name}: ${siteLabels.entryCount(count)}`;
        return (
          <li key={key} className="month-strip__month month-strip__month--full">
            {inPage ? (
              <Link
                to={{ hash: key }}
                aria-label={accessibleName}
                aria-current={current === key ? "location" : undefined}
              >
                {month}
              </Link>
            ) : (
              <PrefetchLink to={timelinePath(year, month)} aria-label={accessibleName}>
                {month}
              </PrefetchLink>
            )}
          </li>
        );
      })}
    </ol>
  );
}

import type { MouseEvent } from "react";
import { useNavigate } from "react-router";
import type { GlanceYear } from "../shared/types.ts";
import { lookingBackLabels } from "../shared/looking-back-labels.ts";
import { archivePath, monthId, timelinePath } from "../shared/paths.ts";
import { basename } from "../browser/route-data-source.ts";
import { site } from "../browser/site-context.ts";

const labels = lookingBackLabels(site.lang);

/** How many shades a month with posts can take (0 is a month without). */
export const GLANCE_LEVELS = 4;

// The chart's geometry, in SVG user units: a column of years, then twelve cells a row.
const LABEL = 40;
const CELL = 18;
const PITCH = 21;
const HEAD = 16;

/** A month's shade, 0 (no post) to GLANCE_LEVELS (the busiest month of the blog). */
export function glanceLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(GLANCE_LEVELS, Math.max(1, Math.ceil((count / max) * GLANCE_LEVELS)));
}

/**
 * Where a month of the chart goes: its place on the year's timeline when the year has one
 * (and the chart is the timeline's), else the month on the year's archive page; a month
 * without posts and without a timeline goes nowhere.
 */
export function glanceTarget(
  year: GlanceYear,
  month: number,
  prefer: "timeline" | "archive",
): string | null {
  if (prefer === "timeline" && year.timeline) return timelinePath(year.year, month);
  if (year.monthCounts[month - 1]! === 0) return null;
  return `${archivePath(year.year)}#${monthId(year.year, month)}`;
}

/**
 * The years at a glance: posts per month of every year as an SVG grid made at build time (in
 * the prerendered HTML, styled by class only, so it reads without JavaScript and under the
 * CSP), each month a link to that month, and the same counts as a table for reading (its
 * cells are plain text: the page links to each year already, and a closed table hides links).
 */
export function YearsAtAGlance({
  years,
  prefer,
}: {
  years: GlanceYear[] | undefined;
  prefer: "timeline" | "archive";
}) {
  const navigate = useNavigate();
  if (!years || years.length === 0) return null;
  const max = Math.max(...years.flatMap((y) => y.monthCounts));
  const width = LABEL + 12 * PITCH;
  const height = HEAD + years.length * PITCH;
  // A click stays in the app (as a router link would); a modified click is the browser's.
  const follow = (to: string) => (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void navigate(to);
  };
  return (
    <figure className="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading" className="glance__title">
        {labels.glanceTitle}
      </h2>
      <p id="glance-description" className="glance__description">
        {labels.glanceDescription}
      </p>
      <svg
        className="glance__chart"
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby="glance-heading"
        aria-describedby="glance-description"
      >
        <g aria-hidden="true" className="glance__labels">
          {Array.from({ length: 12 }, (_, i) => (
            <text key={i} x={LABEL + i * PITCH + CELL / 2} y={HEAD - 5} textAnchor="middle">
              {i + 1}
            </text>
          ))}
          {years.map((y, r) => (
            <text key={y.year} x={LABEL - 6} y={HEAD + r * PITCH + CELL - 5} textAnchor="end">
              {y.year}
            </text>
          ))}
        </g>
        {years.map((y, r) =>
          y.monthCounts.map((count, i) => {
            const month = i + 1;
            const name = labels.glanceCell(y.year, month, count);
            const cell = (
              <rect
                x={LABEL + i * PITCH}
                y={HEAD + r * PITCH}
                width={CELL}
                height={CELL}
                rx={3}
                className={`glance__cell glance__cell--${glanceLevel(count, max)}`}
              />
            );
            const to = glanceTarget(y, month, prefer);
            if (!to) return <g key={month + y.year * 100}>{cell}</g>;
            return (
              <a
                key={month + y.year * 100}
                href={basename + to}
                aria-label={name}
                onClick={follow(to)}
              >
                {cell}
              </a>
            );
          }),
        )}
      </svg>
      <p className="glance__legend" aria-hidden="true">
        {labels.fewer}
        {Array.from({ length: GLANCE_LEVELS + 1 }, (_, level) => (
          <span key={level} className={`glance__swatch glance__cell--${level}`} />
        ))}
        {labels.more}
      </p>
      <details className="glance__details">
        <summary>{labels.glanceTable}</summary>
        <div className="glance__table" role="region" aria-label={labels.glanceTitle} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{labels.year}</th>
                {Array.from({ length: 12 }, (_, i) => (
                  <th key={i} scope="col">
                    {labels.monthShort(i + 1)}
                  </th>
                ))}
                <th scope="col">{labels.total}</th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  {y.monthCounts.map((n, i) => (
                    <td key={i}>{n}</td>
                  ))}
                  <td>{y.monthCounts.reduce((a, b) => a + b, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

import { Link } from "react-router";
import type { TimelineSection } from "../shared/types.ts";
import { TimelineEntry } from "./timeline-entry.tsx";

interface SectionsProps {
  /** The element id and class suffix: `highlights`, `outlook`; each section is `<id>-<n>`. */
  id: string;
  title: string;
  sections: TimelineSection[];
  credit: boolean;
}

/** With this many titled sections or more, their titles are listed first, as links. */
const TOPICS_LIST_FROM = 4;

/** The parts of the year that belong to no month (highlights) or to the next year (outlook). */
export function TimelineSections({ id, title, sections, credit }: SectionsProps) {
  if (sections.length === 0) return null;
  const titled = sections.filter((s) => s.title !== "").length;
  return (
    <section id={id} className={`timeline__part timeline__${id}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {titled >= TOPICS_LIST_FROM && (
        <ul className="timeline__topics">
          {sections.map(
            (section, i) =>
              section.title && (
                <li key={i} lang={section.entries[0]?.source.lang}>
                  <Link to={{ hash: `${id}-${i + 1}` }}>{section.title}</Link>
                </li>
              ),
          )}
        </ul>
      )}
      {sections.map((section, i) => (
        <div
          key={i}
          id={`${id}-${i + 1}`}
          className="timeline__section"
          lang={section.entries[0]?.source.lang}
        >
          {section.title && <h3>{section.title}</h3>}
          {section.entries.map((entry, j) => (
            <TimelineEntry key={j} entry={entry} credit={credit} />
          ))}
        </div>
      ))}
    </section>
  );
}

import type { TimelineSection } from "../content/types";
import { TimelineEntry } from "./timeline-entry";

interface SectionsProps {
  /** The element id and class suffix: `highlights`, `outlook`. */
  id: string;
  title: string;
  sections: TimelineSection[];
  credit: boolean;
}

/** The parts of the year that belong to no month (highlights) or to the next year (outlook). */
export function TimelineSections({ id, title, sections, credit }: SectionsProps) {
  if (sections.length === 0) return null;
  return (
    <section id={id} className={`timeline__part timeline__${id}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {sections.map((section, i) => (
        <div key={i} className="timeline__section">
          {section.title && <h3>{section.title}</h3>}
          {section.entries.map((entry, j) => (
            <TimelineEntry key={j} entry={entry} credit={credit} />
          ))}
        </div>
      ))}
    </section>
  );
}

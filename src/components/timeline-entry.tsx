import type { TimelineEntry as Entry } from "../shared/types.ts";
import { siteLabels } from "../browser/site-context.ts";
import { HtmlContent } from "./html-content.tsx";
import { PrefetchLink } from "./prefetch-link.tsx";

/**
 * One passage of a retrospective on the timeline: the day(s) when the author gave them (else the
 * range of months it spans, shown in each of them), the passage, and a link to it in its post.
 * `credit` names the post (a year with several).
 */
export function TimelineEntry({ entry, credit }: { entry: Entry; credit: boolean }) {
  const { source } = entry;
  return (
    <div className="entry" lang={source.lang}>
      {entry.days ? (
        <EntryDays days={entry.days} />
      ) : (
        entry.months.length > 1 && (
          <p className="entry__days">
            {siteLabels.monthName(entry.months[0]!)}
            {siteLabels.rangeDash}
            {siteLabels.monthName(entry.months[entry.months.length - 1]!)}
          </p>
        )
      )}
      <HtmlContent className="entry__body prose" html={entry.html} />
      <p className="entry__source">
        {credit && (
          <>
            {siteLabels.fromPost}: <PrefetchLink to={source.url}>{source.title}</PrefetchLink>
            {" · "}
          </>
        )}
        <PrefetchLink to={`${source.url}#${entry.anchor}`}>{siteLabels.readInContext}</PrefetchLink>
      </p>
    </div>
  );
}

/** `01-02` as "1月2日", `12-29/01-20` as "12月29日〜1月20日", each a yearless <time>. */
function EntryDays({ days }: { days: string }) {
  const parts = days.split("/");
  return (
    <p className="entry__days">
      {parts.map((part, i) => {
        const [month, day] = part.split("-").map(Number);
        return (
          <span key={part}>
            {i > 0 && siteLabels.rangeDash}
            <time dateTime={part}>{siteLabels.dayOfMonth(month!, day!)}</time>
          </span>
        );
      })}
    </p>
  );
}

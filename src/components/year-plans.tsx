import type { TimelinePlans } from "../shared/types.ts";
import { lookingBackLabels } from "../shared/looking-back-labels.ts";
import { timelinePath } from "../shared/paths.ts";
import { site } from "../browser/site-context.ts";
import { PrefetchLink } from "./prefetch-link.tsx";
import { TimelineSections } from "./timeline-sections.tsx";

const labels = lookingBackLabels(site.lang);

/** The element id of a year's plans on its timeline page (the previous year links to it). */
export const PLANS_ID = "plans";

/**
 * Plans beside outcomes: at the top of a year's timeline, what the previous year's
 * retrospective planned for it (its outlook), each passage crediting and linking to the
 * retrospective it was written in, before the year tells how it went.
 */
export function YearPlans({ year, plans }: { year: number; plans: TimelinePlans | undefined }) {
  if (!plans || plans.sections.length === 0) return null;
  return (
    <TimelineSections
      id={PLANS_ID}
      title={labels.plansTitle(year)}
      sections={plans.sections}
      credit
    />
  );
}

/** On the year that made the plans, below its outlook: a link to the year they were for. */
export function PlansForward({ year }: { year: number | undefined }) {
  if (year === undefined) return null;
  return (
    <p className="plans-forward">
      <PrefetchLink to={`${timelinePath(year)}#${PLANS_ID}`}>
        {labels.plansForward(year)} →
      </PrefetchLink>
    </p>
  );
}

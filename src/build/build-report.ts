import type { ReportEntry } from "../content/report.ts";

/** The kind of a skip, from the start of its reason: `draft`, `future`, `expired`, `_index`. */
function skipKind(reason: string | undefined): string {
  return (reason ?? "").split(/[ (:;]/)[0] || "other";
}

/** The build's last line: `N published, N skipped (why), N errors`. */
export function formatSummary(report: ReportEntry[]): string {
  const published = report.filter((r) => r.status === "published").length;
  const skipped = report.filter((r) => r.status === "skipped");
  const errors = report.filter((r) => r.status === "error").length;
  const reasons = new Map<string, number>();
  for (const entry of skipped) {
    const kind = skipKind(entry.reason);
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  const why = [...reasons].map(([kind, n]) => `${n} ${kind}`).join(", ");
  return `${published} published, ${skipped.length} skipped${why ? ` (${why})` : ""}, ${errors} error${errors === 1 ? "" : "s"}`;
}

/** Every warning of the report, one line each: `path:line:column: warning: what; how to fix`. */
export function formatWarnings(report: ReportEntry[]): string[] {
  return report.flatMap((entry) =>
    (entry.warnings ?? []).map((w) => `${entry.file}:${w.line}:${w.column}: warning: ${w.message}`),
  );
}

/** One line per yearly retrospective: `path: retrospective of 2017 (the rule that made it one)`. */
export function formatRetrospectives(report: ReportEntry[]): string[] {
  return report.flatMap((entry) =>
    entry.retrospective
      ? [
          `${entry.file}: retrospective of ${entry.retrospective.year} (${entry.retrospective.reason})`,
        ]
      : [],
  );
}

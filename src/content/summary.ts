import type { ReportEntry } from "./load-site";

/** The build's last line: `N published, N skipped (why), N errors`. */
export function formatSummary(report: ReportEntry[]): string {
  const published = report.filter((r) => r.status === "published").length;
  const skipped = report.filter((r) => r.status === "skipped");
  const errors = report.filter((r) => r.status === "error").length;
  const reasons = new Map<string, number>();
  for (const entry of skipped) {
    const kind = (entry.reason ?? "").split(/[ (:;]/)[0] || "other";
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  const why = [...reasons].map(([kind, n]) => `${n} ${kind}`).join(", ");
  return `${published} published, ${skipped.length} skipped${why ? ` (${why})` : ""}, ${errors} error${errors === 1 ? "" : "s"}`;
}

import type { ContentError, ContentWarning } from "./errors.ts";

/** One line of the build report: what became of a Markdown file. */
export interface ReportEntry {
  file: string;
  status: "published" | "skipped" | "error";
  url?: string;
  reason?: string;
  line?: number;
  column?: number;
  /** Problems that do not stop the post, such as an image missing from the static files. */
  warnings?: ContentWarning[];
  /** For a yearly retrospective: its year and the rule that made it one, so an author sees why. */
  retrospective?: { year: number; rule: string; reason: string };
}

/** Every file accounted for: the report's lines and the errors that fail the build. */
export interface Accounts {
  report: ReportEntry[];
  errors: ContentError[];
}

/** Accounts for a file that cannot be published, with every problem found in it. */
export function recordFailure(accounts: Accounts, file: string, list: ContentError[]): void {
  accounts.errors.push(...list);
  const first = list[0]!;
  accounts.report.push({
    file,
    status: "error",
    reason: list.map((e) => `${e.problem}; ${e.hint}`).join(" / "),
    line: first.line,
    column: first.column,
  });
}

/** Code-unit order, not localeCompare: the same on every machine whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

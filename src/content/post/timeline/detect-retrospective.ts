import { firstYearInTitle, retrospectiveYearOfTitle } from "./retrospective-title.ts";

export interface RetrospectiveInput {
  title: string;
  tags: string[];
  categories: string[];
  /** the front matter `retrospective` field as parsed: a number/string year, false, or undefined */
  retrospective: unknown;
  /** the year of the post's date as the author wrote it */
  dateYear: number;
  /**
   * the month (1-12) of the post's date as the author wrote it, when known: a retrospective found by
   * tag or `retrospective: true` with no year in its title and published in January is of the year
   * before. Without it that rule cannot apply and the date's year is used.
   */
  dateMonth?: number;
}

const RETROSPECTIVE_TAGS = new Set([
  "振り返り",
  "ふりかえり",
  "振返り",
  "年間振り返り",
  "retrospective",
  "retrospectives",
  "retro",
  "review",
  "year in review",
  "year-in-review",
  "yearly review",
  "annual review",
]);

const isYear = (n: number) => Number.isInteger(n) && n >= 1000 && n <= 9999;

/** The `retrospective` front matter field read as a year, true, false, or undefined when unusable. */
function readField(value: unknown): number | boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return isYear(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (/^\d{4}$/.test(text) && isYear(Number(text))) return Number(text);
  if (text === "true" || text === "yes") return true;
  if (text === "false" || text === "no") return false;
  return undefined;
}

/** Whether a tag or category marks a retrospective (`振り返り`, `Retrospective`, `review`). */
function isRetrospectiveTag(tag: unknown): boolean {
  return typeof tag === "string" && RETROSPECTIVE_TAGS.has(tag.trim().toLowerCase());
}

/** The year of a retrospective that does not name it in a retrospective title. */
function inferYear(input: RetrospectiveInput): number | null {
  const fromTitle = firstYearInTitle(String(input.title ?? ""));
  if (fromTitle !== null) return fromTitle;
  if (!Number.isInteger(input.dateYear)) return null;
  return input.dateMonth === 1 ? input.dateYear - 1 : input.dateYear;
}

// The rules, first match wins: `retrospective: false` opts out; `retrospective: <year>` names the
// year; a retrospective title (`2017年振り返り`, `2020 Year in Review`) names it; `retrospective: true`
// or a retrospective tag/category makes one whose year is the first year in the title, else the
// date's year, or the year before when it was published in January.

/** Whether a post is a yearly retrospective, and of which year; null when it is not. */
export function detectRetrospective(input: RetrospectiveInput): { year: number } | null {
  const field = readField(input.retrospective);
  if (field === false) return null;
  if (typeof field === "number") return { year: field };
  const titled = retrospectiveYearOfTitle(String(input.title ?? ""));
  if (titled !== null) return { year: titled };
  const tagged = [...(input.tags ?? []), ...(input.categories ?? [])].some(isRetrospectiveTag);
  if (field !== true && !tagged) return null;
  const year = inferYear(input);
  return year === null ? null : { year };
}

import {
  firstYearInTitle,
  looksBackOnThisYear,
  namesOtherReview,
  namesPartOfYear,
  retrospectiveYearOfTitle,
  yearOfShortTitle,
} from "./retrospective-title.ts";

export interface RetrospectiveInput {
  title: string;
  tags: string[];
  categories: string[];
  /** the front matter `retrospective` field as parsed: a number/string year, false, or undefined */
  retrospective: unknown;
  /** the year of the post's date as the author wrote it */
  dateYear: number;
  /**
   * the month (1-12) of the post's date as the author wrote it, when known: a retrospective with
   * no year in its title published in January is of the year before, and a title that only names
   * a year counts when it is posted near that year's end. Without it those rules use the date's year.
   */
  dateMonth?: number;
}

/** Which rule made a post a retrospective (docs/timeline.md lists them). */
export type RetrospectiveRule =
  "front-matter" | "title" | "title-this-year" | "title-year-end" | "tag-and-year";

export interface DetectedRetrospective {
  year: number;
  rule: RetrospectiveRule;
  /** The rule in words, for the build report: `the title "2019年の振り返り" names 2019 and looks back`. */
  reason: string;
}

const RETROSPECTIVE_TAGS = new Set([
  "振り返り",
  "ふりかえり",
  "振返り",
  "年間振り返り",
  "年末振り返り",
  "retrospective",
  "retrospectives",
  "year in review",
  "year-in-review",
  "yearinreview",
  "yearly review",
  "annual review",
  "year-end review",
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

/** Whether a tag or category marks a yearly retrospective (`振り返り`, `Retrospective`, `year-in-review`). */
function isRetrospectiveTag(tag: unknown): boolean {
  return typeof tag === "string" && RETROSPECTIVE_TAGS.has(tag.trim().toLowerCase());
}

/** The year a post published now most likely looks back on: this one, or the last in January. */
function yearOfDate(input: RetrospectiveInput): number | null {
  if (!Number.isInteger(input.dateYear)) return null;
  return input.dateMonth === 1 ? input.dateYear - 1 : input.dateYear;
}

/** Whether the post is dated near the end of `year`: from its December to the February after. */
function postedAtYearEnd(input: RetrospectiveInput, year: number): boolean {
  const month = input.dateMonth;
  if (month === undefined) return input.dateYear === year;
  return (input.dateYear === year && month === 12) || (input.dateYear === year + 1 && month <= 2);
}

// The rules, first match wins:
// 1. `retrospective: false` opts out; `retrospective: <year>` names the year; `retrospective: true`
//    makes one whose year is the title's first year, else the date's (the year before in January).
// 2. A title that names a year and looks back on it (`2017年振り返り`, `2020 Year in Review`,
//    `Annual Review 2018`, `2020年報`, `2022まとめ`, `A Recap of 2022`).
// 3. A title that looks back on this year (`今年の振り返り`): the date's year (the year before in January).
// 4. A title that is nothing but a year and a few plain words (`So Long, 2019`, `楽しかった 2019 年`),
//    posted between December of that year and the February after.
// 5. A retrospective tag (`振り返り`, `year-in-review`) with a title naming a year, posted near its end.
// A tag alone is not enough, and no title rule takes a month or part of a year (`2020年3月の振り返り`,
// `上半期振り返り`, `October Recap`) or another kind of review (`Book Review`, `Code review 2018`).

/** Whether a post is a yearly retrospective, of which year, and by which rule; null when it is not. */
export function detectRetrospective(input: RetrospectiveInput): DetectedRetrospective | null {
  const title = String(input.title ?? "");
  const field = readField(input.retrospective);
  if (field === false) return null;
  if (typeof field === "number")
    return { year: field, rule: "front-matter", reason: `front matter retrospective: ${field}` };
  if (field === true) {
    const year = firstYearInTitle(title) ?? yearOfDate(input);
    return year === null
      ? null
      : { year, rule: "front-matter", reason: `front matter retrospective: true (${year})` };
  }
  const quoted = JSON.stringify(title);
  const titled = retrospectiveYearOfTitle(title);
  if (titled !== null)
    return {
      year: titled,
      rule: "title",
      reason: `the title ${quoted} names ${titled} and looks back on it`,
    };
  if (looksBackOnThisYear(title)) {
    const year = yearOfDate(input);
    if (year !== null)
      return {
        year,
        rule: "title-this-year",
        reason: `the title ${quoted} looks back on this year, and the post is dated ${input.dateYear}${input.dateMonth === 1 ? " January" : ""}`,
      };
  }
  const short = yearOfShortTitle(title);
  if (short !== null && postedAtYearEnd(input, short))
    return {
      year: short,
      rule: "title-year-end",
      reason: `the title ${quoted} names only ${short}, and the post is dated at that year's end`,
    };
  const tag = [...(input.tags ?? []), ...(input.categories ?? [])].find(isRetrospectiveTag);
  const named = firstYearInTitle(title);
  if (
    tag !== undefined &&
    named !== null &&
    postedAtYearEnd(input, named) &&
    !namesPartOfYear(title) &&
    !namesOtherReview(title)
  )
    return {
      year: named,
      rule: "tag-and-year",
      reason: `tagged ${JSON.stringify(tag)}, the title names ${named}, and the post is dated at that year's end`,
    };
  return null;
}

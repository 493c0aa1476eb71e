import { toHalfWidthDigits } from "./half-width-digits.ts";

/** What a heading that is not a month starts: the next year's outlook, a references list, or a topic. */
export type HeadingKind = "outlook" | "references" | "topic";

const REFERENCES = new Set([
  "references",
  "reference",
  "refs",
  "links",
  "related",
  "related posts",
  "related links",
  "see also",
  "参考",
  "参考文献",
  "参考リンク",
  "参考記事",
  "関連",
  "関連記事",
  "関連リンク",
  "リンク",
]);

const NEXT_YEAR_WORDS =
  /来年|今後|これから|展望|抱負|next\s+year|coming\s+year|year\s+ahead|looking\s+(?:ahead|forward)|look\s+ahead|what'?s\s+next|\bgoals?\s+for\b|\bplans?\b|\bfuture\b|\boutlook\b|resolutions?\b/i;
const THIS_YEAR_WORDS = /今年|this\s+year/i;
// KPT's Try (next year's plan), and a plan named as such: `Try`, `T: 次にやること`, `目標`, `Goals`.
const PLAN_HEADING =
  /^\s*try\s*(?:$|[:：(（/])|^\s*t\s*[:：(（]|次にやること|次やること|やってみること|次の一手|^\s*(?:目標|goals?|plans?|resolutions?)\s*[:：]?\s*$/i;
const YEARS = /(?<!\d)\d{4}(?!\d)/g;

/** Whether a heading names the references list (`References`, `参考`, `Links`). */
export function isReferencesHeading(text: string): boolean {
  const normalized = text
    .trim()
    .toLowerCase()
    .replace(/\s*[:：?？.．。]+$/, "")
    .replace(/\s+/g, " ");
  return REFERENCES.has(normalized);
}

// A heading is about the next year when it names it (`2018年`, `Goals for 2018`), or names no year
// and says so (`来年`, `今後`, `Looking ahead`, `Next year`, `Plans`) without saying `今年`/`this year`.

/** Whether a heading is about the year after `year` (`2018年`, `来年`, `Looking ahead`). */
export function isOutlookHeading(text: string, year: number): boolean {
  const normalized = toHalfWidthDigits(text);
  const years = (normalized.match(YEARS) ?? []).map(Number);
  if (years.includes(year + 1)) return true;
  if (years.length > 0) return false;
  if (PLAN_HEADING.test(normalized)) return true;
  return NEXT_YEAR_WORDS.test(normalized) && !THIS_YEAR_WORDS.test(normalized);
}

/** Classifies a heading that is not a month marker, in a retrospective of `year`. */
export function classifyHeading(text: string, year: number): HeadingKind {
  if (isReferencesHeading(text)) return "references";
  if (isOutlookHeading(text, year)) return "outlook";
  return "topic";
}

/**
 * Whether a short paragraph standing as a title (`**Try**`, `2023年やること・やりたいこと`) opens
 * the outlook: it names the next year, or is a plan's title; a greeting (`来年もよろしく`) is not.
 */
export function isOutlookLabel(text: string, year: number): boolean {
  const normalized = toHalfWidthDigits(text);
  if (/よろしく|お願い|良いお年|happy\s+new\s+year/i.test(normalized)) return false;
  const years = (normalized.match(YEARS) ?? []).map(Number);
  return years.includes(year + 1) || (years.length === 0 && PLAN_HEADING.test(normalized));
}

import { toHalfWidthDigits } from "./half-width-digits.ts";

/*
 * A month named inside a sentence as the time something happened in the retrospective's year:
 * `6月に子どもが生まれて`, `11月から新しい会社で`, `1月の下旬に`, `3月末`, `4月1日には`,
 * `in March I moved`, `Since June`, `at the end of February`, `(early/mid December)`.
 * Not a month of another year (`2019 年 3 月に`, `September 2017`, `去年の8月`), nor a deadline or a
 * plan (`3月までに`, `by August`, a sentence with `目標`, `したい`, `will`, `plan`), nor a duration
 * (`4ヶ月`) or a date that is not an event (`Jan 1st is not a special date`).
 */

const JA_MONTH = new RegExp(
  // the year before it, if any; the month; a day; what follows (a particle or a time word)
  "((?:19|20|21)\\d{2}\\s*年\\s*(?:の\\s*)?)?(?<![\\d./-])(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?日)?" +
    "(?=\\s?(?:に|から|末|頃|ごろ|中旬|上旬|下旬|初旬|前半|後半|頭|初め|はじめ|いっぱい|一杯|の|には|は))",
  "g",
);
const JA_OTHER_YEAR = /(?:去年|昨年|一昨年|来年|再来年|前年|翌年)(?:の)?\s*$/;
const JA_DEADLINE = /^\s?(?:\d{1,2}\s?日)?\s?(?:まで(?:に|には)|迄に)/;
const JA_PLAN = /目標|予定|したい|しようと思|つもり|たい。|たいと思|抱負|宣言/;

const EN_NAMES =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const EN_MONTH = new RegExp(
  `\\b(?:in|since|from|during|until|till|through|early|mid|late|end\\s+of|beginning\\s+of|start\\s+of|middle\\s+of)` +
    `[\\s-]+(?:(?:early|mid|late|the\\s+(?:end|beginning|start|middle)\\s+of)[\\s-]+)?(${EN_NAMES})\\b\\.?(\\s*,?\\s*\\d{4})?`,
  "gi",
);
const EN_PLAN =
  /\b(?:will|plan(?:s|ning)?|going\s+to|want\s+to|hope\s+to|goals?|resolutions?|intend|aim\s+to)\b/i;
const EN_MONTHS = EN_NAMES.split("|");
const EN_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];

/** The sentences of a text: split after `。．.!?！？` (keeping them), never inside a number. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。．！？!?])|(?<=\.)(?=\s)|\n+/).filter((s) => s.trim() !== "");
}

/** The month (1-12) a Japanese sentence says something happened in `year`, else null. */
function japaneseMonth(sentence: string, year: number): number | null {
  if (JA_PLAN.test(sentence)) return null;
  for (const match of sentence.matchAll(JA_MONTH)) {
    const [whole, yearText, month] = match;
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + whole.length);
    if (yearText && Number(yearText.replace(/\D/g, "")) !== year) continue;
    if (!yearText && JA_OTHER_YEAR.test(before)) continue;
    if (JA_DEADLINE.test(after)) continue;
    const n = Number(month);
    if (n >= 1 && n <= 12) return n;
  }
  return null;
}

/** The month (1-12) an English sentence says something happened in `year`, else null. */
function englishMonth(sentence: string, year: number): number | null {
  if (EN_PLAN.test(sentence)) return null;
  for (const match of sentence.matchAll(EN_MONTH)) {
    const [, name, yearText] = match;
    if (yearText && Number(yearText.replace(/\D/g, "")) !== year) continue;
    // `May` is a month only when capitalised: `in may` is a verb's.
    if (name === "may") continue;
    return EN_NUMBERS[EN_MONTHS.indexOf(name!.toLowerCase())]!;
  }
  return null;
}

/**
 * The month of `year` a passage says something happened in: the first such month of its
 * sentences, else null.
 */
export function monthInSentence(text: string, year: number): number | null {
  const normalized = toHalfWidthDigits(text);
  for (const sentence of sentences(normalized)) {
    const month = japaneseMonth(sentence, year) ?? englishMonth(sentence, year);
    if (month !== null) return month;
  }
  return null;
}

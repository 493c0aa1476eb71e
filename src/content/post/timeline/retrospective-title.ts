import { toHalfWidthDigits } from "./half-width-digits.ts";

const YEAR = "((?:19|20|21)\\d{2})";
const SEP = "\\s*[:：,，\\-‐–—|/]?\\s*";

// Japanese words for looking back over a period: 振り返り, ふりかえる, 振り返って, 総括, まとめ.
const LOOKS_BACK =
  "(?:振り返[りるっ]|ふりかえ[りるっ]|振返り|総括|まとめ|回顧|レビュー|年報|年間報告)";
const SUMMARY_WORD =
  "(?:(?:year\\s+)?in\\s+review|in\\s+retrospect|retrospective|retro|recap|wrap[\\s-]?up|review(?:ed)?|summary)";
// What a review of something other than a year is of: `Code review 2018`, `Book review 2019`.
const OTHER_REVIEWS =
  /\b(?:code|book|paper|product|movie|film|album|game|sprint|design|peer|pull[\s-]request|pr|performance|conference)\s+(?:review|recap|retrospective|retro)/i;

// Each pattern names the year in its first group. A year followed by a bare `recap` or `review`
// counts only at the start of the title, so `GopherCon 2016 recap` is not a yearly retrospective.
const RETROSPECTIVE_TITLES: readonly RegExp[] = [
  // 2017年振り返り, 2017年の振り返り, 2017年を振り返る, 2020年報, あっという間の 2019 年を振り返る
  new RegExp(`(?<!\\d)${YEAR}\\s*(?:年\\s*(?:の|を)?\\s*${LOOKS_BACK}|年報)`),
  // 2017 振り返り, 2022まとめ: without 年, only at the start (`GopherCon 2016 まとめ` is an event's)
  new RegExp(`^\\s*${YEAR}\\s*(?:の|を)?\\s*${LOOKS_BACK}`),
  // 振り返り 2017, ふりかえり：2017年, はてブでふりかえる2022
  new RegExp(`${LOOKS_BACK}${SEP}${YEAR}(?!\\d)`),
  // 2020 Year in Review, 2016: A Year in Review
  new RegExp(`(?<!\\d)${YEAR}${SEP}(?:(?:a|my|the)\\s+)?year\\s+in\\s+review`, "i"),
  // 2019 in review, My 2018 retrospective, 2018 recap, 2019 Review, 2012 Summary, 2016, reviewed
  new RegExp(`^\\s*(?:(?:a|my|the)\\s+)?${YEAR}${SEP}(?:(?:a|my|the)\\s+)?${SUMMARY_WORD}\\b`, "i"),
  // Year in Review: 2029, Year-end review 2018
  new RegExp(
    `(?:year\\s+in\\s+review|year[\\s-]end\\s+review)${SEP}(?:(?:of|for)\\s+)?${YEAR}(?!\\d)`,
    "i",
  ),
  // Retrospective 2018, A Recap of 2022, Annual Review 2018, My Personal Review of 2018, Reflectoring Review 2021
  new RegExp(
    `(?:^|\\s)(?:retrospective|recap|wrap[\\s-]?up|review|summary)${SEP}(?:(?:of|for|on)\\s+)?(?:the\\s+year\\s+)?${YEAR}(?!\\d)`,
    "i",
  ),
  // Looking back on 2016, Look back at 2016, Reflections on 2016
  new RegExp(
    `(?:look(?:ing|s)?\\s+back|reflect(?:ions?|ing)?)\\s+(?:on|at)\\s+(?:the\\s+year\\s+)?${YEAR}(?!\\d)`,
    "i",
  ),
];

// 今年の振り返り, 本年の総括, This year in review.
const THIS_YEAR_TITLES: readonly RegExp[] = [
  new RegExp(`(?:今年|本年|ことし)\\s*(?:の|を)?\\s*${LOOKS_BACK}`),
  /\bthis\s+year\s+in\s+review\b|\b(?:looking|look)\s+back\s+(?:on|at)\s+this\s+year\b/i,
];

// A part of a year, or a month: `2020年3月の振り返り`, `上半期振り返り`, `October Recap`, `2022/1`.
const PART_OF_YEAR =
  /(?<!\d)\d{1,2}\s*月(?!\d)|上半期|下半期|四半期|半期|半年|上期|下期|\b[QH][1-4]\b|half[\s-]?year|quarter|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?<!\d)(?:19|20|21)\d{2}\s*[/.-]\s*\d{1,2}(?!\d)|monthly|weekly|月次|月報|週報/i;

const BEST_OF = /\b(?:best|top|favou?rites?|awards?)\b|ベスト|おすすめ|良かった|よかった|買って/i;

const ANY_YEAR = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`);
const ALL_YEARS = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`, "g");

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SPELLED_YEAR =
  /\b(?:twenty|two\s+thousand(?:\s+and)?)[\s-]+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\b/gi;

/** `2010`-`2099` for a year spelled out (`Twenty-sixteen`, `two thousand twenty-one`). */
function spelledYear(words: string): number {
  const [first, second] = words.toLowerCase().split(/[\s-]+/);
  const teen = TEENS.indexOf(first!);
  if (teen >= 0) return 2010 + teen;
  return 2000 + TENS.indexOf(first!) * 10 + (second ? UNITS.indexOf(second) : 0);
}

/** A title with full-width digits made ASCII and years spelled out written as numbers. */
export function normalizeTitle(title: string): string {
  return toHalfWidthDigits(title).replace(SPELLED_YEAR, (_, words: string) =>
    String(spelledYear(words)),
  );
}

/** Whether a title is about a month or a part of a year (`2020年3月の振り返り`, `上半期`, `October Recap`). */
export function namesPartOfYear(title: string): boolean {
  return PART_OF_YEAR.test(normalizeTitle(title));
}

/** Whether a title reviews something that is not a year (`Code review 2018`, `Book review`). */
export function namesOtherReview(title: string): boolean {
  return OTHER_REVIEWS.test(normalizeTitle(title)) || /書評|読書記録|コードレビュー/.test(title);
}

/** The year a title names as retrospective of (`2017年振り返り`, `2020 Year in Review`), else null. */
export function retrospectiveYearOfTitle(title: string): number | null {
  const text = normalizeTitle(title);
  if (namesPartOfYear(text) || namesOtherReview(text)) return null;
  for (const pattern of RETROSPECTIVE_TITLES) {
    const match = pattern.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}

/** Whether a title looks back on "this year" without naming it (`今年の振り返り`). */
export function looksBackOnThisYear(title: string): boolean {
  const text = normalizeTitle(title);
  if (namesPartOfYear(text) || namesOtherReview(text)) return false;
  return THIS_YEAR_TITLES.some((pattern) => pattern.test(text));
}

/**
 * The year of a title that is nothing but a year and a few plain words (`So Long, 2019`,
 * `楽しかった 2019 年`, `2017 : Another great year`, `My 2019`), else null. A name among the
 * words (`KubeCon 2019`, `ISUCON 2019`: inner or all capitals) or a second number is not plain.
 */
export function yearOfShortTitle(title: string): number | null {
  const text = normalizeTitle(title);
  const years = text.match(ALL_YEARS) ?? [];
  if (years.length !== 1 || namesPartOfYear(text) || namesOtherReview(text)) return null;
  const rest = text
    .replace(ALL_YEARS, " ")
    .replace(/年/g, " ")
    .replace(/[\p{P}\p{S}]/gu, " ")
    .trim();
  if (/\d/.test(rest)) return null;
  const words = rest.split(/\s+/).filter(Boolean);
  const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(rest);
  if (japanese ? rest.replace(/\s+/g, "").length > 10 : words.length > 4) return null;
  if (words.some((word) => /[a-z][A-Z]|[A-Z]{3,}/.test(word))) return null;
  // A year's best-of list (`Best Music 2014`, `2019年ベスト本`) is about things, not the year.
  if (BEST_OF.test(rest)) return null;
  return Number(years[0]);
}

/** The first year (1900-2199) written in a title, whatever the words around it, else null. */
export function firstYearInTitle(title: string): number | null {
  const match = ANY_YEAR.exec(normalizeTitle(title));
  return match ? Number(match[1]) : null;
}

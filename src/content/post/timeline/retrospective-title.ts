import { toHalfWidthDigits } from "./half-width-digits.ts";

const YEAR = "((?:19|20|21)\\d{2})";
const SEP = "\\s*[:：,，\\-‐–—|/]?\\s*";

const LOOKS_BACK = "(?:振り返[りる]|ふりかえり|振返り|総括)";
const SUMMARY_WORD =
  "(?:(?:year\\s+)?in\\s+review|in\\s+retrospect|retrospective|retro|recap|wrap[\\s-]?up)";

// Each pattern names the year in its first group. A year followed by a bare `振り返り` or `recap`
// counts only at the start of the title, so `GopherCon 2016 recap` is not a yearly retrospective.
const RETROSPECTIVE_TITLES: readonly RegExp[] = [
  // 2017年振り返り, 2017年の振り返り, 2017年を振り返る, 2017年振り返り(GitHub編), 2017年総括
  new RegExp(`(?<!\\d)${YEAR}\\s*年\\s*(?:の|を)?\\s*${LOOKS_BACK}`),
  // 2017 振り返り, 2017の振り返り
  new RegExp(`^\\s*${YEAR}\\s*(?:の|を)?\\s*${LOOKS_BACK}`),
  // 振り返り 2017, ふりかえり：2017年
  new RegExp(`${LOOKS_BACK}${SEP}${YEAR}(?!\\d)`),
  // 2020 Year in Review, 2016: A Year in Review
  new RegExp(`(?<!\\d)${YEAR}${SEP}(?:(?:a|my|the)\\s+)?year\\s+in\\s+review`, "i"),
  // 2019 in review, My 2018 retrospective, 2018 recap
  new RegExp(`^\\s*(?:(?:a|my|the)\\s+)?${YEAR}${SEP}(?:(?:a|my|the)\\s+)?${SUMMARY_WORD}\\b`, "i"),
  // Year in Review: 2029, Year-end review 2018
  new RegExp(
    `(?:year\\s+in\\s+review|year[\\s-]end\\s+review)${SEP}(?:(?:of|for)\\s+)?${YEAR}(?!\\d)`,
    "i",
  ),
  // Retrospective 2018, A retrospective of 2018, Review of 2018, Recap: 2018
  new RegExp(
    `^\\s*(?:(?:a|my|the)\\s+)?(?:retrospective|recap|wrap[\\s-]?up|review\\s+of(?:\\s+the\\s+year)?)${SEP}(?:(?:of|for|on)\\s+)?${YEAR}(?!\\d)`,
    "i",
  ),
  // Looking back on 2016, Look back at 2016, Reflections on 2016
  new RegExp(
    `(?:look(?:ing|s)?\\s+back|reflect(?:ions?|ing)?)\\s+(?:on|at)\\s+(?:the\\s+year\\s+)?${YEAR}(?!\\d)`,
    "i",
  ),
];

const ANY_YEAR = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`);

/** The year a title names as retrospective of (`2017年振り返り`, `2020 Year in Review`), else null. */
export function retrospectiveYearOfTitle(title: string): number | null {
  const text = toHalfWidthDigits(title);
  for (const pattern of RETROSPECTIVE_TITLES) {
    const match = pattern.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}

/** The first year (1900-2199) written in a title, whatever the words around it, else null. */
export function firstYearInTitle(title: string): number | null {
  const match = ANY_YEAR.exec(toHalfWidthDigits(title));
  return match ? Number(match[1]) : null;
}

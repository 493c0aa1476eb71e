import { toHalfWidthDigits } from "./half-width-digits.ts";
import { pad } from "../../../shared/format.ts";

/** A month (or range of months, possibly with days) written at the start of a text. */
export interface MonthMarker {
  /** Months 1-12 in the order of the range; a range across the year end wraps (`12月-1月` → [12, 1]). */
  months: number[];
  /** `MM-DD`, or `MM-DD/MM-DD` for a range of days, when the author gave days; else null. */
  days: string | null;
  /** The text after the marker and the punctuation that closes it. */
  rest: string;
}

interface Point {
  month: number;
  day: number | null;
}

const DASH = "\\-‐‑–—―−－~〜～";
const OPENER = /^\s*[【［[(（■□●○◆◇▼▽・]?\s*/;

// `1月`, `1月2日`, `１２月`, optionally `-3月`, `〜3月5日`, `から3月`, `-5日`.
const JA_MARKER = new RegExp(
  `^(\\d{1,2})\\s?月(?:(\\d{1,2})日)?` +
    `(?:\\s*(?:[${DASH}]|から)\\s*(?:(\\d{1,2})月(?:(\\d{1,2})日)?|(\\d{1,2})日))?`,
);
// `3-4月`, `3〜4月`: a range of bare numbers closed by one 月.
const JA_NUMERIC_RANGE = new RegExp(`^(\\d{1,2})\\s*[${DASH}]\\s*(\\d{1,2})月`);
// `2日` right after `1月2-`: the end day of `1月2-5日`.
const JA_DAY_RANGE = new RegExp(`^(\\d{1,2})月(\\d{1,2})\\s*[${DASH}]\\s*(\\d{1,2})日`);
// What may follow a Japanese marker: punctuation, a closing bracket, or a particle or time word.
const JA_END = new RegExp(
  `^(?:$|[\\s．.。:：、，,!！?？()（）「」『』\\]】］》〉${DASH}]|` +
    "にかけて|まで(?!に)|には|に|は|の|から|も|を|で|頃|ごろ|末|初旬|上旬|中旬|下旬|前半|後半|はじめ|初め)",
);
// `3月までに` is a deadline, a plan: never a month's event.

const MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sept", 9],
  ["sep", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
];
const EN_NAME = `(${MONTH_NAMES.map(([name]) => name).join("|")})(?![a-z])\\.?`;
const EN_DAY = "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d]))?";
const EN_TO = `(?:\\s*[${DASH}]\\s*|\\s+(?:to|through|thru|until|till)\\s+)`;
// `January`, `Jan.`, `June 2nd`, `February – March`, `Dec 29 - Jan 20`, `January 2-5`.
const EN_MARKER = new RegExp(
  `^${EN_NAME}${EN_DAY}(?:${EN_TO}(?:${EN_NAME}${EN_DAY}|(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])))?`,
  "i",
);
// What may follow an English marker: the end, `:`, `,`, `.`, `;`, a bracket or a spaced dash.
const EN_END = new RegExp(`^(?:$|\\s*[:：,，.．;)）]|\\s+[${DASH}]\\s|\\s*[–—―])`);
const EN_YEAR_AFTER = /^\s*\d{3,}/;
const SEPARATOR = new RegExp(`^[\\s．.。:：、，,;)）\\]】］${DASH}]+`);

const MONTH_BY_NAME = new Map(MONTH_NAMES);
const MAX_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The point (month, day) if both numbers are a real calendar date, else null. */
function toPoint(month: number, day: number | null): Point | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > MAX_DAY[month - 1]!)) return null;
  return { month, day };
}

/** Every month from `from` to `to`, wrapping past December. */
function monthsBetween(from: number, to: number): number[] {
  const months = [from];
  for (let m = from; m !== to;) {
    m = (m % 12) + 1;
    months.push(m);
  }
  return months;
}

/** Months and days of a range from `start` to an optional `end`. */
function toMarker(start: Point, end: Point | null, rest: string): MonthMarker {
  const last = end ?? start;
  const months = monthsBetween(start.month, last.month);
  let days: string | null = null;
  if (start.day !== null && (end === null || end.day !== null)) {
    days = `${pad(start.month)}-${pad(start.day)}`;
    if (end !== null && (end.month !== start.month || end.day !== start.day)) {
      days += `/${pad(end.month)}-${pad(end.day!)}`;
    }
  }
  return { months, days, rest: rest.replace(SEPARATOR, "") };
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

/** Reads a Japanese marker (`1月．`, `3-4月`, `12月29日-1月20日`) at the start of `text`. */
function parseJapanese(text: string): MonthMarker | null {
  let start: Point | null;
  let end: Point | null = null;
  let length: number;
  const dayRange = JA_DAY_RANGE.exec(text);
  const numeric = JA_NUMERIC_RANGE.exec(text);
  const full = JA_MARKER.exec(text);
  if (dayRange) {
    start = toPoint(Number(dayRange[1]), Number(dayRange[2]));
    end = toPoint(Number(dayRange[1]), Number(dayRange[3]));
    if (!end) return null;
    length = dayRange[0].length;
  } else if (numeric) {
    start = toPoint(Number(numeric[1]), null);
    end = toPoint(Number(numeric[2]), null);
    if (!end) return null;
    length = numeric[0].length;
  } else if (full) {
    start = toPoint(Number(full[1]), num(full[2]));
    if (full[3] !== undefined) {
      end = toPoint(Number(full[3]), num(full[4]));
      if (!end) return null;
    } else if (full[5] !== undefined) {
      if (!start || start.day === null) return null;
      end = toPoint(start.month, Number(full[5]));
      if (!end) return null;
    }
    length = full[0].length;
  } else {
    return null;
  }
  if (!start) return null;
  const rest = text.slice(length);
  if (!JA_END.test(rest)) return null;
  return toMarker(start, end, rest);
}

/** Reads an English marker (`January:`, `Jan.`, `June 2,`, `February – March`) at the start of `text`. */
function parseEnglish(text: string): MonthMarker | null {
  const match = EN_MARKER.exec(text);
  if (!match) return null;
  const [whole, name1, day1, name2, day2, endDay] = match;
  const start = toPoint(MONTH_BY_NAME.get(name1!.toLowerCase())!, num(day1));
  if (!start) return null;
  let end: Point | null = null;
  if (name2 !== undefined) {
    end = toPoint(MONTH_BY_NAME.get(name2.toLowerCase())!, num(day2));
  } else if (endDay !== undefined) {
    if (start.day === null) return null;
    end = toPoint(start.month, Number(endDay));
  }
  if ((name2 !== undefined || endDay !== undefined) && !end) return null;
  const rest = text.slice(whole.length);
  if (EN_YEAR_AFTER.test(rest)) return null;
  // `Jan.` closes itself; otherwise punctuation must follow.
  const closedByDot = whole.endsWith(".") && /^(?:$|\s)/.test(rest);
  const caption = /^\s/.test(rest) && EN_CAPTION.test(rest);
  if (!closedByDot && !caption && !EN_END.test(rest)) return null;
  return toMarker(start, end, rest);
}

// A year first (`2017年1月`) is not a marker, nor is a month word that runs on (`Janitor`) or that
// no punctuation closes (`May I`). A Japanese month may be followed by a particle or time word
// (`1月に`, `1月は`, `1月末`): the paragraph is then about that month too.

// `In June, …`, `In late February I …`, `Since March …`: English says `6月に` with a preposition.
const EN_LEAD =
  /^(?:in|since|during)\s+(?:(?:early|mid|late|the\s+(?:end|middle|beginning|start)\s+of)[\s-]+)?/i;
// `February at Shizuoka:`: a short caption that starts with a month and ends with a colon.
const EN_CAPTION = /^[^.!?。]{0,40}[:：]\s*$/;

/** Reads `In June, …`, `Since March I …` (not `In June 2019`), as the month it starts with. */
function parseEnglishLead(text: string): MonthMarker | null {
  const lead = EN_LEAD.exec(text);
  if (!lead) return null;
  const rest = text.slice(lead[0].length);
  const match = new RegExp(`^${EN_NAME}(?=[\\s,，])`, "i").exec(rest);
  if (!match || EN_YEAR_AFTER.test(rest.slice(match[0].length))) return null;
  const start = toPoint(MONTH_BY_NAME.get(match[1]!.toLowerCase())!, null);
  return start ? toMarker(start, null, rest.slice(match[0].length)) : null;
}

/** Reads the month marker a text starts with (`1月．`, `June:`, `3-4月`, `12月29日-1月20日`), else null. */
export function parseMonthMarker(text: string): MonthMarker | null {
  const normalized = toHalfWidthDigits(text).replace(OPENER, "");
  if (normalized === "") return null;
  const first = normalized.charCodeAt(0);
  if (first >= 48 && first <= 57) return parseJapanese(normalized);
  return parseEnglish(normalized) ?? parseEnglishLead(normalized);
}

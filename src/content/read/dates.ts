// Subpath imports, not the packages' indexes: Node loads the modules it is given, and the
// indexes (every function, every locale) took 0.5 s to load at each build and dev start.
import { format } from "date-fns/format";
import { enUS } from "date-fns/locale/en-US";
import { ja } from "date-fns/locale/ja";
import { UTCDate } from "@date-fns/utc/date";
import type { DateInfo } from "../../shared/types.ts";
import { pad } from "../../shared/format.ts";

/** A date as the author wrote it: wall-clock fields kept, offset kept when given. */
export interface AuthorDate {
  /** Normalised ISO 8601 text: `2017-12-31T02:10:01+09:00`, `2014-11-17`, `2014-11-17T10:00:00`. */
  written: string;
  year: number;
  month: number;
  day: number;
  /** Minutes east of UTC, or null when the author wrote no offset. */
  offsetMinutes: number | null;
  dateOnly: boolean;
  /** Milliseconds since the epoch, for ordering; a date without offset counts as UTC (Hugo's default). */
  instant: number;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads a front matter date as written. Accepts strings, and TOML/YAML date objects whose
 * `toISOString()` keeps the written offset (smol-toml's TomlDate does). Returns null when the
 * value is not a date.
 */
export function parseAuthorDate(value: unknown): AuthorDate | null {
  let text: string;
  if (typeof value === "string") text = value.trim();
  else if (value instanceof Date && !Number.isNaN(value.getTime())) text = value.toISOString();
  else return null;
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  let offsetMinutes: number | null = null;
  if (zone !== undefined) {
    if (zone === "Z" || zone === "z") offsetMinutes = 0;
    else {
      const digits = zone.replace(":", "");
      const sign = digits.startsWith("-") ? -1 : 1;
      offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    }
  }
  const dateOnly = h === undefined;
  const datePart = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const timePart = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const zonePart =
    offsetMinutes === null
      ? ""
      : offsetMinutes === 0 && (zone === "Z" || zone === "z")
        ? "Z"
        : `${offsetMinutes < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const written = dateOnly ? datePart : `${datePart}T${timePart}${zonePart}`;
  const instant =
    Date.UTC(year, month - 1, day, hour, minute, second) - (offsetMinutes ?? 0) * 60_000;
  return { written, year, month, day, offsetMinutes, dateOnly, instant };
}

/** A date read leniently, as another engine reads it, and the layout it was read in. */
export interface LenientDate {
  date: AuthorDate;
  /** How it was read, for the warning: `an unpadded ISO 8601 date`, `Go's ANSIC layout`. */
  layout: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY_NAME = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*";
const MONTH_NAME = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const ZONE = "(z|utc|gmt|[+-]\\d{2}:?\\d{2})";

// Jekyll (Ruby's Time.parse), Hexo and Astro (moment, Date) and Hugo (Go's layouts) read more than
// ISO 8601. Each layout: a pattern and where its fields are (year, month, day, hour, minute,
// second, am/pm, zone); a month group holds a name.
const LENIENT_LAYOUTS: ReadonlyArray<{ layout: string; pattern: RegExp; fields: number[] }> = [
  {
    // 2019-12-30T0:00:00+09:00, 2024-05-1T05:01:00.000Z, 2017-01-06 6:30 pm, 2024-2-7 12:30:02 -0600
    layout: "an ISO 8601 date with unpadded numbers, a 12-hour time or a spaced offset",
    pattern: new RegExp(
      `^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T\\s]\\s*(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d+)?)?\\s*(am|pm)?\\s*${ZONE}?)?$`,
      "i",
    ),
    fields: [1, 2, 3, 4, 5, 6, 7, 8],
  },
  {
    // Tue Jan 9 17:04:53 2018 (Go's ANSIC), Mon Jan 02 15:04:05 -0700 2006 (RubyDate, UnixDate in UTC)
    layout: "Go's ANSIC layout (Mon Jan _2 15:04:05 2006)",
    pattern: new RegExp(
      `^${DAY_NAME},?\\s+${MONTH_NAME}\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s+${ZONE})?\\s+(\\d{4})$`,
      "i",
    ),
    fields: [7, 1, 2, 3, 4, 5, 0, 6],
  },
  {
    // Mon, 02 Jan 2006 15:04:05 -0700 (RFC 1123 / RFC 2822, as in feeds)
    layout: "the RFC 2822 layout (Mon, 02 Jan 2006 15:04:05 -0700)",
    pattern: new RegExp(
      `^(?:${DAY_NAME},?\\s+)?(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s+${ZONE})?)?$`,
      "i",
    ),
    fields: [3, 2, 1, 4, 5, 6, 0, 7],
  },
];

/**
 * Reads a date other engines accept and ISO 8601 does not (`2024-2-7 12:30:02 -0600`,
 * `Tue Jan 9 17:04:53 2018`), as the author meant it; null when it is not a real date in any
 * of those layouts (`2017-02-30` stays an error).
 */
export function parseLenientDate(value: unknown): LenientDate | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  for (const { layout, pattern, fields } of LENIENT_LAYOUTS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const at = (i: number) => (fields[i] ? m[fields[i]!] : undefined);
    const monthText = at(1)!;
    const month = /^\d/.test(monthText)
      ? Number(monthText)
      : MONTHS.indexOf(monthText.slice(0, 3).toLowerCase()) + 1;
    let hour = at(3) === undefined ? undefined : Number(at(3));
    const meridiem = at(6)?.toLowerCase();
    if (hour !== undefined && meridiem) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
    }
    const zone = at(7)?.toUpperCase();
    const iso =
      `${at(0)}-${pad(month)}-${pad(Number(at(2)))}` +
      (hour === undefined
        ? ""
        : `T${pad(hour)}:${pad(Number(at(4)))}:${pad(Number(at(5) ?? 0))}` +
          (zone === undefined ? "" : zone === "UTC" || zone === "GMT" ? "Z" : zone));
    const date = parseAuthorDate(iso);
    return date ? { date, layout } : null;
  }
  return null;
}

/** The calendar day as written, `YYYY-MM-DD`. */
export function dayOf(date: AuthorDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Formats the written calendar day for a language: `2017年12月31日`, `December 31, 2017`. */
export function formatDay(date: AuthorDate, lang: string): string {
  // The written fields as a UTC instant, formatted in UTC: no local time zone is involved, so
  // the label is the same on every build machine (even in a zone that skipped that day).
  // date-fns formats a UTCDate with UTC getters.
  const utc = new UTCDate(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return lang.toLowerCase().startsWith("ja")
    ? format(utc, "yyyy年M月d日", { locale: ja })
    : format(utc, "MMMM d, yyyy", { locale: enUS });
}

/** The date as the browser receives it. */
export function toDateInfo(date: AuthorDate, lang: string): DateInfo {
  return { written: date.written, day: dayOf(date), label: formatDay(date, lang) };
}

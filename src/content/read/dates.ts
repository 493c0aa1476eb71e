import { format } from "date-fns";
import { enUS, ja } from "date-fns/locale";
import { UTCDate } from "@date-fns/utc";
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

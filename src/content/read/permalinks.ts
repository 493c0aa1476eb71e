import { MONTH_NAMES } from "../../shared/labels.ts";
import type { AuthorDate } from "./dates.ts";
import { pad } from "../../shared/format.ts";
import { sanitizePath } from "../../shared/paths.ts";

/** What a permalink pattern can use of a post. */
export interface PermalinkInput {
  date: AuthorDate;
  /** Front matter `slug`, if any. */
  slug: string | null;
  /** File name without extension (`2017` for `2017.md`; the folder's name for `index.md`). */
  filename: string;
  /** First folder under the content root, or "" for files at the top. */
  section: string;
  /** Every folder between the content root and the file (a bundle's own folder excluded). */
  sections: string[];
  title: string;
}

/** What `:slug` stands for when a post has no `slug`: Hugo's title, or Furikaeri's file name. */
export type SlugFallback = "title" | "filename";

export interface PermalinkOptions {
  slugFallback?: SlugFallback;
}

type Part = (input: PermalinkInput) => string;

const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

const weekday = (d: AuthorDate) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
const yearday = (d: AuthorDate) =>
  (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(d.year, 0, 1)) / 86_400_000 + 1;

/** Hugo 0.111's permalink attributes, each computed from the date as written. */
function attributes(slugFallback: SlugFallback): Record<string, Part> {
  return {
    year: (p) => String(p.date.year),
    month: (p) => pad(p.date.month),
    monthname: (p) => MONTH_NAMES[p.date.month - 1]!,
    day: (p) => pad(p.date.day),
    weekday: (p) => String(weekday(p.date)),
    weekdayname: (p) => WEEKDAY_NAMES[weekday(p.date)]!,
    yearday: (p) => String(yearday(p.date)),
    section: (p) => p.section,
    sections: (p) => p.sections.join("/"),
    title: (p) => sanitizePath(p.title),
    slug: (p) => sanitizePath(p.slug ?? (slugFallback === "title" ? p.title : p.filename)),
    slugorfilename: (p) => sanitizePath(p.slug ?? p.filename),
    filename: (p) => sanitizePath(p.filename),
  };
}

/**
 * Compiles a Hugo-style permalink pattern (`/writing/:year/:month/:day/:slug/`) once. Throws
 * for an unknown `:attribute` or an empty path segment, so a typo fails when the config is
 * read, not on post 300. `\:` is a literal colon. The result is lower-cased and sanitised as
 * Hugo does with every path it makes.
 */
export function compilePermalink(
  pattern: string,
  options: PermalinkOptions = {},
): (input: PermalinkInput) => string {
  const known = attributes(options.slugFallback ?? "filename");
  if (/.\/\/./.test(pattern))
    throw new Error(
      `permalink pattern "${pattern}" has an empty path segment (//); remove one of the slashes`,
    );
  const parts: Part[] = [];
  const re = /\\:|:(\w+)(\[[^\]]*\])?/g;
  let last = 0;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) {
    const literal = pattern.slice(last, m.index) + (m[1] === undefined ? ":" : "");
    parts.push(() => literal);
    last = re.lastIndex;
    if (m[1] === undefined) continue;
    const attribute =
      m[2] !== undefined && m[1] === "sections" ? sliceOfSections(m[2]) : known[m[1]];
    if (!attribute || (m[2] !== undefined && m[1] !== "sections")) {
      throw new Error(
        `permalink attribute not recognised: "${m[0]}" in "${pattern}"; use one of ${Object.keys(
          known,
        )
          .map((a) => ":" + a)
          .join(", ")} (lower case)`,
      );
    }
    parts.push(attribute);
  }
  const tail = pattern.slice(last);
  parts.push(() => tail);
  return (input) => sanitizePath(cleanPath(parts.map((part) => part(input)).join("")));
}

/** `:sections[0]`, `:sections[last]`, `:sections[1:]`, `:sections[:last]` as Hugo slices them. */
function sliceOfSections(spec: string): Part {
  const inner = spec.slice(1, -1).trim().toLowerCase();
  const index = (s: string, low: boolean, list: string[]) =>
    s === "" ? (low ? 0 : list.length) : s === "last" ? list.length - 1 : Math.max(0, Number(s));
  return ({ sections }) => {
    if (!inner.includes(":")) {
      const i = index(inner, true, sections);
      return sections[i] ?? "";
    }
    const [from = "", to = ""] = inner.split(":");
    return sections.slice(index(from, true, sections), index(to, false, sections)).join("/");
  };
}

/**
 * Hugo's default URL for a post in a section with no pattern: its folders, then its slug or
 * file name (`content/writing/2019/post.md` → `/writing/2019/post/`).
 */
export function defaultPermalink(input: PermalinkInput): string {
  const name = input.slug ?? input.filename;
  return sanitizePath(cleanPath(`/${[...input.sections, name].join("/")}/`));
}

/**
 * The permalink input of a file at `relPath` (relative to the content folder, POSIX slashes).
 * A page bundle's `index.md` takes its folder's name as file name, as in Hugo.
 */
export function permalinkInputOf(
  relPath: string,
  fields: Pick<PermalinkInput, "date" | "slug" | "title">,
): PermalinkInput {
  const parts = relPath.split("/");
  let filename = parts.pop()!.replace(/\.(md|markdown)$/i, "");
  if (filename === "index" && parts.length > 0) filename = parts.pop()!;
  return { ...fields, filename, section: parts[0] ?? "", sections: parts };
}

/** Collapses repeated slashes and makes sure the path starts with `/`. */
export function cleanPath(path: string): string {
  const withSlash = path.startsWith("/") ? path : `/${path}`;
  return withSlash.replace(/\/{2,}/g, "/");
}

/**
 * A front matter `url` as Hugo publishes it: kept as written (no lower-casing), with a
 * trailing slash added unless it names a file (`/about` → `/about/`, `/feed.xml` stays).
 */
export function urlFromFrontMatter(url: string): string {
  const clean = cleanPath(url.trim());
  const last = clean.slice(clean.lastIndexOf("/") + 1);
  return clean.endsWith("/") || last.includes(".") ? clean : `${clean}/`;
}

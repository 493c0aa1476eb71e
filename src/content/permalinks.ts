import type { AuthorDate } from "./dates";

/** What a permalink pattern can use of a post. */
export interface PermalinkInput {
  date: AuthorDate;
  /** Front matter `slug`, if any. */
  slug: string | null;
  /** File name without extension (`2017` for `2017.md`). */
  filename: string;
  /** First folder under the content root, or "" for files at the top. */
  section: string;
  title: string;
}

type Part = (input: PermalinkInput) => string;

const pad = (n: number) => String(n).padStart(2, "0");

const ATTRIBUTES: Record<string, Part> = {
  year: (p) => String(p.date.year).padStart(4, "0"),
  month: (p) => pad(p.date.month),
  monthname: (p) => MONTH_NAMES[p.date.month - 1]!,
  day: (p) => pad(p.date.day),
  slug: (p) => urlize(p.slug ?? p.filename),
  filename: (p) => urlize(p.filename),
  section: (p) => p.section,
  sections: (p) => p.section,
  title: (p) => urlize(p.title),
  slugorfilename: (p) => urlize(p.slug ?? p.filename),
};

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * Compiles a Hugo-style permalink pattern (`/writing/:year/:month/:day/:slug/`) once.
 * Throws for an unknown `:attribute`, so a typo fails when the config is read, not on post 300.
 */
export function compilePermalink(pattern: string): (input: PermalinkInput) => string {
  const parts: Part[] = [];
  const re = /:([a-z]+)/g;
  let last = 0;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) {
    const literal = pattern.slice(last, m.index);
    parts.push(() => literal);
    const attribute = ATTRIBUTES[m[1]!];
    if (!attribute) {
      throw new Error(
        `permalink attribute not recognised: ":${m[1]}" in "${pattern}"; use one of ${Object.keys(
          ATTRIBUTES,
        )
          .map((a) => ":" + a)
          .join(", ")}`,
      );
    }
    parts.push(attribute);
    last = re.lastIndex;
  }
  const tail = pattern.slice(last);
  parts.push(() => tail);
  return (input) => cleanPath(parts.map((part) => part(input)).join(""));
}

/** Hugo's default URL for a post in a section with no pattern: `/section/filename/`. */
export function defaultPermalink(input: PermalinkInput): string {
  const name = urlize(input.slug ?? input.filename);
  return cleanPath(input.section ? `/${input.section}/${name}/` : `/${name}/`);
}

/** A URL path piece as Hugo makes it: lower case, spaces to dashes, no reserved characters. */
export function urlize(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "-")
    .replace(/[?#%"<>\\^`{|}[\]]/g, "");
}

/** Collapses repeated slashes and makes sure the path starts with `/`. */
export function cleanPath(path: string): string {
  const withSlash = path.startsWith("/") ? path : `/${path}`;
  return withSlash.replace(/\/{2,}/g, "/");
}

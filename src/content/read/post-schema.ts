import { AggregateContentError, ContentError } from "../errors.ts";
import { parseAuthorDate, type AuthorDate } from "./dates.ts";
import type { FrontMatter } from "./front-matter.ts";

/** A post's front matter, checked and normalised, with Hugo's meaning for each field. */
export interface PostMeta {
  title: string;
  date: AuthorDate;
  publishDate: AuthorDate | null;
  lastmod: AuthorDate | null;
  expiryDate: AuthorDate | null;
  draft: boolean;
  slug: string | null;
  url: string | null;
  aliases: string[];
  tags: string[];
  categories: string[];
  /** `summary`, else `description`. */
  summary: string | null;
  description: string | null;
  lang: string | null;
  /** The `retrospective` field as written (a year, true or false), or undefined. */
  retrospective: unknown;
}

/**
 * Checks the front matter of one post. Returns the normalised fields, or throws every problem
 * found, each located at the line of its key.
 */
export function readPostMeta(fm: FrontMatter, file: string, filename: string): PostMeta {
  const errors: ContentError[] = [];
  const data = lowerKeys(fm.data);
  const keyLines = lowerKeys(fm.keyLines) as Record<string, number>;
  const fail = (key: string, problem: string, hint: string) =>
    errors.push(new ContentError(file, keyLines[key.toLowerCase()] ?? 1, 1, problem, hint));

  const dateField = (key: string, ...aliases: string[]): AuthorDate | null => {
    const name = [key, ...aliases].find((k) => data[k.toLowerCase()] !== undefined) ?? key;
    const value = data[name.toLowerCase()];
    if (value === undefined || value === null || value === "") return null;
    const date = parseAuthorDate(value);
    if (!date) {
      fail(
        name,
        `the "${name}" front matter field is not a valid date: ${JSON.stringify(dateText(value))}`,
        `write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+09:00`,
      );
    }
    return date;
  };
  const text = (key: string): string | null => {
    const value = data[key.toLowerCase()];
    if (value === undefined || value === null) return null;
    if (typeof value === "string" || typeof value === "number") return String(value);
    fail(key, `"${key}" must be text, got ${describe(value)}`, `write ${key}: "…"`);
    return null;
  };
  const list = (key: string): string[] => {
    const value = data[key.toLowerCase()];
    if (value === undefined || value === null || value === "") return [];
    if (typeof value === "string" || typeof value === "number") return [String(value)];
    if (
      Array.isArray(value) &&
      value.every((v) => typeof v === "string" || typeof v === "number")
    ) {
      return value
        .map(String)
        .map((v) => v.trim())
        .filter(Boolean);
    }
    fail(
      key,
      `"${key}" must be a word or a list of words, got ${describe(value)}`,
      `write ${key}: ["a", "b"]`,
    );
    return [];
  };

  // Hugo's field names, with the aliases it accepts for each.
  const date = dateField("date");
  const publishDate = dateField("publishDate", "pubdate", "published");
  const lastmod = dateField("lastmod", "modified");
  const expiryDate = dateField("expiryDate", "unpublishdate");
  const fromName = parseAuthorDate(/^(\d{4}-\d{2}-\d{2})/.exec(filename)?.[1] ?? "");
  // Hugo's chain: date, then publishDate, then lastmod; then a YYYY-MM-DD file name prefix.
  const resolvedDate = date ?? publishDate ?? lastmod ?? fromName;
  const draftValue = data.draft;
  if (draftValue !== undefined && typeof draftValue !== "boolean") {
    fail(
      "draft",
      `"draft" must be true or false, got ${describe(draftValue)}`,
      "write draft: true or draft: false",
    );
  }
  const title = text("title");
  const slug = text("slug");
  const url = text("url");
  if (url && FULL_URL.test(url.trim()))
    fail(
      "url",
      `"url" is a full URL (${JSON.stringify(url.trim())}), not a path on this site`,
      "write the path the post should have, such as url: /about/",
    );
  const result = {
    title: title?.trim() || filename,
    publishDate,
    lastmod,
    expiryDate,
    draft: draftValue === true,
    slug: slug?.trim() || null,
    url: url?.trim() || null,
    aliases: list("aliases").filter((alias) => {
      if (!FULL_URL.test(alias)) return true;
      fail(
        "aliases",
        `the alias ${JSON.stringify(alias)} is a full URL, not a path on this site`,
        "write it as a path such as /old/path/",
      );
      return false;
    }),
    tags: list("tags"),
    categories: list("categories"),
    summary: text("summary"),
    description: text("description"),
    lang: text("lang") ?? text("language"),
    retrospective: data.retrospective,
  };
  if (!resolvedDate && errors.length === 0) {
    errors.push(
      new ContentError(
        file,
        1,
        1,
        "the post has no date",
        "add `date: YYYY-MM-DD` to its front matter",
      ),
    );
  }
  if (errors.length > 0) throw new AggregateContentError(errors);
  return { ...result, date: resolvedDate!, summary: result.summary ?? result.description };
}

/** `https://…`, `mailto:…`, `//host/…`: not a path on the site. */
const FULL_URL = /^[a-z][a-z\d+.-]*:|^\/\//i;

function lowerKeys(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) out[key.toLowerCase()] = value;
  return out;
}

function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "nothing";
  if (value instanceof Date) return "a date";
  return typeof value === "object" ? "a table" : JSON.stringify(value);
}

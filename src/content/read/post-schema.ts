import { AggregateContentError, ContentError, type ContentWarning } from "../errors.ts";
import { parseAuthorDate, parseLenientDate, type AuthorDate } from "./dates.ts";
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
  /**
   * What was read leniently, as another engine reads it: a date in another layout, a date key
   * Hugo does not know, a date from a Jekyll file name, a key written twice. Each is a located
   * warning in the build's output and report.
   */
  warnings?: ContentWarning[];
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
  const warnings: ContentWarning[] = [...(fm.warnings ?? [])];
  const warn = (key: string | null, message: string) =>
    warnings.push({
      line: key === null ? 1 : (keyLines[key.toLowerCase()] ?? 1),
      column: 1,
      message,
    });

  const dateField = (key: string, ...aliases: string[]): AuthorDate | null => {
    const name = [key, ...aliases].find((k) => data[k.toLowerCase()] !== undefined) ?? key;
    const value = data[name.toLowerCase()];
    if (value === undefined || value === null || value === "") return null;
    let date = parseAuthorDate(value);
    const lenient = date ? null : parseLenientDate(value);
    if (lenient) {
      date = lenient.date;
      warn(
        name,
        `the "${name}" date ${JSON.stringify(String(value).trim())} is read as ${date.written} (${lenient.layout}, as other engines read it); write it as ${date.written} to say so`,
      );
    }
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
  // `pubDate` (Astro) and `published` are Hugo's own aliases; `publishedAt` is not, so it warns.
  const publishDate = dateField("publishDate", "pubdate", "published", "publishedAt");
  if (data.publishdate === undefined && data.pubdate === undefined && data.published === undefined)
    if (publishDate && data.publishedat !== undefined)
      warn(
        "publishedAt",
        `the date is read from "publishedAt", a key Hugo does not read (other engines do); rename it to publishDate or date`,
      );
  const lastmod = dateField("lastmod", "modified");
  const expiryDate = dateField("expiryDate", "unpublishdate");
  const fromName = parseAuthorDate(/^(\d{4}-\d{2}-\d{2})/.exec(filename)?.[1] ?? "");
  // Hugo's chain: date, then publishDate, then lastmod; then a YYYY-MM-DD file name prefix.
  const resolvedDate = date ?? publishDate ?? lastmod ?? fromName;
  if (!date && !publishDate && !lastmod && fromName)
    warn(
      null,
      `the post has no date in its front matter: ${fromName.written} is read from its file name, as Jekyll reads it; add date: ${fromName.written} to say so`,
    );
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
  return {
    ...result,
    date: resolvedDate!,
    summary: result.summary ?? result.description,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
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

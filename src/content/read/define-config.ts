import type { SlugFallback } from "./permalinks.ts";

/** The blog's settings, from furikaeri.config.ts and, for a Hugo site, its own config. */
export interface BlogConfig {
  title: string;
  description: string;
  /** The site's language (`ja`, `en-us`); a post may say otherwise. */
  languageCode: string;
  /** Absolute address of the published site: canonical links, feeds, own-link detection. */
  baseURL: string;
  /** Path prefix the site is served under, with leading and trailing slash. */
  base: string;
  /** Permalink pattern per section; `default` for every other section. */
  permalinks: Record<string, string>;
  /** Posts per page of the post list. */
  paginate: number;
  /**
   * What `:slug` gives for a post without `slug`: the file name (Furikaeri's default) or the
   * title (Hugo's meaning, used for a Hugo site's own patterns).
   */
  slugFallback?: SlugFallback;
  /** The site's time zone (IANA name, as Hugo's `timeZone`): `furikaeri new post` dates in it. */
  timeZone?: string;
}

/** The settings a user writes in furikaeri.config.ts: only those that differ from the defaults. */
export type UserConfig = Partial<BlogConfig>;

/** What a blog gets for each setting it does not write (Hugo's `hugo new site` address). */
export const DEFAULT_CONFIG: Readonly<BlogConfig> = Object.freeze({
  title: "Furikaeri",
  description: "",
  languageCode: "en",
  baseURL: "https://example.org/",
  base: "/",
  permalinks: { default: "/:year/:month/:day/:slug/" },
  paginate: 20,
});

/** A setting that cannot be used, named with its file and the fix. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    problem: string,
    fix: string,
  ) {
    super(`${file}: ${key}: ${problem}; ${fix}`);
    this.name = "ConfigError";
  }
}

/**
 * furikaeri.config.ts's `export default defineConfig({...})`: the defaults with the settings
 * given merged over them (`permalinks` key by key). Checked when the build starts
 * (checkConfig), so a mistake is reported by name, with the fix, rather than built in.
 */
export function defineConfig(config: UserConfig): BlogConfig {
  return {
    ...DEFAULT_CONFIG,
    ...config,
    permalinks: { ...DEFAULT_CONFIG.permalinks, ...config.permalinks },
  };
}

const show = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value));
const KEYS = [
  "title",
  "description",
  "languageCode",
  "baseURL",
  "base",
  "permalinks",
  "paginate",
  "slugFallback",
  "timeZone",
] as const satisfies ReadonlyArray<keyof BlogConfig>;

/**
 * Checks every setting of a config as written in `file` (furikaeri.config.ts): a config that
 * is not an object, a key that is not a setting, a value of the wrong kind or form. Returns the
 * config with the defaults for what is missing (a plain object written without defineConfig).
 */
export function checkConfig(config: unknown, file = "furikaeri.config.ts"): BlogConfig {
  if (typeof config !== "object" || config === null || Array.isArray(config))
    throw new ConfigError(
      file,
      "export default",
      `is ${show(config)}, not a set of settings`,
      'write `export default defineConfig({ title: "My blog" })`',
    );
  const given = config as Record<string, unknown>;
  const fail = (key: string, problem: string, fix: string): never => {
    throw new ConfigError(file, key, problem, fix);
  };
  for (const key of Object.keys(given)) {
    if ((KEYS as readonly string[]).includes(key)) continue;
    const near =
      KEYS.find((known) => known.toLowerCase() === key.toLowerCase()) ??
      KEYS.find((known) => editDistance(known.toLowerCase(), key.toLowerCase()) <= 2);
    fail(
      key,
      "is not a setting",
      near ? `did you mean "${near}"?` : `the settings are ${KEYS.join(", ")}`,
    );
  }
  const merged = defineConfig(given as UserConfig);
  for (const key of ["title", "description", "languageCode", "baseURL", "base"] as const)
    if (typeof merged[key] !== "string")
      fail(
        key,
        `${show(merged[key])} is not text`,
        `write it in quotes, such as ${show(DEFAULT_CONFIG[key] || "…")}`,
      );
  if (!merged.title.trim()) fail("title", "is empty", 'write the blog\'s name, such as "My blog"');
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(merged.languageCode))
    fail(
      "languageCode",
      `${show(merged.languageCode)} is not a language tag`,
      'write one such as "en", "en-us" or "ja"',
    );
  checkBaseURL(merged.baseURL, fail);
  if (merged.base.includes("://"))
    fail(
      "base",
      `${show(merged.base)} is an address, not a path`,
      `write the path alone, such as "${new URL(merged.base).pathname}" (the address goes in baseURL)`,
    );
  if (
    typeof merged.permalinks !== "object" ||
    merged.permalinks === null ||
    Array.isArray(merged.permalinks)
  )
    fail(
      "permalinks",
      `${show(merged.permalinks)} is not a set of patterns`,
      'write { default: "/:year/:month/:day/:slug/" }',
    );
  for (const [section, pattern] of Object.entries(merged.permalinks))
    if (typeof pattern !== "string" || !pattern.startsWith("/"))
      fail(
        `permalinks.${section}`,
        `${show(pattern)} is not a path pattern`,
        'write one starting with "/", such as "/:year/:month/:slug/"',
      );
  if (
    typeof merged.paginate !== "number" ||
    !Number.isInteger(merged.paginate) ||
    merged.paginate < 1
  )
    fail(
      "paginate",
      `${show(merged.paginate)} is not a whole number of posts per page`,
      "write a number such as 10, without quotes",
    );
  if (merged.slugFallback !== undefined && !["title", "filename"].includes(merged.slugFallback))
    fail(
      "slugFallback",
      `${show(merged.slugFallback)} is not "title" or "filename"`,
      "write one of the two",
    );
  if (merged.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: merged.timeZone });
    } catch {
      fail(
        "timeZone",
        `${show(merged.timeZone)} is not a time zone`,
        'write an IANA name such as "Asia/Tokyo" or "UTC"',
      );
    }
  }
  return merged;
}

function checkBaseURL(value: string, fail: (key: string, problem: string, fix: string) => never) {
  const bare = value.replace(/^\/+/, "");
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value))
    fail("baseURL", `${show(value)} has no scheme`, `write "https://${bare.replace(/\/?$/, "/")}"`);
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !["http:", "https:"].includes(url.protocol) || !url.hostname)
    fail(
      "baseURL",
      `${show(value)} is not a web address`,
      'write the site\'s address, such as "https://example.com/"',
    );
}

/** Levenshtein distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

import fs from "node:fs";
import path from "node:path";
import { parse as parseToml, type TomlError } from "smol-toml";
import { parseDocument } from "yaml";
import { ContentError } from "../errors.ts";
import { checkConfig, type BlogConfig } from "./define-config.ts";
import { compilePermalink } from "./permalinks.ts";

/** Where the content is, and what kind of folder it is. */
export interface ContentSource {
  /** The site root: the Hugo root, or the plain folder itself. */
  root: string;
  /** The folder whose Markdown files are the posts. */
  contentDir: string;
  /** Folders copied to the site root (Hugo's `static/`). */
  staticDirs: string[];
  kind: "hugo" | "folder";
  /** The Hugo config file that was read, if any. */
  configFile: string | null;
}

const HUGO_CONFIGS = [
  "hugo.toml",
  "config.toml",
  "hugo.yaml",
  "config.yaml",
  "config.yml",
  "hugo.json",
  "config.json",
];

/** Finds whether `dir` is a Hugo site root or a plain folder of posts. */
export function findContentSource(dir: string): ContentSource {
  const root = path.resolve(dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new Error(
      `content folder not found: ${dir}; set BLOG_CONTENT to a folder of Markdown posts or a Hugo site`,
    );
  }
  const configFile = HUGO_CONFIGS.map((name) => path.join(root, name)).find((f) =>
    fs.existsSync(f),
  );
  const contentDir = path.join(root, "content");
  if (configFile && fs.existsSync(contentDir)) {
    const staticDir = path.join(root, "static");
    return {
      root,
      contentDir,
      staticDirs: fs.existsSync(staticDir) ? [staticDir] : [],
      kind: "hugo",
      configFile,
    };
  }
  return { root, contentDir: root, staticDirs: [], kind: "folder", configFile: null };
}

/** Normalises a base path to `/x/y/` form. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/**
 * The config for a content source: the project's config (every key checked, defaults for what
 * it leaves out), overlaid with a Hugo site's own settings, overlaid with BLOG_BASE. Checks
 * permalink patterns up front.
 */
export function resolveConfig(
  projectConfig: BlogConfig,
  source: ContentSource,
  env: Record<string, string | undefined> = process.env,
): BlogConfig {
  const checked = checkConfig(projectConfig);
  let config = { ...checked, permalinks: { ...checked.permalinks } };
  if (source.configFile) config = { ...config, ...readHugoConfig(source.configFile) };
  if (env.BLOG_BASE) config.base = env.BLOG_BASE;
  config.base = normaliseBase(config.base);
  for (const pattern of Object.values(config.permalinks))
    compilePermalink(pattern, { slugFallback: config.slugFallback });
  return config;
}

/** Reads the settings Furikaeri uses from a Hugo config file (keys are case-insensitive). */
export function readHugoConfig(file: string): Partial<BlogConfig> {
  const raw = parseConfigFile(file);
  const get = (from: Record<string, unknown>, key: string) =>
    Object.entries(from).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
  const params = get(raw, "params");
  const out: Partial<BlogConfig> = {
    // A Hugo section without a pattern gets Hugo's own default URL, not ours.
    permalinks: {},
    slugFallback: "title",
  };
  const title = get(raw, "title");
  const baseURL = get(raw, "baseURL");
  const languageCode = get(raw, "languageCode");
  const description = isTable(params) ? get(params, "description") : undefined;
  const timeZone = get(raw, "timeZone");
  if (typeof timeZone === "string") out.timeZone = timeZone;
  if (typeof title === "string") out.title = title;
  if (typeof baseURL === "string") out.baseURL = baseURL;
  if (typeof languageCode === "string") out.languageCode = languageCode;
  // The site's own description, or none: never Furikaeri's tagline on someone else's blog.
  out.description = typeof description === "string" ? description : "";
  let permalinks = get(raw, "permalinks");
  // Newer Hugo configs nest the patterns for regular pages under [permalinks.page].
  if (isTable(permalinks) && isTable(get(permalinks, "page"))) permalinks = get(permalinks, "page");
  if (isTable(permalinks)) {
    for (const [section, pattern] of Object.entries(permalinks)) {
      if (typeof pattern === "string") out.permalinks![section.toLowerCase()] = pattern;
    }
  }
  return out;
}

/** Parses a TOML, YAML or JSON config file; a syntax error is located in the file. */
function parseConfigFile(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const name = path.basename(file);
  const fail = (line: number, column: number, problem: string): never => {
    throw new ContentError(
      name,
      line,
      column,
      `invalid Hugo config: ${problem}`,
      `fix ${name} (Hugo would not read it either)`,
    );
  };
  if (file.endsWith(".toml")) {
    try {
      return parseToml(text) as Record<string, unknown>;
    } catch (error) {
      const e = error as Partial<TomlError> & Error;
      return fail(
        e.line ?? 1,
        e.column ?? 1,
        e.message.split("\n")[0]!.replace(/^Invalid TOML document: /, ""),
      );
    }
  }
  if (file.endsWith(".json")) {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      return fail(1, 1, (error as Error).message);
    }
  }
  const doc = parseDocument(text, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const before = text.slice(0, error.pos[0]).split("\n");
    return fail(before.length, before.at(-1)!.length + 1, error.message.split("\n")[0]!);
  }
  const data: unknown = doc.toJS();
  return isTable(data) ? data : {};
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

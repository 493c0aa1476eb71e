import fs from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { compilePermalink } from "./permalinks";

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
}

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
 * The config for a content source: the project's config, overlaid with a Hugo site's own
 * settings, overlaid with BLOG_BASE. Checks permalink patterns up front.
 */
export function resolveConfig(
  projectConfig: BlogConfig,
  source: ContentSource,
  env: Record<string, string | undefined> = process.env,
): BlogConfig {
  let config = { ...projectConfig, permalinks: { ...projectConfig.permalinks } };
  if (source.configFile) config = { ...config, ...readHugoConfig(source.configFile) };
  if (env.BLOG_BASE) config.base = env.BLOG_BASE;
  config.base = normaliseBase(config.base);
  for (const pattern of Object.values(config.permalinks)) compilePermalink(pattern);
  return config;
}

/** Reads the settings Furikaeri uses from a Hugo config file (keys are case-insensitive). */
export function readHugoConfig(file: string): Partial<BlogConfig> {
  const text = fs.readFileSync(file, "utf8");
  const raw = (
    file.endsWith(".toml")
      ? parseToml(text)
      : file.endsWith(".json")
        ? JSON.parse(text)
        : parseYaml(text)
  ) as Record<string, unknown>;
  const get = (key: string) =>
    Object.entries(raw).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
  const params = (get("params") ?? {}) as Record<string, unknown>;
  const permalinks = get("permalinks");
  const out: Partial<BlogConfig> = {
    // A Hugo section without a pattern gets Hugo's own default URL, not ours.
    permalinks: {},
  };
  if (typeof get("title") === "string") out.title = get("title") as string;
  if (typeof get("baseURL") === "string") out.baseURL = get("baseURL") as string;
  if (typeof get("languageCode") === "string") out.languageCode = get("languageCode") as string;
  if (typeof params.description === "string") out.description = params.description;
  if (permalinks && typeof permalinks === "object") {
    for (const [section, pattern] of Object.entries(permalinks as Record<string, unknown>)) {
      if (typeof pattern === "string") out.permalinks![section] = pattern;
    }
  }
  return out;
}

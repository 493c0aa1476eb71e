import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BlogConfig } from "../../src/content/read/define-config.ts";
import { loadSite } from "../../src/content/site/load-site-here.ts";
import type { LoadedSite } from "../../src/content/site/site-post.ts";

/** The config the reading tests build with. */
export const readingConfig: BlogConfig = {
  title: "Test blog",
  description: "A blog for tests.",
  languageCode: "ja",
  baseURL: "https://example.com/",
  base: "/",
  permalinks: { default: "/writing/:year/:month/:day/:slug/" },
  paginate: 2,
};

/** Writes Markdown files (name → text) to a temporary folder and loads them as a site. */
export function siteOf(
  files: Record<string, string>,
  config: Partial<BlogConfig> = {},
): LoadedSite {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reading-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  try {
    const site = loadSite({
      content: dir,
      projectConfig: { ...readingConfig, ...config },
      mode: "production",
      now: new Date("2030-01-01T00:00:00Z"),
      env: {},
    });
    if (site.errors.length > 0) throw new Error(site.errors.map((e) => e.message).join("\n"));
    return site;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A post file with (JSON) front matter. */
export function post(fm: Record<string, unknown>, body = "本文です。"): string {
  return `${JSON.stringify(fm, null, 2)}\n\n${body}\n`;
}

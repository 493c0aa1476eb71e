import fs from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { parseMarkdown as parseBody } from "../../../../src/content/post/markdown.ts";

import { CORPUS, sharedFolder } from "../../../helpers/shared-data.ts";

/** The real blog the tests read in place (never copied into the repository). */
export { CORPUS };

/** Whether the real blog is beside the checkout; when not, one line says it is skipped. */
export const hasCorpus = () => sharedFolder(CORPUS);

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/;

/** Replaces a leading `---`/`+++` front matter block by as many empty lines, so lines still match the file. */
export function stripFrontMatter(source: string): string {
  return source.replace(FRONT_MATTER, (block) => block.replace(/[^\n]/g, ""));
}

/** Parses Markdown as the build does, after dropping its front matter. */
export function parseMarkdown(source: string): Root {
  return parseBody(stripFrontMatter(source));
}

/** Reads a corpus file (relative to the corpus `content/` folder). */
export function readCorpus(file: string): string {
  return fs.readFileSync(path.join(CORPUS, "content", file), "utf8");
}

/** Every post of the corpus, as paths relative to its `content/` folder, sorted. */
export function listCorpusPosts(): string[] {
  const root = path.join(CORPUS, "content");
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(?:md|markdown)$/.test(file))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/** What detectRetrospective needs from a post's front matter, read just well enough for tests. */
export function readPostFields(source: string) {
  const block = FRONT_MATTER.exec(source)?.[0] ?? "";
  const body = block.replace(/^.*\r?\n/, "").replace(/\r?\n.*\s*$/, "");
  let data: Record<string, unknown> = {};
  try {
    data = (block.startsWith("+++") ? parseToml(body) : parseYaml(body)) ?? {};
  } catch {
    data = {};
  }
  const date = /^date\s*[:=]\s*["']?(\d{4})-(\d{2})/m.exec(body);
  const words = (value: unknown) =>
    Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/\s+/) : [];
  return {
    title: String(data.title ?? ""),
    tags: words(data.tags),
    categories: words(data.categories),
    retrospective: data.retrospective,
    dateYear: Number(date?.[1]),
    dateMonth: Number(date?.[2]),
  };
}

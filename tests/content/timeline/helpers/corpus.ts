import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** The real blog the tests read in place (never copied into the repository). */
export const CORPUS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../../shared/corpus/deeeet",
);

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/;

/** Replaces a leading `---`/`+++` front matter block by as many empty lines, so lines still match the file. */
export function stripFrontMatter(source: string): string {
  return source.replace(FRONT_MATTER, (block) => block.replace(/[^\n]/g, ""));
}

const processor = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown with remark-parse and remark-gfm, after dropping its front matter. */
export function parseMarkdown(source: string): Root {
  return processor.runSync(processor.parse(stripFrontMatter(source))) as Root;
}

/** Reads a corpus file (relative to the corpus `content/` folder). */
export function readCorpus(file: string): string {
  return fs.readFileSync(path.join(CORPUS, "content", file), "utf8");
}

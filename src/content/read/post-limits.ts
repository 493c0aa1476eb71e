import fs from "node:fs";
import type { Root, RootContent } from "mdast";
import { ContentError } from "../errors.ts";
import type { SourceFile } from "./read-files.ts";

/** The largest Markdown file read as a post (2 MB): far above any real post. */
export const MAX_POST_BYTES = 2 * 1024 * 1024;

/** The deepest nesting of lists, quotes and HTML elements a post may have. */
export const MAX_NESTING = 500;

/**
 * Refuses a file before reading it when it cannot be a post: over MAX_POST_BYTES (a data dump
 * or a log saved as .md would take the build's time and memory: the Markdown parser reads about
 * 1 MB a second), or empty. Returns the file's stat.
 */
export function checkPostSize(file: SourceFile): fs.Stats {
  const stat = fs.statSync(file.absPath);
  const size = stat.size;
  if (size > MAX_POST_BYTES) {
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    throw new ContentError(
      file.file,
      1,
      1,
      `the file is ${mb(size)} MB, over the ${mb(MAX_POST_BYTES)} MB a post may be`,
      "split it into several posts, or keep large data out of the content folder",
    );
  }
  if (size === 0) {
    throw new ContentError(
      file.file,
      1,
      1,
      "the file is empty",
      "write the post (front matter with `title` and `date`, then the text) or delete the file",
    );
  }
  return stat;
}

// Elements that never hold others, or whose end tag may be left out (the next one closes them).
const NOT_NESTING = new Set(
  (
    "area base br col embed hr img input link meta source track wbr " +
    "p li dt dd tr td th thead tbody tfoot option optgroup colgroup rb rt rp"
  ).split(" "),
);
const TAG = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;

/**
 * Refuses a post nested deeper than MAX_NESTING (lists in lists, quotes in quotes, raw HTML
 * elements in elements), located at the first block that goes too deep. Rendering such a tree
 * would overflow the stack and stop the build without naming the file.
 */
export function checkNesting(tree: Root, file: string): void {
  let htmlDepth = 0; // raw HTML elements left open so far, in document order
  const stack: [Root | RootContent, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node.type === "html") {
      for (const [, close, name, selfClosing] of node.value.matchAll(TAG)) {
        if (NOT_NESTING.has(name!.toLowerCase()) || selfClosing) continue;
        htmlDepth = Math.max(0, htmlDepth + (close ? -1 : 1));
        if (depth + htmlDepth > MAX_NESTING) throw tooDeep(node, file);
      }
    }
    if (depth > MAX_NESTING) throw tooDeep(node, file);
    if ("children" in node)
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push([node.children[i]!, depth + 1]);
  }
}

function tooDeep(node: Root | RootContent, file: string): ContentError {
  const start = node.position?.start;
  return new ContentError(
    file,
    start?.line ?? 1,
    start?.column ?? 1,
    `the post nests lists, quotes or HTML elements more than ${MAX_NESTING} levels deep here`,
    "flatten the nesting (an unclosed HTML tag repeated many times does this too)",
  );
}

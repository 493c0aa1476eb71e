import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";

const OPTIONS = { includeImageAlt: false, includeHtml: false };

/** The visible text a node starts with, at least `limit` characters of it when it has that many. */
export function leadingText(node: Nodes, limit = 64): string {
  if (!("children" in node) || !Array.isArray(node.children)) return toString(node, OPTIONS);
  let text = "";
  for (const child of node.children) {
    text += toString(child, OPTIONS);
    if (text.length >= limit) break;
  }
  return text;
}

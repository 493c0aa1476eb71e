import type { Nodes, Root } from "mdast";

/**
 * What search reads of one post, from its Markdown tree: the whole text in reading order (the
 * snippets are cut from it), and apart, the headings and the code blocks, which the index
 * weighs differently from the prose (see docs/search.md).
 */
export interface SearchText {
  /**
   * Every block's text in order, code blocks included, one block a line: a heading and the
   * paragraph under it stay two words (`## Intro` + `Hello` is not `IntroHello`).
   */
  text: string;
  /** The headings' text, one a line. */
  headings: string;
  /** The code blocks' text (fenced and indented), one block a line. */
  code: string;
}

/** Nodes whose text is a block of its own: a line break before and after. */
const BLOCKS = new Set([
  "paragraph",
  "heading",
  "code",
  "blockquote",
  "list",
  "listItem",
  "table",
  "tableRow",
  "tableCell",
  "footnoteDefinition",
  "definition",
]);

/**
 * The search text of a post. Raw HTML is left out (its tags are not words of the post; text
 * between them is still read), an image counts by its alt text, and runs of white space
 * inside a line become one space.
 */
export function searchTextOf(tree: Root): SearchText {
  const text: string[] = [];
  const headings: string[] = [];
  const code: string[] = [];
  const walk = (node: Nodes, into: string[]) => {
    const block = BLOCKS.has(node.type);
    if (block) into.push("\n");
    switch (node.type) {
      case "text":
      case "inlineCode":
        into.push(node.value);
        break;
      case "code":
        into.push(node.value);
        code.push(node.value);
        break;
      case "image":
      case "imageReference":
        if (node.alt) into.push(node.alt);
        break;
      case "break":
        into.push("\n");
        break;
      case "heading": {
        const own: string[] = [];
        for (const child of node.children) walk(child, own);
        headings.push(own.join(""));
        into.push(...own);
        break;
      }
      default:
        if ("children" in node) for (const child of node.children) walk(child, into);
    }
    if (block) into.push("\n");
  };
  walk(tree, text);
  return {
    text: tidy(text.join("")),
    headings: tidy(headings.join("\n")),
    code: tidy(code.join("\n")),
  };
}

/** One line per block, no blank lines, runs of other white space made one space. */
function tidy(text: string): string {
  return text
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n[\s]*/g, "\n")
    .trim();
}

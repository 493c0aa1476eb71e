import type { Nodes, Root } from "mdast";
import { searchTokens } from "../../shared/search-tokens.ts";

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

/**
 * What a word weighs in a post (docs/search.md): a bit per field it is in, so that a word in
 * the title outweighs it anywhere else, tags and categories outweigh headings, headings the
 * prose; then 2 for each time it is in the prose, counted up to four times; a word only in
 * code blocks weighs 1. The most a word can weigh without the title (32 + 16 + 8 + 1) is
 * less than the title's 64 alone.
 */
export const FIELD_WEIGHTS = { title: 64, terms: 32, heading: 16, prose: 2, code: 1 } as const;
export const MAX_PROSE_COUNT = 4;

/** Each word of a text → how many times it is there. */
function counts(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const token of searchTokens(text)) found.set(token, (found.get(token) ?? 0) + 1);
  return found;
}

/**
 * Every word of one post and its weight there, flat (`[word, weight, …]`, words in the order
 * met): worked out with the post, on the build's threads, and kept in its cache.
 */
export function searchWeights(
  title: string,
  tagsAndCategories: string[],
  search: SearchText,
): (string | number)[] {
  const inTitle = counts(title);
  const terms = counts(tagsAndCategories.join("\n"));
  const headings = counts(search.headings);
  const code = counts(search.code);
  const text = counts(search.text);
  const weights: (string | number)[] = [];
  for (const token of new Set([...inTitle.keys(), ...terms.keys(), ...text.keys()])) {
    const inHeadings = headings.get(token) ?? 0;
    const inCode = code.get(token) ?? 0;
    const prose = Math.max(0, (text.get(token) ?? 0) - inHeadings - inCode);
    const weight =
      (inTitle.has(token) ? FIELD_WEIGHTS.title : 0) +
      (terms.has(token) ? FIELD_WEIGHTS.terms : 0) +
      (inHeadings > 0 ? FIELD_WEIGHTS.heading : 0) +
      Math.min(prose, MAX_PROSE_COUNT) * FIELD_WEIGHTS.prose +
      (inCode > 0 && prose === 0 && inHeadings === 0 ? FIELD_WEIGHTS.code : 0);
    if (weight > 0) weights.push(token, weight);
  }
  return weights;
}

import type { List, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { ExtractedRetrospective } from "../../../../src/content/post/timeline/extract-retrospective.ts";
import { isReferencesHeading } from "../../../../src/content/post/timeline/heading-kind.ts";

/** How a top-level block was placed: `count` times (-1 when its list items disagree). */
export interface Placement {
  block: RootContent;
  line: number;
  count: number;
}

const lineOf = (node: RootContent) => node.position?.start.line ?? -1;

/** Counts how many times each top-level block of `root` appears in `result`. */
export function placements(root: Root, result: ExtractedRetrospective): Placement[] {
  const parts = [...result.months, ...result.highlights, ...result.outlook];
  const placed = parts.flatMap((part) => part.nodes);
  const firstNodes = result.months.map((entry) => entry.nodes[0]);
  const listItems = placed.flatMap((node) => (node.type === "list" ? node.children : []));
  const anchors = new Set(parts.map((part) => `${part.anchorOffset}:${part.anchorLine}`));
  const occurrences = <T>(list: T[], value: T) => list.filter((x) => x === value).length;

  return root.children.map((block) => {
    let count = occurrences(placed, block);
    if (block.type === "list" && count === 0 && block.children.length > 0) {
      // A list may be split: each item is in a run (a list fragment) or is a month entry.
      const counts = (block as List).children.map(
        (item) => occurrences(listItems, item) + occurrences(firstNodes, item.children[0]),
      );
      count = counts.every((c) => c === counts[0]) ? counts[0]! : -1;
    }
    if (block.type === "heading") {
      const anchor = `${block.position?.start.offset ?? -1}:${lineOf(block)}`;
      if (anchors.has(anchor)) count += 1;
    }
    // A paragraph that stands as a title (`**Try**`) is its section's title, as a heading would be.
    if (block.type === "paragraph" && count === 0) {
      const text = toString(block).trim();
      const titled = [...result.highlights, ...result.outlook].some(
        (section) => section.anchorLine === lineOf(block) && section.title === text,
      );
      if (titled) count += 1;
    }
    return { block, line: lineOf(block), count };
  });
}

/** Lines of the top-level blocks under a references heading (up to the next heading as high). */
export function referencesLines(root: Root): Set<number> {
  const lines = new Set<number>();
  let depth: number | null = null;
  for (const block of root.children) {
    if (block.type === "heading") {
      if (depth !== null && block.depth <= depth) depth = null;
      if (depth === null && isReferencesHeading(toString(block))) depth = block.depth;
    }
    if (depth !== null) lines.add(lineOf(block));
  }
  return lines;
}

/** Blocks that break the rule "every block is in exactly one place, or in a dropped references section". */
export function misplaced(root: Root, result: ExtractedRetrospective): Placement[] {
  const references = referencesLines(root);
  return placements(root, result).filter(({ block, line, count }) => {
    if (count === 1) return false;
    if (count === 0) return !(block.type === "heading" || references.has(line));
    return true;
  });
}

/** Lines of the top-level blocks that are in no month, highlight or outlook. */
export function unplacedLines(root: Root, result: ExtractedRetrospective): number[] {
  return placements(root, result)
    .filter((placement) => placement.count === 0)
    .map((placement) => placement.line);
}

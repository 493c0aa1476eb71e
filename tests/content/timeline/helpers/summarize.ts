import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { ExtractedRetrospective } from "../../../../src/content/post/timeline/extract-retrospective.ts";

/** The visible text of each node, one string per node. */
export const texts = (nodes: RootContent[]) => nodes.map((node) => toString(node));

/** An extracted retrospective as plain text, easy to compare with a hand-written expectation. */
export function summarize(result: ExtractedRetrospective) {
  return {
    months: result.months.map((entry) => ({
      months: entry.months,
      days: entry.days,
      line: entry.anchorLine,
      texts: texts(entry.nodes),
    })),
    highlights: result.highlights.map((section) => ({
      title: section.title,
      line: section.anchorLine,
      texts: texts(section.nodes),
    })),
    outlook: result.outlook.map((section) => ({
      title: section.title,
      line: section.anchorLine,
      texts: texts(section.nodes),
    })),
  };
}

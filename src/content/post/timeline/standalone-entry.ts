import type { FootnoteDefinition, Nodes, PhrasingContent, Root, RootContent } from "mdast";

/*
 * A timeline entry is read away from its post: a footnote reference would point at a footnote
 * that is not on the timeline page. So an entry carries the footnotes it uses: each reference
 * becomes the footnote's own words in brackets (`…Rakutenを退職した (3月末付)`), and a reference
 * to no footnote is removed. Footnote definitions, which the post shows at its end, are left out
 * of entries.
 */

/** The post's footnote definitions, by identifier. */
export function footnoteDefinitions(root: Root): Map<string, FootnoteDefinition> {
  const definitions = new Map<string, FootnoteDefinition>();
  const visit = (node: Nodes) => {
    if (node.type === "footnoteDefinition") definitions.set(node.identifier, node);
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return definitions;
}

/** The inline words of a footnote (its paragraphs' content), without footnote references. */
function footnoteText(definition: FootnoteDefinition): PhrasingContent[] {
  const words: PhrasingContent[] = [];
  for (const block of definition.children) {
    if (block.type !== "paragraph") continue;
    if (words.length > 0) words.push({ type: "text", value: " " });
    words.push(...block.children.filter((child) => child.type !== "footnoteReference"));
  }
  return words;
}

/** Copies of `nodes` that stand alone: footnotes inlined where used, definitions left out. */
export function standaloneNodes(
  nodes: RootContent[],
  definitions: Map<string, FootnoteDefinition>,
): RootContent[] {
  if (!nodes.some(usesFootnotes)) return nodes;
  const copy = (node: Nodes): Nodes[] => {
    if (node.type === "footnoteDefinition") return [];
    if (node.type === "footnoteReference") {
      const definition = definitions.get(node.identifier);
      const words = definition ? footnoteText(definition) : [];
      return words.length === 0
        ? []
        : [{ type: "text", value: " (" }, ...words, { type: "text", value: ")" }];
    }
    if (!("children" in node)) return [node];
    return [{ ...node, children: node.children.flatMap(copy) } as Nodes];
  };
  return nodes.flatMap(copy) as RootContent[];
}

function usesFootnotes(node: Nodes): boolean {
  if (node.type === "footnoteReference" || node.type === "footnoteDefinition") return true;
  return "children" in node && node.children.some(usesFootnotes);
}

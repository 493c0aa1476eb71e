import type { Element, ElementContent, Root } from "hast";
import { visit, SKIP } from "unist-util-visit";

/** A known embed turned into a plain link: where it points and what it is. */
interface EmbedLink {
  href: string;
  label: string;
}

/** Recognises the embeds blogs paste (Speaker Deck, Vimeo, YouTube) from a raw HTML element. */
export function recogniseEmbed(node: Element): EmbedLink | null {
  const props = node.properties;
  const src = typeof props.src === "string" ? props.src : "";
  if (node.tagName === "script") {
    const classes = Array.isArray(props.className) ? props.className : [];
    const id = typeof props.dataId === "string" ? props.dataId : "";
    if (classes.includes("speakerdeck-embed") && /^[\w-]+$/.test(id)) {
      return { href: `https://speakerdeck.com/player/${id}`, label: "Slides on Speaker Deck" };
    }
    return null;
  }
  if (node.tagName === "iframe") {
    const vimeo = /^(?:https?:)?\/\/player\.vimeo\.com\/video\/(\d+)/.exec(src.trim());
    if (vimeo) return { href: `https://vimeo.com/${vimeo[1]}`, label: "Video on Vimeo" };
    const youtube = /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/.exec(
      src.trim(),
    );
    if (youtube) {
      return { href: `https://www.youtube.com/watch?v=${youtube[1]}`, label: "Video on YouTube" };
    }
    // Only a plain host name makes a card; anything else in `src` is dropped with the iframe.
    const host = /^(?:https?:)?\/\/([a-z0-9.-]+(?::\d+)?)(?:[/?#]|$)/i.exec(src.trim());
    if (host) return { href: `https://${host[1]}/`, label: `Embedded content from ${host[1]}` };
  }
  return null;
}

/**
 * Rehype plugin: replaces known embeds with a link card before sanitising, so a reader still
 * finds the slides or the video while nothing from the post runs.
 */
export function rehypeEmbedCards() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const embed = recogniseEmbed(node);
      if (!embed) return;
      const card: ElementContent = {
        type: "element",
        tagName: "a",
        properties: { href: embed.href, dataEmbedCard: "" },
        children: [{ type: "text", value: embed.label }],
      };
      parent.children.splice(index, 1, card);
      return [SKIP, index + 1];
    });
  };
}

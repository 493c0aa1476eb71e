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

// Advertising, affiliate and tracking hosts: their frames, scripts and pixels are not content.
const AD_HOSTS =
  /(?:^|\.)(?:amazon-adsystem\.com|googlesyndication\.com|doubleclick\.net|googleadservices\.com|adservice\.google\.[a-z.]+|a8\.net|valuecommerce\.(?:com|ne\.jp)|moshimo\.com|afl\.rakuten\.co\.jp|accesstrade\.net|linksynergy\.com|i-mobile\.co\.jp|nend\.net|adingo\.jp|taboola\.com|outbrain\.com)$/i;

/** Whether an element is an advertisement, an affiliate widget or a tracking pixel. */
export function isAdvertising(node: Element): boolean {
  const props = node.properties;
  const classes = Array.isArray(props.className) ? props.className.map(String) : [];
  if (classes.includes("adsbygoogle")) return true;
  if (!["iframe", "script", "img", "ins"].includes(node.tagName)) return false;
  const src = typeof props.src === "string" ? props.src.trim() : "";
  const host = /^(?:https?:)?\/\/([a-z0-9.-]+)/i.exec(src)?.[1] ?? "";
  if (AD_HOSTS.test(host)) return true;
  // A 1×1 image is a tracking pixel, whoever serves it.
  return node.tagName === "img" && String(props.width) === "1" && String(props.height) === "1";
}

/** A link's address as its text, for a link that has none (an embed's empty card). */
function linkText(href: string): string {
  const text = href.replace(/^https?:\/\//, "").replace(/\/$/, "");
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Rehype plugin: replaces known embeds with a link card before sanitising, so a reader still
 * finds the slides or the video while nothing from the post runs. Advertising frames and
 * tracking pixels are dropped; a link left with no text (an embed's empty card) shows its address.
 */
export function rehypeEmbedCards() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (isAdvertising(node)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const href = typeof node.properties.href === "string" ? node.properties.href : "";
      if (node.tagName === "a" && /^https?:\/\//.test(href) && !hasText(node))
        node.children.push({ type: "text", value: linkText(href) });
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

function hasText(node: Element): boolean {
  return node.children.some((child) =>
    child.type === "text"
      ? child.value.trim() !== ""
      : child.type === "element" && (child.tagName === "img" || hasText(child)),
  );
}

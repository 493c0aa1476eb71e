import type { ReactNode } from "react";
import { isExternal } from "./external.ts";

interface EmbedCardProps {
  href: string;
  /** What the embed is: "Slides on Speaker Deck", "Video on YouTube" … */
  children: ReactNode;
}

/**
 * What a post's embed (Speaker Deck, YouTube, Vimeo, any iframe) becomes: a card that links to
 * the slides or the video, so a reader still finds them while nothing from the post runs.
 * The embed was recognised before sanitising (src/content/post/embeds.ts).
 */
export function EmbedCard({ href, children }: EmbedCardProps) {
  return (
    <a href={href} data-embed-card="" rel={isExternal(href) ? "noopener noreferrer" : undefined}>
      {children}
    </a>
  );
}

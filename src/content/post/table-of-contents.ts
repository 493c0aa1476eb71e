import type { RenderedHeading } from "./markdown.ts";
import type { TocHeading } from "../../shared/types.ts";

/** Posts with fewer headings than this get no table of contents. */
export const TOC_MIN_HEADINGS = 3;

/**
 * The table of contents of a rendered post: its headings of level 1 to 4 (each has an id from
 * rehype-slug), the two top levels present, or none when the post has fewer than three.
 */
export function tableOfContents(headings: RenderedHeading[]): TocHeading[] {
  const found = headings.filter((h) => h.level <= 4);
  if (found.length < TOC_MIN_HEADINGS) return [];
  const levels = [...new Set(found.map((h) => h.level))].sort();
  const [top, second] = levels;
  return found
    .filter((h) => h.level === top || h.level === second)
    .map((h) => ({ id: h.id, text: h.text, depth: h.level === top ? 1 : 2 }));
}

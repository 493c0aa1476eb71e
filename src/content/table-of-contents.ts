import type { TocHeading } from "./types.ts";

/** Posts with fewer headings than this get no table of contents. */
export const TOC_MIN_HEADINGS = 3;

const HEADING = /<h([1-4])\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

/**
 * The table of contents of a rendered post: its headings that carry an id (rehype-slug gives
 * every heading one), the two top levels present, or none when the post has fewer than three.
 */
export function tableOfContents(html: string): TocHeading[] {
  const found: { level: number; id: string; text: string }[] = [];
  for (const match of html.matchAll(HEADING)) {
    const text = decodeEntities(match[3]!.replace(/<[^>]*>/g, ""))
      .replace(/\s+/g, " ")
      .trim();
    if (text) found.push({ level: Number(match[1]), id: decodeEntities(match[2]!), text });
  }
  if (found.length < TOC_MIN_HEADINGS) return [];
  const levels = [...new Set(found.map((h) => h.level))].sort();
  const [top, second] = levels;
  return found
    .filter((h) => h.level === top || h.level === second)
    .map((h) => ({ id: h.id, text: h.text, depth: h.level === top ? 1 : 2 }));
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the character references rehype-stringify writes (`&#x3C;`, `&#60;`, `&amp;`). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

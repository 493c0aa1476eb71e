/** Han, Hiragana, Katakana (and their punctuation): read by characters, not words. */
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/gu;

// Counted with loops rather than `match(...).length`, which makes a string of every character
// of a post (the counts are taken for every post of every build).

/** How many characters of a text are CJK (all of CJK's ranges are in the BMP). */
function countCjk(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x3000 && c <= 0x30ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff66 && c <= 0xff9f)
    )
      count++;
  }
  return count;
}

/** How many letters and digits (code points) a text has. */
function countLetters(text: string): number {
  const letters = text.replace(/[^\p{L}\p{N}]+/gu, "");
  let count = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) count++; // a low surrogate ends a code point already counted
  }
  return count;
}

/**
 * Minutes to read a text: CJK characters at 500 a minute (Hugo with hasCJKLanguage), other
 * words at 220 a minute, counted separately in mixed text. At least one minute.
 */
export function readingMinutes(text: string): number {
  const cjk = countCjk(text);
  let words = 0;
  for (const word of text.replace(CJK, " ").split(/\s+/)) if (/[\p{L}\p{N}]/u.test(word)) words++;
  return Math.max(1, Math.ceil(cjk / 500 + words / 220));
}

/** The language a text is mostly written in: "ja" when CJK characters make up much of it. */
export function guessLanguage(text: string, fallback: string): string {
  const letters = countLetters(text);
  if (letters < 20) return fallback;
  const isJa = countCjk(text) / letters > 0.15;
  const fallbackIsJa = fallback.toLowerCase().startsWith("ja");
  if (isJa === fallbackIsJa) return fallback;
  return isJa ? "ja" : "en";
}

/** Cuts a plain text to about `max` characters at a word or sentence edge, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  let cut = chars.slice(0, max).join("");
  const edge = Math.max(
    cut.lastIndexOf(" "),
    cut.lastIndexOf("．"),
    cut.lastIndexOf("。"),
    cut.lastIndexOf("，"),
    cut.lastIndexOf("、"),
  );
  if (edge > max * 0.6) cut = cut.slice(0, edge + 1);
  return cut.trimEnd() + "…";
}

/** How much a text says: its characters (letters and digits) and its words. */
export interface TextCounts {
  /** Letters and digits, CJK characters included (no spaces or punctuation). */
  characters: number;
  /** Words between spaces, each CJK character counted as one word. */
  words: number;
}

/** Counts a post's plain text, for the year in numbers. */
export function textCounts(text: string): TextCounts {
  const cjk = countCjk(text);
  let words = 0;
  for (const word of text.replace(CJK, " ").split(/\s+/)) if (/[\p{L}\p{N}]/u.test(word)) words++;
  return { characters: countLetters(text), words: words + cjk };
}

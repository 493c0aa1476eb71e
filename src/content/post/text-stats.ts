/** Han, Hiragana, Katakana (and their punctuation): read by characters, not words. */
const CJK_RANGES: [number, number][] = [
  [0x3000, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff66, 0xff9f],
];
const LETTER = 1;
const SPACE = 2;
const CJK = 4;
const KNOWN = 8;
/** Each BMP character's class (LETTER, SPACE, CJK bits), filled in as characters are met. */
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let k = classes[code]!;
  if (k === 0) {
    const c = String.fromCharCode(code);
    k = KNOWN;
    if (/[\p{L}\p{N}]/u.test(c)) k |= LETTER;
    if (/\s/.test(c)) k |= SPACE;
    if (CJK_RANGES.some(([from, to]) => code >= from && code <= to)) k |= CJK;
    classes[code] = k;
  }
  return k;
}

/** What the reading time, the language guess and the year in numbers count in a text. */
export interface TextMeasure {
  /** CJK characters (punctuation included), each read as a word. */
  cjk: number;
  /** Letters and digits (code points), CJK ones included. */
  letters: number;
  /** Words between spaces and CJK characters that hold a letter or digit. */
  words: number;
}

/**
 * Counts a post's text in one pass over its characters (it is counted for every post of every
 * build; three passes with regular expressions were a tenth of a post's build). The rules as
 * regular expressions are in tests/content/text-stats.test.ts, which checks that both agree.
 */
export function measureText(text: string): TextMeasure {
  let cjk = 0;
  let letters = 0;
  let words = 0;
  let wordHasLetter = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let k: number;
    const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : NaN;
    if (low >= 0xdc00 && low <= 0xdfff) {
      // A character outside the BMP: a letter or not, never a space or CJK here.
      k = /[\p{L}\p{N}]/u.test(text.slice(i, i + 2)) ? LETTER : 0;
      i++;
    } else k = classOf(code);
    if (k & LETTER) letters++;
    if (k & (CJK | SPACE)) {
      if (k & CJK) cjk++;
      if (wordHasLetter) words++;
      wordHasLetter = false;
    } else if (k & LETTER) wordHasLetter = true;
  }
  if (wordHasLetter) words++;
  return { cjk, letters, words };
}

/**
 * Minutes to read a text: CJK characters at 500 a minute (Hugo with hasCJKLanguage), other
 * words at 220 a minute, counted separately in mixed text. At least one minute.
 */
export function readingMinutes({ cjk, words }: TextMeasure): number {
  return Math.max(1, Math.ceil(cjk / 500 + words / 220));
}

/** The language a text is mostly written in: "ja" when CJK characters make up much of it. */
export function guessLanguage({ cjk, letters }: TextMeasure, fallback: string): string {
  if (letters < 20) return fallback;
  const isJa = cjk / letters > 0.15;
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

/** A post's plain text counted for the year in numbers. */
export function textCounts({ cjk, letters, words }: TextMeasure): TextCounts {
  return { characters: letters, words: words + cjk };
}

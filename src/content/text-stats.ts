/** Han, Hiragana, Katakana (and their punctuation): read by characters, not words. */
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/gu;

/**
 * Minutes to read a text: CJK characters at 500 a minute (Hugo with hasCJKLanguage), other
 * words at 220 a minute, counted separately in mixed text. At least one minute.
 */
export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text
    .replace(CJK, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(cjk / 500 + words / 220));
}

/** The language a text is mostly written in: "ja" when CJK characters make up much of it. */
export function guessLanguage(text: string, fallback: string): string {
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < 20) return fallback;
  const cjk = text.match(CJK)?.length ?? 0;
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

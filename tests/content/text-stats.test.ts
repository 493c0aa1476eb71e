import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  guessLanguage,
  measureText,
  readingMinutes,
  textCounts,
} from "../../src/content/post/text-stats.ts";

// The rules as first written, with regular expressions: the counting loops must agree.
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/gu;
const specReadingMinutes = (text: string) => {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text
    .replace(CJK, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(cjk / 500 + words / 220));
};
const specGuessLanguage = (text: string, fallback: string) => {
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < 20) return fallback;
  const isJa = (text.match(CJK)?.length ?? 0) / letters > 0.15;
  if (isJa === fallback.toLowerCase().startsWith("ja")) return fallback;
  return isJa ? "ja" : "en";
};

const specTextCounts = (text: string) => {
  const words = text
    .replace(CJK, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const characters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return { characters, words: words + (text.match(CJK)?.length ?? 0) };
};

// Japanese, Latin, digits, emoji and other astral characters, spaces and punctuation.
const pieces = fc.constantFrom(
  "振り返り",
  "カタカナ",
  "ｶﾀｶﾅ",
  "。",
  "、",
  "Go",
  "言語",
  "word ",
  "2017",
  " ",
  "\n",
  "😀",
  "𠮷",
  "é",
  "-",
  "ﾟ",
  "\u3000",
  "\u309b",
  "\ud83d",
  "\u00a0",
);
const texts = fc.array(pieces, { maxLength: 400 }).map((parts) => parts.join(""));

describe("reading time and language", () => {
  test("agree with the rules as written with regular expressions", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom("ja-jp", "en-us"), (text, fallback) => {
        expect(readingMinutes(measureText(text))).toBe(specReadingMinutes(text));
        expect(guessLanguage(measureText(text), fallback)).toBe(specGuessLanguage(text, fallback));
        expect(textCounts(measureText(text))).toEqual(specTextCounts(text));
      }),
      { numRuns: 500 },
    );
  });

  test("a long Japanese post reads in minutes at 500 characters a minute", () => {
    expect(readingMinutes(measureText("あ".repeat(1500)))).toBe(3);
    expect(readingMinutes(measureText("word ".repeat(440)))).toBe(2);
    expect(guessLanguage(measureText("これは日本語の文章です。".repeat(3)), "en-us")).toBe("ja");
    expect(guessLanguage(measureText("This is an English sentence."), "ja-jp")).toBe("en");
  });
});

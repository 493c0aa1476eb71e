/**
 * The one tokenizer of search, used to build the index (Node, build time) and to read the
 * reader's query (browser), so both always agree. Japanese has no spaces between words, so
 * runs of kana and kanji become overlapping character pairs (`振り返り` → 振り, り返, 返り):
 * a word is found inside running text (`2017年振り返り`) by matching all its pairs. Everything
 * else becomes lower-cased words. Text is NFKC-normalised first (full-width `Ｄｏｃｋｅｒ` and
 * half-width `ｺﾝﾃﾅ` match their usual forms).
 */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  let word = "";
  let cjk: string[] = [];
  const flushWord = () => {
    if (word) tokens.push(word);
    word = "";
  };
  const flushCjk = () => {
    if (cjk.length === 1) tokens.push(cjk[0]!);
    for (let i = 0; i + 1 < cjk.length; i++) tokens.push(cjk[i]! + cjk[i + 1]!);
    cjk = [];
  };
  for (const char of text.normalize("NFKC").toLowerCase()) {
    if (CJK.test(char)) {
      flushWord();
      cjk.push(char);
    } else if (WORD.test(char)) {
      flushCjk();
      word += char;
    } else {
      flushWord();
      flushCjk();
    }
  }
  flushWord();
  flushCjk();
  return tokens;
}

/** Kana, kanji (with 々 〆 and the long-vowel mark ー) and Hangul: read by character pairs. */
const CJK =
  /[\u3005\u3006\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
/** Letters, marks and digits of every other script: read as words. */
const WORD = /[\p{L}\p{M}\p{N}]/u;

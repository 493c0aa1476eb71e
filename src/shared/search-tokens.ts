/**
 * The one tokenizer of search, used to build the index (Node, build time) and to read the
 * reader's query and mark it in snippets (browser), so all three always agree. Japanese has
 * no spaces between words, so runs of kana and kanji become overlapping character pairs
 * (`振り返り` → 振り, り返, 返り): a word is found inside running text (`2017年振り返り`) by
 * matching all its pairs. Everything else becomes lower-cased words. Each character is
 * NFKC-normalised (full-width `Ｄｏｃｋｅｒ` and half-width `ｺﾝﾃﾅ` match their usual forms).
 */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  let previous: SearchPiece | null = null;
  forEachPiece(text, (piece) => {
    if (!piece.cjk) tokens.push(piece.text);
    else if (previous?.cjk && previous.run === piece.run) tokens.push(previous.text + piece.text);
    else if (!piece.joined) tokens.push(piece.text);
    previous = piece;
  });
  return tokens;
}

/**
 * A word, or one character of a Japanese run, as normalised, with where it stands in the
 * text it was read from (`start` … `end`, UTF-16 offsets): what snippets mark.
 */
export interface SearchPiece {
  text: string;
  start: number;
  end: number;
  /** A character of a kana/kanji run (read in pairs) rather than a word. */
  cjk: boolean;
  /** Pieces of one unbroken Japanese run share a run number. */
  run: number;
  /** Whether the next piece continues this one's Japanese run (a lone character is a token). */
  joined: boolean;
}

/** Every piece of a text, in order. */
export function searchPieces(text: string): SearchPiece[] {
  const pieces: SearchPiece[] = [];
  forEachPiece(text, (piece) => pieces.push(piece));
  return pieces;
}

/** Kana, kanji (with 々 〆 and the long-vowel mark ー) and Hangul: read by character pairs. */
const CJK =
  /[\u3005\u3006\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
/** Letters, marks and digits of every other script: read as words. */
const WORD = /[\p{L}\p{M}\p{N}]/u;
const MARK = /^\p{M}$/u;

/** Each code point's normal form, remembered (a blog uses a few thousand distinct ones). */
const normalForms = new Map<string, string>();
function normalForm(char: string): string {
  let form = normalForms.get(char);
  if (form === undefined) {
    form = char.normalize("NFKC").toLowerCase();
    if (normalForms.size < 50_000) normalForms.set(char, form);
  }
  return form;
}

/**
 * The tokenizer's one loop. Pieces are handed out once complete; a piece's `joined` is set
 * before the next piece of its run is handed out (callers that look back see it).
 */
function forEachPiece(text: string, emit: (piece: SearchPiece) => void) {
  let word: SearchPiece | null = null;
  let cjk: SearchPiece | null = null;
  let run = 0;
  const flushWord = () => {
    if (word) emit(word);
    word = null;
  };
  const endRun = () => {
    if (cjk) emit(cjk);
    cjk = null;
    run++;
  };
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    // ASCII, most of any text, without normalising.
    if (code < 0x80) {
      const isWord =
        (code >= 0x61 && code <= 0x7a) ||
        (code >= 0x30 && code <= 0x39) ||
        (code >= 0x41 && code <= 0x5a);
      if (isWord) {
        if (cjk) endRun();
        const lower = code <= 0x5a && code >= 0x41 ? String.fromCharCode(code + 32) : text[i]!;
        if (word) {
          word.text += lower;
          word.end = i + 1;
        } else word = { text: lower, start: i, end: i + 1, cjk: false, run, joined: false };
      } else {
        flushWord();
        if (cjk) endRun();
      }
      i++;
      continue;
    }
    // Hiragana, katakana and common kanji, most of Japanese text, are their own normal form.
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3041 && code <= 0x3096) ||
      (code >= 0x30a1 && code <= 0x30fa) ||
      code === 0x30fc
    ) {
      flushWord();
      if (cjk) {
        cjk.joined = true;
        emit(cjk);
      }
      cjk = { text: text[i]!, start: i, end: i + 1, cjk: true, run, joined: false };
      i++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const start = i;
    i += char.length;
    for (const c of normalForm(char)) {
      if (CJK.test(c)) {
        flushWord();
        if (cjk) {
          cjk.joined = true;
          emit(cjk);
        }
        cjk = { text: c, start, end: i, cjk: true, run, joined: false };
      } else if (MARK.test(c) && (cjk || word)) {
        // A combining mark (half-width ｶﾞ's ﾞ) joins the character before it.
        const last = (cjk ?? word)!;
        last.text = (last.text + c).normalize("NFC");
        last.end = i;
      } else if (WORD.test(c)) {
        if (cjk) endRun();
        if (word) {
          word.text += c;
          word.end = i;
        } else word = { text: c, start, end: i, cjk: false, run, joined: false };
      } else {
        flushWord();
        if (cjk) endRun();
      }
    }
  }
  flushWord();
  if (cjk) endRun();
}

import { searchPieces, type SearchPiece } from "./search-tokens.ts";

/**
 * Snippets: the part of a post's text around the best match of a query, with the matched
 * words marked. Pure and shared, so the browser's results and the tests cut the same ones.
 */

/** A run of snippet text, marked when it is a match. Rendered as text, never as HTML. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** What a query looks for in a text: its tokens (as the index has them) and their worth. */
export interface QueryTerm {
  /** A word, a Japanese character pair, or a lone Japanese character. */
  token: string;
  /** Whether longer words starting with it match too (the word being typed). */
  prefix: boolean;
  /** How much finding it counts (rarer words more). */
  weight: number;
  /**
   * For a Japanese character pair, the whole run of the query it comes from (`振り返り` for
   * り返): where the text has the whole run, only that is marked, not every stray pair.
   */
  phrase?: string;
}

/** How wide a snippet is, in columns: a Japanese character counts two, others one. */
export const SNIPPET_COLUMNS = 200;

interface Match {
  start: number;
  end: number;
  term: number;
}

/** Where the query's terms stand in a text, in order. */
function findMatches(pieces: SearchPiece[], terms: QueryTerm[]): Match[] {
  /** Whether the text has `phrase` (a Japanese run) from piece i on. */
  const phraseAt = (i: number, phrase: string[]) =>
    phrase.every(
      (char, k) =>
        pieces[i + k]?.cjk && pieces[i + k]!.run === pieces[i]!.run && pieces[i + k]!.text === char,
    );
  const phrases = new Map<string, string[]>();
  for (const term of terms) if (term.phrase) phrases.set(term.phrase, Array.from(term.phrase));
  // The phrases the text has whole: their pairs are marked only inside them.
  const whole = new Set<string>();
  for (const [phrase, chars] of phrases)
    if (pieces.some((_, i) => phraseAt(i, chars))) whole.add(phrase);
  const matches: Match[] = [];
  pieces.forEach((piece, i) => {
    const next = pieces[i + 1];
    const pair = piece.cjk && next?.cjk && next.run === piece.run ? piece.text + next.text : null;
    terms.forEach((term, t) => {
      if (term.phrase && whole.has(term.phrase)) {
        const chars = phrases.get(term.phrase)!;
        if (term.token !== chars.slice(0, 2).join("") || !phraseAt(i, chars)) return;
        matches.push({ start: piece.start, end: pieces[i + chars.length - 1]!.end, term: t });
        return;
      }
      const hit = piece.cjk
        ? (pair !== null && pair === term.token) ||
          (Array.from(term.token).length === 1 && piece.text === term.token)
        : piece.text === term.token || (term.prefix && piece.text.startsWith(term.token));
      if (!hit) return;
      const end = piece.cjk && pair === term.token ? next!.end : piece.end;
      matches.push({ start: piece.start, end, term: t });
    });
  });
  return matches;
}

/** The width of text[from, to) in columns. */
function columns(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) width += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return width;
}

/** The offset `budget` columns after `from` (or the text's end). */
function advance(text: string, from: number, budget: number): number {
  let i = from;
  for (let width = 0; i < text.length; i++) {
    width += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
    if (width > budget) break;
  }
  return i;
}

/** The offset `budget` columns before `to` (or 0). */
function retreat(text: string, to: number, budget: number): number {
  let i = to;
  for (let width = 0; i > 0; i--) {
    width += text.charCodeAt(i - 1) >= 0x2e80 ? 2 : 1;
    if (width > budget) break;
  }
  return i;
}

/** Marks every match of the terms in a short text (a title): parts in order. */
export function markText(text: string, terms: QueryTerm[]): SnippetPart[] {
  return partsOf(text, 0, text.length, findMatches(searchPieces(text), terms));
}

/**
 * The snippet of a text for a query: the window of about SNIPPET_COLUMNS columns holding the
 * most worth of distinct terms (then the most matches; then the earliest), with a little
 * text before its first match, cut at spaces in spaced text, `…` where text was left out.
 * With no match in the text (the post matched by its title or tags), its beginning.
 */
export function snippetOf(
  text: string,
  terms: QueryTerm[],
  width = SNIPPET_COLUMNS,
): SnippetPart[] {
  const matches = findMatches(searchPieces(text), terms);
  let best = { score: -1, first: 0, last: -1 };
  for (let i = 0; i < matches.length; i++) {
    const seen = new Set<number>();
    let score = 0;
    let last = i;
    for (let j = i; j < matches.length; j++) {
      if (columns(text, matches[i]!.start, matches[j]!.end) > width * 0.8) break;
      last = j;
      if (!seen.has(matches[j]!.term)) {
        seen.add(matches[j]!.term);
        score += terms[matches[j]!.term]!.weight;
      }
      score += 0.01;
    }
    if (score > best.score) best = { score, first: i, last };
  }
  let start = 0;
  if (best.last >= 0) {
    const first = matches[best.first]!;
    const used = columns(text, first.start, matches[best.last]!.end);
    start = retreat(text, first.start, Math.min(width / 4, Math.max(0, (width - used) / 2)));
  }
  let end = advance(text, start, width);
  // In spaced text, whole words: start after a space, end before one.
  if (start > 0 && /\S/.test(text[start - 1]!) && text.charCodeAt(start) < 0x2e80) {
    const space = text.slice(start, start + 20).search(/\s/);
    if (space >= 0 && (best.last < 0 || start + space < matches[best.first]!.start))
      start += space + 1;
  }
  if (end < text.length && /\S/.test(text[end]!) && text.charCodeAt(end - 1) < 0x2e80) {
    const space = text.slice(Math.max(start, end - 20), end).search(/\s\S*$/);
    if (space >= 0) end = Math.max(start, end - 20) + space;
  }
  const inside = matches.filter((m) => m.start >= start && m.end <= end);
  const parts = partsOf(text, start, end, inside);
  if (start > 0) parts.unshift({ text: "…", mark: false });
  if (end < text.length) parts.push({ text: "…", mark: false });
  return mergeParts(parts);
}

/** text[start, end) as parts, the matches (overlapping or touching ones joined) marked. */
function partsOf(text: string, start: number, end: number, matches: Match[]): SnippetPart[] {
  const spans: [number, number][] = [];
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && m.start <= last[1]) last[1] = Math.max(last[1], m.end);
    else spans.push([m.start, m.end]);
  }
  const parts: SnippetPart[] = [];
  let at = start;
  for (const [from, to] of spans) {
    if (from > at) parts.push({ text: oneLine(text.slice(at, from)), mark: false });
    parts.push({ text: oneLine(text.slice(from, to)), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: oneLine(text.slice(at, end)), mark: false });
  return parts;
}

/** Block breaks shown as spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}

function mergeParts(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && last.mark === part.mark) last.text += part.text;
    else if (part.text) merged.push({ ...part });
  }
  return merged;
}

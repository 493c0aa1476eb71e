import { searchPieces } from "../shared/search-tokens.ts";
import {
  MANIFEST_FILE,
  postRecordFile,
  SEARCH_INDEX_VERSION,
  shardOf,
  shardsOfPrefix,
  termShardFile,
  type PostRecord,
  type SearchManifest,
  type TermShard,
} from "../shared/search-shards.ts";
import { markText, snippetOf, type QueryTerm, type SnippetPart } from "../shared/search-snippet.ts";

/** A post found by a search, with what the result list shows. */
export interface SearchHit {
  url: string;
  title: string;
  /** The title with the query's words marked. */
  titleParts: SnippetPart[];
  /** The date as the post shows it (`2017年12月31日`). */
  date: string;
  lang: string;
  /** The text around the best match, the query's words marked. */
  snippet: SnippetPart[];
}

/** One page of a search's results. */
export interface SearchResults {
  /** How many posts match in all. */
  total: number;
  hits: SearchHit[];
}

/** Reads one file of the index folder (by name) as parsed JSON. */
export type IndexReader = (file: string) => Promise<unknown>;

/** How many shards a prefix (the word being typed) may read; a shorter prefix reads fewer. */
export const MAX_PREFIX_SHARDS = 3;
/** A completion of the word being typed counts this much of the word itself. */
const COMPLETION = 0.8;

/**
 * The query's terms: its words, and for Japanese its character pairs (a lone character when a
 * run is one character long). The last word is a prefix (typed so far), and so is a lone
 * Japanese character (the first of the pairs that start with it).
 */
export function queryTerms(query: string): Omit<QueryTerm, "weight">[] {
  const pieces = searchPieces(query);
  const terms: Omit<QueryTerm, "weight">[] = [];
  const seen = new Set<string>();
  pieces.forEach((piece, i) => {
    const next = pieces[i + 1];
    const previous = pieces[i - 1];
    let token: string | null = null;
    let prefix = false;
    let phrase: string | undefined;
    if (!piece.cjk) {
      token = piece.text;
      prefix = i === pieces.length - 1;
    } else if (next?.cjk && next.run === piece.run) {
      token = piece.text + next.text;
      phrase = pieces
        .filter((p) => p.cjk && p.run === piece.run)
        .map((p) => p.text)
        .join("");
    } else if (!(previous?.cjk && previous.run === piece.run)) {
      token = piece.text;
      prefix = true;
    }
    if (token !== null && !seen.has(token)) {
      seen.add(token);
      terms.push(phrase ? { token, prefix, phrase } : { token, prefix });
    }
  });
  return terms;
}

/** The posts matching a query, best first, and the query's terms with their worth. */
export interface Ranking {
  /** Post ids (0 = the newest post), best first. */
  posts: number[];
  terms: QueryTerm[];
}

/**
 * Finds the posts that contain every term of a query (docs/search.md): each post scores, for
 * each term, its weight there (title over tags over headings over prose over code) times the
 * term's rarity, ln(1 + posts ÷ posts with it); the best first, ties to the newer post. Reads
 * the manifest and the shards of the query's terms only.
 */
export async function rankPosts(read: IndexReader, query: string): Promise<Ranking> {
  const wanted = queryTerms(query);
  if (wanted.length === 0) return { posts: [], terms: [] };
  const manifest = (await read(MANIFEST_FILE)) as SearchManifest;
  if (manifest.version !== SEARCH_INDEX_VERSION)
    throw new Error(`the search index is version ${manifest.version}, not ${SEARCH_INDEX_VERSION}`);
  const shardsOfTerm = wanted.map((term) =>
    term.prefix
      ? shardsOfPrefix(term.token, manifest.keys).slice(0, MAX_PREFIX_SHARDS)
      : [shardOf(term.token, manifest.keys)],
  );
  const shards = new Map(
    await Promise.all(
      [...new Set(shardsOfTerm.flat())].map(
        async (id) => [id, (await read(termShardFile(id))) as TermShard] as const,
      ),
    ),
  );
  let scores: Map<number, number> | null = null;
  const terms: QueryTerm[] = [];
  wanted.forEach((term, i) => {
    const found = new Map<number, number>();
    for (const id of shardsOfTerm[i]!) {
      const shard = shards.get(id)!;
      const keys = term.prefix
        ? Object.keys(shard).filter((key) => key.startsWith(term.token))
        : Object.hasOwn(shard, term.token)
          ? [term.token]
          : [];
      for (const key of keys) {
        const list = shard[key]!;
        const rarity = Math.log(1 + manifest.posts / (list.length / 2));
        const factor = key === term.token ? 1 : COMPLETION;
        for (let j = 0, post = 0; j < list.length; j += 2) {
          post += list[j]!;
          const score = list[j + 1]! * rarity * factor;
          if (score > (found.get(post) ?? 0)) found.set(post, score);
        }
      }
    }
    terms.push({ ...term, weight: Math.log(1 + manifest.posts / Math.max(1, found.size)) });
    const previous: Map<number, number> | null = scores;
    scores = new Map();
    for (const [post, score] of found) {
      if (previous === null) scores.set(post, score);
      else if (previous.has(post)) scores.set(post, previous.get(post)! + score);
    }
  });
  const ranked = [...(scores ?? new Map<number, number>())].sort(
    (a, b) => b[1] - a[1] || a[0] - b[0],
  );
  return { posts: ranked.map(([post]) => post), terms };
}

/**
 * A page of a search's results: how many posts match, and the `limit` hits from `offset`,
 * each with its title, date and snippet (the query's words marked). Reads what rankPosts
 * reads, and the search files of the hits shown.
 */
export async function searchIndex(
  read: IndexReader,
  query: string,
  { limit = 10, offset = 0 }: { limit?: number; offset?: number } = {},
): Promise<SearchResults> {
  const { posts, terms } = await rankPosts(read, query);
  const shown = posts.slice(offset, offset + limit);
  const records = await Promise.all(
    shown.map(async (post) => (await read(postRecordFile(post))) as PostRecord),
  );
  return {
    total: posts.length,
    hits: records.map(([url, title, date, lang, text]) => ({
      url,
      title,
      titleParts: markText(title, terms),
      date,
      lang,
      snippet: snippetOf(text, terms),
    })),
  };
}

const files = new Map<string, Promise<unknown>>();

/**
 * The browser's search, loaded with import() only when a reader searches: the index files
 * are fetched from `indexUrl` (the index folder) as needed, each once.
 */
export function searchPosts(
  indexUrl: string,
  query: string,
  page: { limit?: number; offset?: number } = {},
): Promise<SearchResults> {
  return searchIndex(
    (file) => {
      let pending = files.get(file);
      if (!pending) {
        pending = fetch(indexUrl + file).then((response) => {
          if (!response.ok) throw new Error(`could not load the search index: ${response.status}`);
          return response.json() as Promise<unknown>;
        });
        pending.catch(() => files.delete(file));
        files.set(file, pending);
      }
      return pending;
    },
    query,
    page,
  );
}

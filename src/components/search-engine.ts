import { searchTokens } from "../shared/search-tokens.ts";
import {
  docChunkFile,
  MANIFEST_FILE,
  shardOf,
  termShardFile,
  type DocChunk,
  type SearchManifest,
  type TermShard,
} from "../shared/search-shards.ts";

/** A post found by a search, with what the result list shows. */
export interface SearchHit {
  url: string;
  title: string;
  /** The date as the post shows it (`2017年12月31日`). */
  date: string;
  lang: string;
}

/** Reads one file of the index folder (by name) as parsed JSON. */
export type IndexReader = (file: string) => Promise<unknown>;

/**
 * Finds the posts that contain every word of a query, best first (at most `limit`). Words are
 * the shared tokenizer's (character pairs for Japanese), so `振り返り` is found inside
 * `2017年振り返り`. The last word, and a lone kanji or kana, also match as prefixes (a query
 * typed so far). Weights: title over tags over text, rarer words over common ones; ties go
 * to the newer post. Loads only the manifest, the shards of the query's words and the
 * chunks of the results.
 */
export async function searchIndex(read: IndexReader, query: string, limit = 30) {
  const words = [...new Set(searchTokens(query))];
  if (words.length === 0) return [];
  const manifest = (await read(MANIFEST_FILE)) as SearchManifest;
  const shardIds = [...new Set(words.map((w) => shardOf(w, manifest.shards)))];
  const shards = new Map(
    await Promise.all(
      shardIds.map(async (id) => [id, (await read(termShardFile(id))) as TermShard] as const),
    ),
  );
  let scores: Map<number, number> | null = null;
  words.forEach((word, i) => {
    const shard = shards.get(shardOf(word, manifest.shards))!;
    const prefix = i === words.length - 1 || Array.from(word).length === 1;
    const lists = prefix
      ? Object.keys(shard)
          .filter((key) => key.startsWith(word))
          .map((key) => shard[key]!)
      : shard[word]
        ? [shard[word]]
        : [];
    const found = new Map<number, number>();
    for (const list of lists) {
      const rarity = Math.log(1 + manifest.posts / (list.length / 2));
      for (let j = 0; j < list.length; j += 2)
        found.set(list[j]!, (found.get(list[j]!) ?? 0) + list[j + 1]! * rarity);
    }
    const previous: Map<number, number> | null = scores;
    scores = new Map();
    for (const [post, score] of found) {
      if (previous === null) scores.set(post, score);
      else if (previous.has(post)) scores.set(post, previous.get(post)! + score);
    }
  });
  const best = [...(scores ?? new Map<number, number>())]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([post]) => post);
  const chunks = new Map(
    await Promise.all(
      [...new Set(best.map((p) => Math.floor(p / manifest.chunk)))].map(
        async (c) => [c, (await read(docChunkFile(c))) as DocChunk] as const,
      ),
    ),
  );
  return best.map((post): SearchHit => {
    const [url, title, date, lang] = chunks.get(Math.floor(post / manifest.chunk))![
      post % manifest.chunk
    ]!;
    return { url, title, date, lang };
  });
}

const files = new Map<string, Promise<unknown>>();

/**
 * The browser's search, loaded with import() only when a reader searches: the index files
 * are fetched from `indexUrl` (the index folder) as needed, each once.
 */
export function searchPosts(indexUrl: string, query: string, limit = 30): Promise<SearchHit[]> {
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
    limit,
  );
}

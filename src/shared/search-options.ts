import type { Options } from "minisearch";
import { searchTokens } from "./search-tokens";

/** One document of the search index: a post. */
export interface SearchDocument {
  id: number;
  url: string;
  title: string;
  /** The date as the post shows it (`2017年12月31日`). */
  date: string;
  lang: string;
  /** Tags and categories. */
  terms: string;
  /** The beginning of the post's text. */
  text: string;
}

/** The fields a search result carries, without loading the post. */
export type SearchHit = Pick<SearchDocument, "url" | "title" | "date" | "lang">;

/**
 * MiniSearch's options, the same when the build writes the index and when the browser loads
 * it: the shared tokenizer for documents and queries (it already lower-cases, so terms are
 * taken as they are), titles and tags weighing more than body text, every query word required.
 */
export const searchIndexOptions: Options<SearchDocument> = {
  fields: ["title", "terms", "text"],
  storeFields: ["url", "title", "date", "lang"],
  tokenize: searchTokens,
  processTerm: (term: string) => term,
  searchOptions: {
    tokenize: searchTokens,
    processTerm: (term: string) => term,
    boost: { title: 3, terms: 2 },
    combineWith: "AND",
    // The last word of a query typed so far (`conta`) and a lone kanji (`年`) match as prefixes.
    prefix: (term: string, index: number, terms: string[]) =>
      index === terms.length - 1 || term.length === 1,
  },
};

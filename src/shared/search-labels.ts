/**
 * The words of the search page and its results, in Japanese and, for every other language,
 * English. Apart from labels.ts so that only the search page's code carries them.
 */
import { wordsByLanguage } from "./labels.ts";

/** These words for a language code (`ja`, `ja-jp`, `en-us` …). */
export const searchLabels = /* @__PURE__ */ wordsByLanguage({
  ja: {
    searchLoading: "検索しています…",
    searchFailed: "検索の索引を読み込めませんでした。",
    searchPrompt: "言葉を入れると、題名・タグ・本文から記事を探します。",
    searchResults: (n: number, q: string) => `「${q}」の検索結果: ${n}件`,
    searchNone: (q: string) => `「${q}」を含む記事はありません。`,
    searchMore: "さらに表示",
    searchResultList: "検索結果",
    searchKeys: "↑ ↓ で結果を移動、Enter で開く",
  },
  en: {
    searchLoading: "Searching…",
    searchFailed: "The search index could not be loaded.",
    searchPrompt: "Type a word to find posts by title, tag or text.",
    searchResults: (n: number, q: string) => `${n} ${n === 1 ? "result" : "results"} for “${q}”`,
    searchNone: (q: string) => `No posts match “${q}”.`,
    searchMore: "More results",
    searchResultList: "Search results",
    searchKeys: "↑ ↓ move through the results, Enter opens one",
  },
});

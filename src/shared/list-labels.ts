/**
 * The words of the list pages (archive, tags, categories, pagination), in Japanese and, for
 * every other language, English. Apart from labels.ts so that only those pages carry them.
 */
import { wordsByLanguage } from "./labels.ts";

/** These words for a language code (`ja`, `ja-jp`, `en-us` …). */
export const listLabels = /* @__PURE__ */ wordsByLanguage({
  ja: {
    newer: "新しい記事",
    older: "古い記事",
    pagination: "ページ送り",
    archiveIntro: "年ごと、月ごとに全ての記事を並べています。",
    yearArchive: (y: number) => `${y}年の記事`,
    taggedWith: (t: string) => `タグ「${t}」の記事`,
    inCategory: (c: string) => `カテゴリー「${c}」の記事`,
    allTags: "タグ一覧",
    allCategories: "カテゴリー一覧",
  },
  en: {
    newer: "Newer posts",
    older: "Older posts",
    pagination: "Pagination",
    archiveIntro: "Every post, by year and month.",
    yearArchive: (y: number) => `Posts from ${y}`,
    taggedWith: (t: string) => `Posts tagged “${t}”`,
    inCategory: (c: string) => `Posts in “${c}”`,
    allTags: "All tags",
    allCategories: "All categories",
  },
});

/**
 * The words around a post (its reading time, its tags and categories, the links to the posts
 * beside it), in Japanese and, for every other language, English. Apart from labels.ts so that
 * only the pages that show posts carry them.
 */
import { wordsByLanguage } from "./labels.ts";

/** These words for a language code (`ja`, `ja-jp`, `en-us` …). */
export const postLabels = /* @__PURE__ */ wordsByLanguage({
  ja: {
    readingTime: (n: number) => `${n}分で読めます`,
    tags: "タグ",
    categories: "カテゴリー",
    previousPost: "前の記事",
    nextPost: "次の記事",
    related: "関連記事",
    openTimeline: "この年の振り返りを年表で見る",
    contents: "目次",
  },
  en: {
    readingTime: (n: number) => `${n} min read`,
    tags: "Tags",
    categories: "Categories",
    previousPost: "Previous post",
    nextPost: "Next post",
    related: "Related posts",
    openTimeline: "See this year on the timeline",
    contents: "Contents",
  },
});

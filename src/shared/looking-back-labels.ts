/**
 * The words of the looking-back blocks (plans beside outcomes, the year in numbers, the years
 * at a glance), in Japanese and, for every other language, English. Apart from labels.ts so the
 * blocks can grow without touching the rest of the UI's words.
 */
import { MONTH_NAMES, wordsByLanguage } from "./labels.ts";

/** `123456` as `123,456`, the same on every machine whatever its locale. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** These words for a language code (`ja`, `ja-jp`, `en-us` …). */
export const lookingBackLabels = /* @__PURE__ */ wordsByLanguage({
  ja: {
    plansTitle: (year: number) => `${year}年に向けて立てた計画`,
    plansIntro: "前の年の振り返りに、この年について書いたこと:",
    plansForward: (year: number) => `この計画が${year}年にどうなったか`,
    numbersTitle: (year: number) => `数字で見る${year}年`,
    posts: "記事",
    postCount: (n: number) => `${groupDigits(n)}件`,
    written: "書いた文字数",
    writtenCount: (characters: number, _words: number) => `${groupDigits(characters)}字`,
    topTags: "よく使ったタグ",
    topCategories: "よく使ったカテゴリー",
    glanceTitle: "年ごとの記事数",
    glanceDescription:
      "各年の月ごとの記事数です。多く書いた月ほど色が際立ちます。各月を選ぶと、その月の振り返りか記事一覧へ移動します。",
    glanceCell: (year: number, month: number, n: number) => `${year}年${month}月: ${n}件`,
    glanceTable: "表で見る",
    year: "年",
    total: "合計",
    monthShort: (m: number) => `${m}月`,
    fewer: "少ない",
    more: "多い",
  },
  en: {
    plansTitle: (year: number) => `Plans for ${year}`,
    plansIntro: "What the previous year's retrospective said of this year:",
    plansForward: (year: number) => `How these plans went in ${year}`,
    numbersTitle: (year: number) => `${year} in numbers`,
    posts: "Posts",
    postCount: (n: number) => `${groupDigits(n)}`,
    written: "Words written",
    writtenCount: (_characters: number, words: number) => `${groupDigits(words)}`,
    topTags: "Most used tags",
    topCategories: "Most used categories",
    glanceTitle: "Posts over the years",
    glanceDescription:
      "Posts per month, every year: the more posts, the stronger the colour. Each month links to that month's retrospective or posts.",
    glanceCell: (year: number, month: number, n: number) =>
      `${MONTH_NAMES[month - 1]} ${year}: ${n} ${n === 1 ? "post" : "posts"}`,
    glanceTable: "As a table",
    year: "Year",
    total: "Total",
    monthShort: (m: number) => MONTH_NAMES[m - 1]!.slice(0, 3),
    fewer: "Fewer",
    more: "More",
  },
});

/** English month names, January first (UI labels, and Hugo's `:monthname` permalinks). */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Every page's UI words in the languages the reader speaks: Japanese, English for the rest. */
const LABELS = {
  ja: {
    posts: "記事",
    timeline: "振り返り",
    skip: "本文へ移動",
    page: (n: number, of: number) => `${n} / ${of} ページ`,
    notFoundTitle: "ページが見つかりません",
    notFoundText:
      "お探しのページは見つかりませんでした。URLが変わったか、削除された可能性があります。",
    backHome: "記事一覧へ戻る",
    errorTitle: "問題が発生しました",
    timelineTitle: "振り返りの年表",
    timelineIntro: "毎年の振り返りを月ごとに並べ、その月に書いた記事と並べて読めます。",
    yearTimeline: (y: number) => `${y}年の振り返り`,
    monthName: (m: number) => `${m}月`,
    highlights: "この年のハイライト",
    outlook: "翌年に向けて",
    postsThisMonth: "この月の記事",
    noEntries: "記録なし",
    readInContext: "記事の中で読む",
    fromPost: "出典",
    previousYear: "前の年",
    nextYear: "次の年",
    retrospectives: "振り返り記事",
    monthsWithEntries: "記録のある月",
    keyboardHint: "← → で年を、↑ ↓ (k j) で月を、Home End で最初と最後の月へ移動",
    months: "月ごと",
    currentMonth: (y: number, m: number) => `${y}年${m}月`,
    search: "検索",
    searchLabel: "記事を検索",
    searchShortcut: "/ キーで検索",
    archive: "アーカイブ",
    postCount: (n: number) => `${n}件`,
    theme: "テーマ",
    themeToDark: "ダークテーマにする",
    themeToLight: "ライトテーマにする",
    feed: "RSSフィード",
    entryCount: (n: number) => `${n}件`,
    dayOfMonth: (m: number, d: number) => `${m}月${d}日`,
    rangeDash: "〜",
    otherYears: "前後の年",
    noRetrospectives: "振り返りの記事はまだありません。",
  },
  en: {
    posts: "Posts",
    timeline: "Timeline",
    skip: "Skip to content",
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    notFoundTitle: "Page not found",
    notFoundText: "There is no page at this address. It may have moved or been removed.",
    backHome: "Back to all posts",
    errorTitle: "Something went wrong",
    timelineTitle: "Timeline of the years",
    timelineIntro:
      "Each yearly retrospective laid out month by month, beside what was written that month.",
    yearTimeline: (y: number) => `${y} in review`,
    monthName: (m: number) => MONTH_NAMES[m - 1]!,
    highlights: "Highlights of the year",
    outlook: "Looking ahead",
    postsThisMonth: "Posts this month",
    noEntries: "Nothing recorded",
    readInContext: "Read in context",
    fromPost: "From",
    previousYear: "Previous year",
    nextYear: "Next year",
    retrospectives: "Retrospectives",
    monthsWithEntries: "Months with entries",
    keyboardHint: "← → change year, ↑ ↓ (k j) change month, Home End first and last month",
    months: "Months",
    currentMonth: (y: number, m: number) => `${labelsMonth(m)} ${y}`,
    search: "Search",
    searchLabel: "Search posts",
    searchShortcut: "Press / to search",
    archive: "Archive",
    postCount: (n: number) => `${n} ${n === 1 ? "post" : "posts"}`,
    theme: "Theme",
    themeToDark: "Switch to the dark theme",
    themeToLight: "Switch to the light theme",
    feed: "RSS feed",
    entryCount: (n: number) => (n === 1 ? "1 entry" : `${n} entries`),
    dayOfMonth: (m: number, d: number) => `${labelsMonth(m)} ${d}`,
    rangeDash: " – ",
    otherYears: "Other years",
    noRetrospectives: "No retrospectives yet.",
  },
};

function labelsMonth(m: number): string {
  return LABELS.en.monthName(m);
}

export type Labels = (typeof LABELS)["ja"];

/**
 * A family of words in Japanese and English, as what picks them for a language code (`ja`,
 * `ja-jp`, `en-us` …): Japanese, or English for every other language. The UI's words are kept
 * by page family (this file: every page's; the `*-labels.ts` beside it: one family's each), so
 * a page's code carries only its own.
 */
export function wordsByLanguage<T>(words: { ja: T; en: T }): (lang: string) => T {
  return (lang) => (lang.toLowerCase().startsWith("ja") ? words.ja : words.en);
}

// Each family calls this when its module loads: marked pure (`@__PURE__`) so the bundler may
// still move and share the module as it does a module of plain data (without it, the timeline
// year's first-load JavaScript grew from 109,682 to 110,504 B, past issue 15's 110 kB).

/** The words every page uses, for a language code. */
export const labelsFor: (lang: string) => Labels = /* @__PURE__ */ wordsByLanguage(LABELS);

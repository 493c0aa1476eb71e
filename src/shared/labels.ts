/** UI words in the languages the reader speaks: Japanese, and English for everything else. */
const LABELS = {
  ja: {
    posts: "記事",
    timeline: "振り返り",
    skip: "本文へ移動",
    readingTime: (n: number) => `${n}分で読めます`,
    tags: "タグ",
    categories: "カテゴリー",
    previousPost: "前の記事",
    nextPost: "次の記事",
    related: "関連記事",
    newer: "新しい記事",
    older: "古い記事",
    page: (n: number, of: number) => `${n} / ${of} ページ`,
    pagination: "ページ送り",
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
    openTimeline: "この年の振り返りを年表で見る",
    retrospectives: "振り返り記事",
    monthsWithEntries: "記録のある月",
    keyboardHint: "← → で年を、↑ ↓ (k j) で月を移動",
    months: "月ごと",
    currentMonth: (y: number, m: number) => `${y}年${m}月`,
  },
  en: {
    posts: "Posts",
    timeline: "Timeline",
    skip: "Skip to content",
    readingTime: (n: number) => `${n} min read`,
    tags: "Tags",
    categories: "Categories",
    previousPost: "Previous post",
    nextPost: "Next post",
    related: "Related posts",
    newer: "Newer posts",
    older: "Older posts",
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    pagination: "Pagination",
    notFoundTitle: "Page not found",
    notFoundText: "There is no page at this address. It may have moved or been removed.",
    backHome: "Back to all posts",
    errorTitle: "Something went wrong",
    timelineTitle: "Timeline of the years",
    timelineIntro:
      "Each yearly retrospective laid out month by month, beside what was written that month.",
    yearTimeline: (y: number) => `${y} in review`,
    monthName: (m: number) =>
      [
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
      ][m - 1]!,
    highlights: "Highlights of the year",
    outlook: "Looking ahead",
    postsThisMonth: "Posts this month",
    noEntries: "Nothing recorded",
    readInContext: "Read in context",
    fromPost: "From",
    previousYear: "Previous year",
    nextYear: "Next year",
    openTimeline: "See this year on the timeline",
    retrospectives: "Retrospectives",
    monthsWithEntries: "Months with entries",
    keyboardHint: "← → change year, ↑ ↓ (k j) change month",
    months: "Months",
    currentMonth: (y: number, m: number) => `${labelsMonth(m)} ${y}`,
  },
};

function labelsMonth(m: number): string {
  return LABELS.en.monthName(m);
}

export type Labels = (typeof LABELS)["ja"];

/** The UI words for a language code (`ja`, `ja-jp`, `en-us` …). */
export function labelsFor(lang: string): Labels {
  return lang.toLowerCase().startsWith("ja") ? LABELS.ja : LABELS.en;
}

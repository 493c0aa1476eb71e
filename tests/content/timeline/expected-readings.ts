/**
 * How a careful reader reads each post of the shared corpus, written by hand (from the posts
 * themselves, before the timeline code was changed for them). Keys are paths relative to
 * `../shared/corpus/`. Every snippet is a few words that identify a passage, never the passage:
 * the corpus stays in `../shared` and is never copied here.
 *
 * - `year`: the year the post reviews, or null when it is not a yearly retrospective (`why` says
 *   what it is instead).
 * - `months`: the passages that tell what happened in a month of that year, in document order,
 *   each as [month or months of its entry, words of the passage or of its month heading].
 * - `either`: passages that name a month but that a reader could leave out of the months (a
 *   caption about writing the post, a link to a monthly report): counted neither way.
 * - `outlook`: passages about the next year (plans, goals, a Try list).
 * - `never`: plans, deadlines, and months of other years, which no month may show.
 *
 * Every deeeet post not listed is not a retrospective.
 */
export interface ExpectedReading {
  year: number | null;
  why?: string;
  months?: Array<[number | number[], string]>;
  either?: string[];
  outlook?: string[];
  never?: string[];
}

const R = "retrospectives/posts/";

export const EXPECTED_READINGS: Record<string, ExpectedReading> = {
  // The seed blog's six retrospectives.
  "deeeet/content/writing/2015.md": { year: 2015 },
  "deeeet/content/writing/2016.md": {
    year: 2016,
    months: [
      [2, "Dave Cheneyが中心となり"],
      [5, "みんなのGo言語"],
      [6, "ドイツのBamberg"],
      [7, "Devenverで開催された"],
      [12, "golang.tokyoで"],
    ],
    // `2017年2月` (line 8) is another year; `12月31日をもって` continues December.
    never: [],
  },
  "deeeet/content/writing/2017.md": {
    year: 2017,
    months: [
      [1, "SREとしてMercari"],
      [4, "試用期間が終わった直後"],
      [7, "日本に帰ってきてからはUS"],
      [8, "長期出張などもありず"],
      [9, "Google Cloud INSIDE"],
      [10, "結婚した"],
      [11, "Go Conference 2017 Autumn"],
      [12, "KubeCon + CloudNativeCon"],
    ],
    outlook: ["2018年も引き続き"],
  },
  "deeeet/content/writing/2018.md": { year: 2018, outlook: ["引き続き「Microserv"] },
  "deeeet/content/posts/2020.md": {
    year: 2020,
    months: [
      [2, "It started at the end of February"],
      [2, "February at Shizuoka"],
      [8, "August at Gunma"],
      [9, "September at Yamanashi"],
      [11, "November at Shizuoka"],
    ],
  },
  "deeeet/content/posts/2021.md": { year: 2021 },

  // Many authors: retrospectives.
  [`${R}angelostavrow--2016-in-review.md`]: {
    year: 2016,
    // The months are in the review of last year's goals: how a goal went, not an event.
    either: ["up until late August", "between end of March and mid-October"],
    outlook: ["registering at a gym"],
    never: ["at least once a month"],
  },
  [`${R}angelostavrow--annual-review-2018.md`]: { year: 2018 },
  [`${R}angelostavrow--so-long-2019.md`]: { year: 2019 },
  [`${R}dora1998--2019-matome_index.md`]: {
    year: 2019,
    months: [[2, "当時代表だった"]],
  },
  [`${R}garrettwelson--2021review.md`]: {
    year: 2021,
    months: [
      [[1, 2, 3, 4], "Preparing the Way"],
      [5, "Road Trip"],
      [[6, 7], "New Apartment"],
      [[7, 8, 9], "Wedding Season"],
      [[10, 11, 12], "These few months were"],
      [11, "In November, I headed home"],
      [12, "In December, I came home"],
    ],
    outlook: ["finally put it to use", "coming into 2022 with perhaps"],
  },
  [`${R}ikaruga777--2020_12_annual-report-2020.md`]: {
    year: 2020,
    months: [
      [1, "UNITE 2019 で写真"],
      [2, "大江戸Ruby会議"],
      [3, "銀座で産女"],
      [4, "テイクアウトが流行"],
      [5, "SEKIRO買ってる"],
      [6, "ラズパイ買って"],
      [7, "Apex はじめました"],
      [8, "noshやめました"],
      [9, "自転車が盗まれる"],
      [10, "20代ラスト"],
      [11, "へやキャンスタンプラリー"],
      [12, "ふるさと納税で届いた"],
      // Missed on the first reading (a long line in 仕事の話), found by the code, checked by hand.
      [1, "1月末から社員が基本在"],
    ],
    outlook: ["TypeScript履修"],
    never: ["できてないー"],
  },
  [`${R}ikaruga777--2022_12_annual-report-2022.md`]: {
    year: 2022,
    months: [
      [1, "函館で年越し"],
      [2, "不調だったぽい"],
      [3, "大井川の吊橋"],
      [4, "VCTで大盛り"],
      [5, "赤城山"],
      [6, "渋谷でオール"],
      [7, "劇場版ゆるキャン"],
      [8, "RTA in Japan"],
      [9, "RubyKaigi2022"],
      [10, "iPhone 14 Pro"],
      [11, "社のBBQ"],
      [12, "コンタクトデビュー"],
    ],
    // A link to the author's March news post, inside a topic about things bought.
    either: ["3月の近況"],
    outlook: ["時間捻出を自分ができていない"],
    never: ["TypeSript, Golangでなんか書く"],
  },
  [`${R}june29--2009-12-31__wp__looking-back-at-the-year-2009_index.md`]: {
    year: 2009,
    // Both months are about writing the retrospective itself.
    either: ["12月の前半から", "12月31日の夕方"],
  },
  [`${R}june29--2019-12-30__hg__lovely-2019_index.md`]: {
    year: 2019,
    months: [[11, "いきなり思い立って"]],
    either: ["記事がなかったけれど", "Pixela"],
  },
  [`${R}key60228--review2022.md`]: {
    year: 2022,
    months: [
      [1, "でも記事は書いてたけど"],
      [2, "ほぼ最終面接"],
      [3, "キャッチアップ期間"],
      [4, "お試し案件"],
      [5, "大きめ案件にアサイン"],
      [6, "ビジネス判断でリリース見送り"],
      [7, "マイクロサービス化までやること"],
      [8, "引き続き通知のマイクロサービス化。"],
      [9, "スクラムマスター業務がメイン"],
      [10, "ようやく通知のマイクロサービス化が完了"],
      [11, "週間レポートメールの実装"],
      [12, "細かい調整がメイン"],
    ],
    outlook: ["University of the Peopleに継続", "AtCoderに再チャレンジ"],
  },
  [`${R}key60228--review2024.md`]: {
    year: 2024,
    months: [
      [1, "転職活動終盤の月"],
      [2, "仕事とUoPeopleに集中できた月"],
      [3, "PoCの最低要件"],
      [4, "TypeScript/Bun/Hono"],
      [5, "派生プロダクト"],
      [6, "業務では引き続き新規"],
      [7, "開発が一段落"],
      [8, "テックリード的な動き方"],
      [9, "グッドニュースが続いて"],
      [10, "正式にテックリードに"],
      [11, "ひたすら苦しめられた"],
      [12, "認証基盤のリプレース"],
    ],
    outlook: ["事業を成功させる", "運動習慣を身につける"],
    never: ["転職を成功させる", "2025年後半"],
  },
  [`${R}kosukegit--happynewyear2018.md`]: {
    year: 2017,
    outlook: ["時間を意識"],
  },
  [`${R}kwappa--20201231_retrospective.md`]: {
    year: 2020,
    months: [
      [1, "出社禁止"],
      [2, "友人であり同僚であり"],
      [1, "9歳になり"],
    ],
    outlook: ["打ちのめされていた"],
  },
  [`${R}kwappa--20221228_looking_back_on_2022_with_hatena_bookmark.md`]: {
    year: 2022,
    months: [[1, "前職のテックブログに書いた"]],
  },
  [`${R}leeddhh--2020-review_index.md`]: {
    year: 2020,
    months: [
      [11, "マージされるまでしばらく"],
      [1, "新しいことをやり始める"],
      [2, "テストエンジニアになることを想定"],
      [3, "転職に関する視点が増える"],
      [4, "現職から内定が出る"],
      [5, "実務で React を使い始める"],
      [6, "ブログメンタリングを受ける"],
      [7, "Scrapbox を本格的に"],
      [8, "これからどのように生きていけば"],
      [9, "江ノ島のゲストハウス"],
      [10, "デイキャンプ"],
      [11, "試用期間が終わり"],
      [12, "learning log"],
    ],
    // A podcast run from August to December, told in the topic about it.
    either: ["合計 15 回の配信"],
    never: ["読了する本の数を二桁", "できるだけ項目ごとに簡潔"],
  },
  [`${R}lhansford--2020-in-review_index.md`]: { year: 2020 },
  [`${R}mandarvaze--2017-review.md`]: {
    year: 2017,
    months: [
      [11, "Started journaling"],
      [12, "Isha Kriya"],
    ],
    outlook: [],
  },
  [`${R}mandarvaze--2019-review.md`]: {
    year: 2019,
    never: ["is not a special date"],
  },
  [`${R}mannkind--2012-summary.md`]: {
    year: 2012,
    months: [[6, "I left my position"]],
  },
  [`${R}mannkind--2019-summary.md`]: { year: 2019 },
  [`${R}nasa9084--2020_2019-review_index.md`]: {
    year: 2019,
    months: [
      [1, "心おだやかに"],
      [2, "ONIconをやったり"],
      [3, "ペティナイフ、ネット上"],
      [4, "技術書典の進捗に追われて"],
      [5, "PyCon mini sapporo"],
      [6, "まとめを書くのも疲れて"],
      [7, "Golang 101を開催"],
      [8, "buildersconでした"],
      [9, "技術書典でした"],
      [10, "Pixel 4を買いました"],
      [11, "の主催をやることに"],
      [12, "病んでました"],
    ],
  },
  [`${R}nasa9084--2021_retrospective-2021_index.md`]: {
    year: 2021,
    months: [
      [1, "動画編集がちょっと"],
      [2, "Switchbot APIを発見"],
      [3, "オフィス移転して"],
      [4, "笑顔のたえない職場"],
      [5, "バイオリンを買った"],
      [6, "UNDERTALE"],
      [7, "1回目の新型コロナ"],
      [8, "2回目の新型コロナ"],
      [9, "iPhone 13 mini"],
      [10, "Engineering Infrastructure室"],
      [11, "LINEスタンプを作り始めた"],
      [12, "Kindle paperwhite"],
    ],
  },
  [`${R}ninginx--looking-back-2020_index.md`]: {
    year: 2020,
    months: [
      [[1, 2, 3], "社会人になってから、3度目に迎える"],
      [4, "退職を控えている"],
      [[5, 6], "ベッドの上に敷布団"],
      [[7, 8], "転職と共に英語"],
      [9, "フォロワーとダイエットレース"],
      [10, "今年一番楽しみにしていた"],
      [11, "香川でうどん"],
      [12, "普通に勉強不足"],
    ],
  },
  [`${R}pepopowitz--2020_01_2019-in-review.md`]: {
    year: 2019,
    months: [
      [1, "hugely successful workshop"],
      [4, "ForwardJS"],
      [5, "Twin Cities"],
      [7, "KCDC"],
      [10, "my first keynote"],
    ],
    outlook: ["most focused on for the next year"],
  },
  [`${R}pepopowitz--2021_01_2020-in-review.md`]: {
    year: 2020,
    months: [
      [1, "CodeMash in early January"],
      [10, "62 mile ride"],
    ],
    // Signed up in January, cancelled in April, planned for July.
    either: ["July trail marathon"],
    outlook: ["rethinking how I approach goals"],
  },
  [`${R}reflectoring--2018-12-31-review-2018.md`]: {
    year: 2018,
    never: ["September 2017", "For the next year"],
  },
  [`${R}reflectoring--2022-01-02-review-2021.md`]: {
    year: 2021,
    // Missed on the first reading, found by the code, checked by hand.
    months: [[8, "In August 2021, we finally released"]],
    outlook: ["Simplify"],
  },
  [`${R}ryoyakawai--2021-12-29-year-end-summary.md`]: {
    year: 2021,
    months: [[10, "Maker Faire Tokyo 2021"]],
    // Dated list lines (`2021/01/09 …`) inside one list item about the author's recipes.
    either: ["人気検索で1位", "800,000 回閲覧"],
    never: ["以下の手順で試す"],
  },
  [`${R}trpfrog--recap2022.md`]: {
    year: 2022,
    months: [
      [2, "多摩川スカイブリッジ"],
      [2, "免許取得記念徒歩会"],
      [3, "東京ビッグサイト周辺"],
      [3, "羽田空港→東京タワー"],
      [3, "調布→彩湖→大宮"],
      [4, "試験 逃亡徒歩"],
      [5, "東京タワー→ディズニーランド"],
      [8, "御岳山から大岳山"],
      [12, "秋葉原ウォーキング"],
      [1, "つまみネット with Next.js"],
      [2, "某所で技術バイト"],
      [3, "HP の作り方記事"],
      [4, "学生ポータルを改善"],
      [9, "某講義でサイト"],
      [12, "AI コード補完ツール"],
      [12, "しょうもない Web アプリ"],
      [12, "つまみアイコンデータセット"],
      [4, "ネットワークスペシャリスト試験"],
    ],
  },
  [`${R}yosida95--2015_12_31_yearly_report.md`]: {
    year: 2015,
    months: [
      [4, "Gehirn Infrastructure Services をリリース"],
      [8, "Erlang を学び直し"],
    ],
    // Links to the author's monthly reports; and October inside the August paragraph.
    either: ["2015 年 1 月まとめ", "10月からは仕事でも"],
  },
  [`${R}yosida95--2020_12_31_year-in-review.md`]: {
    year: 2020,
    months: [
      [4, "オンラインレッスンに切り替わり"],
      [4, "ジムが閉鎖され"],
      [1, "ボルダリングを始め"],
    ],
    never: ["自宅に簡単なトレーニング用具", "毎月の定額寄付"],
  },

  // Many authors: look-alikes.
  [`${R}angelostavrow--mbb-season-1-retro.md`]: { year: null, why: "a podcast season's retro" },
  [`${R}angelostavrow--remote-work-year-one.md`]: {
    year: null,
    why: "a work anniversary: its first year, not a calendar year",
  },
  [`${R}june29--2006-12-29__wp__half-year_index.md`]: {
    year: null,
    why: "the blog's half-year anniversary",
  },
  [`${R}june29--2016-09-04__hb__monthly-planning-and-retrospective_index.md`]: {
    year: null,
    why: "about a monthly planning practice",
  },
  [`${R}leeddhh--2024-04-retrospective_index.md`]: { year: null, why: "a monthly review" },
  [`${R}mandarvaze--new-year-eve-2019.md`]: { year: null, why: "a new year's greeting" },
  [`${R}pepopowitz--2016_11_october-recap.md`]: { year: null, why: "a monthly recap" },
  [`${R}pepopowitz--2022_01_why-i-write-a-year-in-review.md`]: {
    year: null,
    why: "about writing year-in-reviews",
  },
  [`${R}reflectoring--2019-02-17-book-review-your-code-as-a-crime-scene.md`]: {
    year: null,
    why: "a book review",
  },
  [`${R}yosida95--2015_12_31_monthly_report.md`]: {
    year: null,
    why: "a monthly report, posted the same day as the yearly one",
  },
};

import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderRoute, day } from "../helpers/render-route.tsx";
import type {
  GlanceYear,
  PostLink,
  RouteData,
  TimelineEntry,
  TimelineYear,
} from "../../src/shared/types.ts";
import { glanceLevel } from "../../src/components/years-at-a-glance.tsx";

const retro2017: PostLink = {
  url: "/writing/2017/12/31/2017/",
  title: "2017年振り返り",
  date: day("2017-12-31T02:10:01+09:00", "2017年12月31日"),
  lang: "ja",
};
const retro2018: PostLink = {
  url: "/writing/2018/12/31/2018/",
  title: "2018年振り返り",
  date: day("2018-12-31", "2018年12月31日"),
  lang: "ja",
};

const entry = (html: string, source: PostLink, anchor = "L40"): TimelineEntry => ({
  html,
  source,
  anchor,
  days: null,
  months: [],
});

function year(y: number, source: PostLink, extra: Partial<TimelineYear> = {}): TimelineYear {
  return {
    year: y,
    retrospectives: [source],
    months: Array.from({ length: 12 }, (_, i) => ({
      key: `${y}-${String(i + 1).padStart(2, "0")}`,
      month: i + 1,
      entries: [],
      posts: [],
    })),
    highlights: [],
    outlook: [],
    previousYear: null,
    nextYear: null,
    ...extra,
  };
}

const outlook2017 = [
  {
    title: "2018年",
    entries: [entry("<p>MicroservicesとML Opsが2軸になる．</p>", retro2017, "L52")],
  },
];
const y2017 = year(2017, retro2017, { outlook: outlook2017, nextYear: 2018, plansShownIn: 2018 });
const y2018 = year(2018, retro2018, {
  previousYear: 2017,
  plans: { year: 2017, sections: outlook2017 },
  numbers: {
    posts: 12,
    characters: 123456,
    words: 130000,
    taxonomy: "categories",
    terms: [
      { name: "kubernetes", url: "/categories/kubernetes/", count: 5 },
      { name: "golang", url: "/categories/golang/", count: 2 },
    ],
  },
});

const glance: GlanceYear[] = [
  { year: 2018, monthCounts: [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], timeline: true },
  { year: 2014, monthCounts: [12, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], timeline: false },
];

const pages: Record<string, RouteData> = {
  "/timeline/2017/": { kind: "timeline-year", timeline: y2017 },
  "/timeline/2018/": { kind: "timeline-year", timeline: y2018 },
  "/timeline/": { kind: "timeline-index", years: [], glance },
  "/archive/": { kind: "archive", years: [], taxonomies: [], glance },
};

beforeEach(() => window.history.replaceState(null, "", "/"));

describe("plans beside outcomes", () => {
  it("shows at the top of a year what the previous retrospective planned, linked to where it was written", async () => {
    renderRoute("/timeline/2018/", pages);
    const plans = await screen.findByRole("region", { name: "2018年に向けて立てた計画" });
    expect(plans).toHaveTextContent("MicroservicesとML Opsが2軸になる．");
    expect(within(plans).getByRole("heading", { level: 3, name: "2018年" })).toBeInTheDocument();
    expect(within(plans).getByRole("link", { name: "2017年振り返り" })).toHaveAttribute(
      "href",
      retro2017.url,
    );
    expect(within(plans).getByRole("link", { name: "記事の中で読む" })).toHaveAttribute(
      "href",
      `${retro2017.url}#L52`,
    );
    // At the top: before the first month of the year.
    const january = screen.getByRole("listitem", { name: "1月" });
    expect(plans.compareDocumentPosition(january) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("links the year that made the plans forward to the year they were for", async () => {
    renderRoute("/timeline/2017/", pages);
    const forward = await screen.findByRole(
      "link",
      { name: "この計画が2018年にどうなったか →" },
      { timeout: 5000 },
    );
    expect(forward).toHaveAttribute("href", "/timeline/2018/#plans");
    expect(screen.queryByRole("region", { name: /に向けて立てた計画/ })).toBeNull();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled; // jsdom has none
    await userEvent.click(forward);
    // The next page's route module loads on first use: slow on a busy machine.
    expect(
      await screen.findByRole("region", { name: "2018年に向けて立てた計画" }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(scrolled.mock.contexts[0]).toBe(document.getElementById("plans"));
  });
});

describe("the year in numbers", () => {
  it("says how many posts, how many characters and the most used terms, each linking to its posts", async () => {
    renderRoute("/timeline/2018/", pages);
    const numbers = await screen.findByRole("region", { name: "数字で見る2018年" });
    const value = (term: string) =>
      within(numbers).getByText(term).closest("div")!.querySelector("dd")!.textContent;
    expect(value("記事")).toBe("12件");
    expect(value("書いた文字数")).toBe("123,456字");
    const terms = within(numbers).getAllByRole("link");
    expect(terms.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["kubernetes", "/categories/kubernetes/"],
      ["golang", "/categories/golang/"],
    ]);
    expect(within(numbers).getByText("よく使ったカテゴリー")).toBeInTheDocument();
  });

  it("is left out when the page has no numbers", async () => {
    renderRoute("/timeline/2017/", pages);
    await screen.findByRole("heading", { level: 1, name: "2017年の振り返り" });
    expect(screen.queryByRole("region", { name: /数字で見る/ })).toBeNull();
  });
});

describe("the years at a glance", () => {
  it("draws every month of every year as a link to that month on the timeline or in the archive", async () => {
    renderRoute("/timeline/", pages);
    const chart = await screen.findByRole("group", { name: "年ごとの記事数" });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    // 2018 has a timeline: all twelve months link there. 2014 has none: its two months with
    // posts link to the archive, its empty months to nothing.
    const links = within(chart).getAllByRole("link");
    expect(links).toHaveLength(14);
    expect(within(chart).getByRole("link", { name: "2018年1月: 3件" })).toHaveAttribute(
      "href",
      "/timeline/2018/#2018-01",
    );
    expect(within(chart).getByRole("link", { name: "2018年2月: 0件" })).toHaveAttribute(
      "href",
      "/timeline/2018/#2018-02",
    );
    expect(within(chart).getByRole("link", { name: "2014年2月: 6件" })).toHaveAttribute(
      "href",
      "/archive/2014/#2014-02",
    );
    expect(within(chart).queryByRole("link", { name: "2014年3月: 0件" })).toBeNull();
  });

  it("shades a month by its posts, the busiest month darkest, by class (no inline style)", async () => {
    const { container } = renderRoute("/timeline/", pages);
    const chart = await screen.findByRole("group", { name: "年ごとの記事数" });
    const cell = (name: string) =>
      within(chart).getByRole("link", { name }).querySelector("rect")!.getAttribute("class");
    expect(cell("2014年1月: 12件")).toContain("glance__cell--4");
    expect(cell("2014年2月: 6件")).toContain("glance__cell--2");
    expect(cell("2018年1月: 3件")).toContain("glance__cell--1");
    expect(cell("2018年2月: 0件")).toContain("glance__cell--0");
    expect(container.querySelector("[style]")).toBeNull();
    expect([0, 1, 3, 4, 6, 9, 12].map((n) => glanceLevel(n, 12))).toEqual([0, 1, 1, 2, 2, 3, 4]);
  });

  it("gives the same counts as a table", async () => {
    renderRoute("/timeline/", pages);
    const table = await screen.findByRole("table");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(
      within(rows[0]!)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["年", ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), "合計"]);
    expect(within(rows[2]!).getByRole("rowheader")).toHaveTextContent("2014");
    expect(
      within(rows[2]!)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["12", "6", ...Array.from({ length: 10 }, () => "0"), "18"]);
  });

  it("on the archive, links every month with posts to the archive", async () => {
    renderRoute("/archive/", pages);
    const chart = await screen.findByRole("group", { name: "年ごとの記事数" });
    expect(within(chart).getByRole("link", { name: "2018年1月: 3件" })).toHaveAttribute(
      "href",
      "/archive/2018/#2018-01",
    );
    expect(within(chart).getAllByRole("link")).toHaveLength(4);
  });
});

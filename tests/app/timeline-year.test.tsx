import { beforeEach, describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderRoute, day } from "../helpers/render-route.tsx";
import type {
  PostLink,
  RouteData,
  TimelineEntry,
  TimelineMonth,
  TimelineYear,
} from "../../src/shared/types.ts";

const retro: PostLink = {
  url: "/writing/2017/12/31/2017/",
  title: "2017年振り返り",
  date: day("2017-12-31T02:10:01+09:00", "2017年12月31日"),
  lang: "ja",
};
const github: PostLink = {
  url: "/writing/2018/01/02/github/",
  title: "2017年振り返り(GitHub編)",
  date: day("2018-01-02", "2018年1月2日"),
  lang: "ja",
};
const april: PostLink = {
  url: "/writing/2017/04/10/trip/",
  title: "出張の記録",
  date: day("2017-04-10", "2017年4月10日"),
  lang: "ja",
};

const entry = (
  html: string,
  source = retro,
  days: string | null = null,
  months: number[] = [],
): TimelineEntry => ({ html, source, anchor: "L7", days, months });

/** A year with entries in January, April (with a day, and a post) and December; posts in June. */
function year(y: number, fill: Partial<Record<number, Partial<TimelineMonth>>>): TimelineYear {
  return {
    year: y,
    retrospectives: [retro],
    months: Array.from({ length: 12 }, (_, i) => ({
      key: `${y}-${String(i + 1).padStart(2, "0")}`,
      month: i + 1,
      entries: [],
      posts: [],
      ...fill[i + 1],
    })),
    highlights: [],
    outlook: [],
    previousYear: null,
    nextYear: null,
  };
}

const y2017: TimelineYear = {
  ...year(2017, {
    1: { entries: [entry("<p>1月．転職した．</p>")] },
    4: { entries: [entry("<p>4月2日．出張に出た．</p>", retro, "04-02")], posts: [april] },
    7: { entries: [entry("<p>夏休みを取った．</p>", retro, null, [7, 8])] },
    8: { entries: [entry("<p>夏休みを取った．</p>", retro, null, [7, 8])] },
    12: { entries: [entry("<p>12月．KubeCon．</p>"), entry("<p>Stars</p>", github)] },
  }),
  retrospectives: [retro, github],
  highlights: [
    { title: "", entries: [entry("<p>激動の一年だった．</p>")] },
    { title: "書いた記事", entries: [entry("<p>たくさん書いた．</p>", github)] },
  ],
  outlook: [{ title: "2018年", entries: [entry("<p>引き続き頑張る．</p>")] }],
  previousYear: 2016,
  nextYear: 2018,
};
const y2016 = { ...year(2016, { 5: { posts: [april] } }), nextYear: 2017 };
const y2018 = { ...year(2018, { 6: { posts: [april] } }), previousYear: 2017 };

const pages: Record<string, RouteData> = {
  "/timeline/2016/": { kind: "timeline-year", timeline: y2016 },
  "/timeline/2017/": { kind: "timeline-year", timeline: y2017 },
  "/timeline/2018/": { kind: "timeline-year", timeline: y2018 },
  [retro.url]: {
    kind: "post",
    post: {
      ...retro,
      excerpt: "",
      tags: [],
      categories: [],
      readingMinutes: 1,
      html: "<p>本文</p>",
      retrospectiveOf: 2017,
      lastmod: null,
    },
    previous: null,
    next: null,
    related: [],
  },
};

const monthItems = () =>
  screen.getAllByRole("listitem").filter((li) => /^\d{4}-\d{2}$/.test(li.id));
const currentMonth = () => document.querySelector('[aria-current="true"]')?.id ?? null;

beforeEach(() => window.history.replaceState(null, "", "/"));

describe("a year's timeline", () => {
  it("shows a run of empty months as one line, each month keeping its id and heading", async () => {
    renderRoute("/timeline/2017/", pages);
    await screen.findByRole("heading", { level: 1, name: "2017年の振り返り" });
    const [, february, march, april] = monthItems();
    // February names the run it starts (February and March); March collapses into it.
    expect(february).toHaveTextContent("2月–3月記録なし");
    expect(within(february!).getByRole("heading", { level: 2, name: "2月" })).toBeInTheDocument();
    expect(february).not.toHaveClass("month--collapsed");
    expect(march).toHaveClass("month--empty", "month--collapsed");
    expect(within(march!).getByRole("heading", { level: 2, name: "3月" })).toBeInTheDocument();
    expect(april).not.toHaveClass("month--collapsed");
  });

  it("lays out twelve months in order, each with its id; empty months say so", async () => {
    renderRoute("/timeline/2017/", pages);
    await screen.findByRole("heading", { level: 1, name: "2017年の振り返り" });
    const months = monthItems();
    expect(months.map((m) => m.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, "0")}`),
    );
    expect(within(months[0]!).getByRole("heading", { level: 2 })).toHaveTextContent("1月");
    expect(months[0]).toHaveTextContent("転職した");
    expect(months[1]).toHaveTextContent("記録なし");
    expect(months[1]).toHaveClass("month--empty");
    expect(months[3]).not.toHaveTextContent("記録なし");
    // April: the day the author gave, the entry, and the month's post.
    const aprilDay = within(months[3]!).getByText("4月2日");
    expect(aprilDay.tagName).toBe("TIME");
    expect(aprilDay).toHaveAttribute("datetime", "04-02");
    expect(within(months[3]!).getByRole("link", { name: "出張の記録" })).toHaveAttribute(
      "href",
      april.url,
    );
    // An entry about a range of months shows in each, saying so.
    expect(months[6]).toHaveTextContent("7月〜8月夏休みを取った．");
    expect(months[7]).toHaveTextContent("7月〜8月夏休みを取った．");
  });

  it("credits each entry to its retrospective when a year has two, and links to the paragraph", async () => {
    renderRoute("/timeline/2017/", pages);
    const december = await screen.findByRole("listitem", { name: "12月" });
    const credits = within(december)
      .getAllByText(/出典/)
      .map((p) => within(p).getAllByRole("link")[0]!.textContent);
    expect(credits).toEqual(["2017年振り返り", "2017年振り返り(GitHub編)"]);
    const inContext = within(december).getAllByRole("link", { name: "記事の中で読む" });
    expect(inContext.map((a) => a.getAttribute("href"))).toEqual([
      `${retro.url}#L7`,
      `${github.url}#L7`,
    ]);
  });

  it("puts the opening first, highlights and outlook in their own sections", async () => {
    renderRoute("/timeline/2017/", pages);
    const highlights = await screen.findByRole("region", { name: "この年のハイライト" });
    expect(within(highlights).getByRole("heading", { level: 3 })).toHaveTextContent("書いた記事");
    expect(highlights).not.toHaveTextContent("激動の一年");
    const outlook = screen.getByRole("region", { name: "翌年に向けて" });
    expect(outlook).toHaveTextContent("引き続き頑張る");
    const opening = screen.getByText("激動の一年だった．");
    const january = screen.getByRole("listitem", { name: "1月" });
    expect(
      opening.compareDocumentPosition(january) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(january.compareDocumentPosition(highlights) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it("links to the previous and next year, and links each month with entries from the strip", async () => {
    renderRoute("/timeline/2017/", pages);
    const years = await screen.findByRole("navigation", { name: "前後の年" });
    expect(within(years).getByRole("link", { name: /前の年 \(2016\)/ })).toHaveAttribute(
      "href",
      "/timeline/2016/",
    );
    expect(within(years).getByRole("link", { name: /次の年 \(2018\)/ })).toHaveAttribute(
      "href",
      "/timeline/2018/",
    );
    const strip = screen.getByRole("navigation", { name: "月ごと" });
    expect(
      within(strip)
        .getAllByRole("link")
        .map((a) => a.getAttribute("aria-label")),
    ).toEqual([
      "2017年1月: 1件",
      "2017年4月: 2件",
      "2017年7月: 1件",
      "2017年8月: 1件",
      "2017年12月: 2件",
    ]);
    expect(within(strip).getByRole("link", { name: "2017年4月: 2件" })).toHaveAttribute(
      "href",
      "/timeline/2017/#2017-04",
    );
  });

  it("a year without month entries shows its highlights before the months", async () => {
    const markerless = {
      ...y2016,
      highlights: ["Work", "Output", "Books", "Life"].map((title) => ({
        title,
        entries: [entry(`<p>About ${title}.</p>`)],
      })),
    };
    renderRoute("/timeline/2016/", {
      "/timeline/2016/": { kind: "timeline-year", timeline: markerless },
    });
    const highlights = await screen.findByRole("region", { name: "この年のハイライト" });
    const may = screen.getByRole("listitem", { name: "5月" });
    expect(highlights.compareDocumentPosition(may) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(within(may).getByRole("link", { name: "出張の記録" })).toBeInTheDocument();
    expect(screen.queryByText(/出典/)).toBeNull();
    // Many topics: their titles come first, each a link to its section.
    const books = within(highlights).getByRole("link", { name: "Books" });
    expect(books).toHaveAttribute("href", "/timeline/2016/#highlights-3");
    expect(document.getElementById("highlights-3")).toHaveTextContent("About Books.");
  });
});

describe("the timeline's keys", () => {
  it("↓ and j step through the months with something in them; the hash and aria-current follow", async () => {
    const user = userEvent.setup();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    renderRoute("/timeline/2017/", pages);
    await screen.findByRole("heading", { level: 1, name: "2017年の振り返り" });
    expect(currentMonth()).toBeNull();
    await user.keyboard("{ArrowDown}");
    expect(currentMonth()).toBe("2017-01");
    expect(window.location.hash).toBe("#2017-01");
    expect(screen.getByRole("status")).toHaveTextContent("2017年1月");
    await user.keyboard("j");
    expect(currentMonth()).toBe("2017-04");
    expect(window.location.hash).toBe("#2017-04");
    expect(screen.getByRole("status")).toHaveTextContent("2017年4月");
    expect(document.activeElement).toBe(document.getElementById("2017-04"));
    expect(scrolled).toHaveBeenLastCalledWith({ block: "start", behavior: "smooth" });
    expect(
      within(screen.getByRole("navigation", { name: "月ごと" })).getByRole("link", {
        name: "2017年4月: 2件",
      }),
    ).toHaveAttribute("aria-current", "location");
    await user.keyboard("{End}");
    expect(currentMonth()).toBe("2017-12");
    await user.keyboard("k");
    expect(currentMonth()).toBe("2017-08");
    await user.keyboard("{Home}");
    expect(currentMonth()).toBe("2017-01");
  });

  it("starts from the month in the URL", async () => {
    const user = userEvent.setup();
    renderRoute("/timeline/2017/#2017-04", pages);
    await screen.findByRole("heading", { level: 1, name: "2017年の振り返り" });
    expect(currentMonth()).toBe("2017-04");
    await user.keyboard("{ArrowUp}");
    expect(currentMonth()).toBe("2017-01");
    // A month of the strip is a link into the page; the current month follows it.
    Element.prototype.scrollIntoView = vi.fn();
    await user.click(screen.getByRole("link", { name: "2017年12月: 2件" }));
    expect(currentMonth()).toBe("2017-12");
  });

  it("→ opens the next year and ← the previous one", async () => {
    const user = userEvent.setup();
    const { router } = renderRoute("/timeline/2017/", pages);
    await screen.findByRole("heading", { level: 1, name: "2017年の振り返り" });
    await user.keyboard("{ArrowRight}");
    expect(
      await screen.findByRole("heading", { level: 1, name: "2018年の振り返り" }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/timeline/2018/");
    expect(screen.getByRole("status")).toHaveTextContent("2018年の振り返り");
    // 2018 is the newest: → stays.
    await user.keyboard("{ArrowRight}");
    expect(router.state.location.pathname).toBe("/timeline/2018/");
    await user.keyboard("{ArrowLeft}");
    await screen.findByRole("heading", { level: 1, name: "2017年の振り返り" });
    await user.keyboard("{ArrowLeft}");
    expect(
      await screen.findByRole("heading", { level: 1, name: "2016年の振り返り" }),
    ).toBeInTheDocument();
  });

  it("leaves keys typed into a field, or with a modifier held, alone", async () => {
    const user = userEvent.setup();
    const { router } = renderRoute("/timeline/2017/", pages);
    await screen.findByRole("heading", { level: 1, name: "2017年の振り返り" });
    const field = document.createElement("input");
    document.body.append(field);
    await user.click(field);
    await user.keyboard("j{ArrowDown}{ArrowRight}");
    expect(field).toHaveValue("j");
    expect(currentMonth()).toBeNull();
    await user.click(document.body);
    await user.keyboard("{Alt>}{ArrowLeft}{/Alt}{Shift>}{ArrowDown}{/Shift}");
    expect(router.state.location.pathname).toBe("/timeline/2017/");
    expect(currentMonth()).toBeNull();
    field.remove();
  });

  it("moves without animation when the reader prefers reduced motion, and Back leaves the timeline", async () => {
    const user = userEvent.setup();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: query.includes("reduce"),
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const { router } = renderRoute(retro.url, pages);
    await user.click(await screen.findByRole("link", { name: /年表/ }));
    await screen.findByRole("heading", { level: 1, name: "2017年の振り返り" });
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(scrolled).toHaveBeenLastCalledWith({ block: "start", behavior: "auto" });
    await router.navigate(-1);
    expect(router.state.location.pathname).toBe(retro.url);
    vi.unstubAllGlobals();
  });
});

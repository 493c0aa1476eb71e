import { describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderRoute, day } from "../helpers/render-route.tsx";
import type { PostLink, RouteData, TimelineYearSummary } from "../../src/shared/types.ts";

const retro = (year: number): PostLink => ({
  url: `/writing/${year}/12/31/${year}/`,
  title: `${year}年振り返り`,
  date: day(`${year}-12-31`, `${year}年12月31日`),
  lang: "ja",
});
const summary = (year: number, monthCounts: number[]): TimelineYearSummary => ({
  year,
  retrospectives: [retro(year)],
  monthCounts,
});

const pages: Record<string, RouteData> = {
  "/timeline/": {
    kind: "timeline-index",
    years: [
      summary(2017, [1, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 2]),
      summary(2016, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]),
    ],
  },
  "/timeline/2017/": {
    kind: "timeline-year",
    timeline: {
      year: 2017,
      retrospectives: [retro(2017)],
      months: Array.from({ length: 12 }, (_, i) => ({
        key: `2017-${String(i + 1).padStart(2, "0")}`,
        month: i + 1,
        entries: [],
        posts: [],
      })),
      highlights: [],
      outlook: [],
      previousYear: 2016,
      nextYear: null,
    },
  },
};

describe("the timeline index", () => {
  it("lists the years newest first, each with its twelve months and its retrospectives", async () => {
    renderRoute("/timeline/", pages);
    const years = await screen.findAllByRole("heading", { level: 2 });
    expect(years.map((h) => h.textContent)).toEqual(["2017年の振り返り", "2016年の振り返り"]);
    const strip = screen.getByRole("list", { name: "記録のある月 (2017)" });
    const cells = within(strip).getAllByRole("listitem");
    expect(cells).toHaveLength(12);
    expect(
      within(strip)
        .getAllByRole("link")
        .map((a) => a.getAttribute("aria-label")),
    ).toEqual(["2017年1月: 1件", "2017年4月: 3件", "2017年12月: 2件"]);
    expect(cells[1]).toHaveTextContent("2017年2月: 記録なし");
    expect(screen.getByRole("link", { name: "2016年振り返り" })).toHaveAttribute(
      "href",
      "/writing/2016/12/31/2016/",
    );
  });

  it("a month of the strip opens the year at that month", async () => {
    const user = userEvent.setup();
    // jsdom has no scrolling; the router scrolls the month into view.
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const { router } = renderRoute("/timeline/", pages);
    await user.click(await screen.findByRole("link", { name: "2017年4月: 3件" }));
    await screen.findByRole("heading", { level: 1, name: "2017年の振り返り" });
    expect(router.state.location.pathname).toBe("/timeline/2017/");
    expect(router.state.location.hash).toBe("#2017-04");
    expect(scrolled.mock.contexts.at(-1)).toBe(document.getElementById("2017-04"));
  });

  it("says so when no post is a retrospective yet", async () => {
    renderRoute("/timeline/", { "/timeline/": { kind: "timeline-index", years: [] } });
    expect(await screen.findByText("振り返りの記事はまだありません。")).toBeInTheDocument();
  });
});

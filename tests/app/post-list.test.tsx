import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderRoute, summary, day } from "../helpers/render-route.tsx";
import type { RouteData } from "../../src/shared/types.ts";

const newer = summary({
  url: "/writing/2018/01/02/b/",
  title: "New year",
  date: day("2018-01-02", "2018年1月2日"),
  excerpt: "The newer one.",
});
const older = summary({ url: "/writing/2017/12/31/a/", title: "Old year", readingMinutes: 3 });

const pages: Record<string, RouteData> = {
  "/": { kind: "home", posts: [newer, older], page: 1, pageCount: 2 },
  "/page/2/": { kind: "home", posts: [older], page: 2, pageCount: 2 },
  "/writing/2017/12/31/a/": {
    kind: "post",
    post: { ...older, html: "<p>Body of the old post.</p>", retrospectiveOf: 2017, lastmod: null },
    previous: null,
    next: newer,
    related: [],
  },
};

describe("the post list", () => {
  it("shows posts newest first, grouped by year, with date, excerpt and reading time", async () => {
    renderRoute("/", pages);
    const years = await screen.findAllByRole("heading", { level: 2 });
    expect(years.map((h) => h.textContent)).toEqual(["2018", "2017"]);
    const titles = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(["New year", "Old year"]);
    expect(screen.getByText("2018年1月2日")).toBeInTheDocument();
    expect(screen.getByText("The newer one.")).toBeInTheDocument();
    expect(screen.getByText(/3分で読めます/)).toBeInTheDocument();
  });

  it("pages through older posts at Hugo's /page/N/ URLs", async () => {
    const user = userEvent.setup();
    const { router } = renderRoute("/", pages);
    await user.click(await screen.findByRole("link", { name: /古い記事/ }));
    expect(router.state.location.pathname).toBe("/page/2/");
    expect(await screen.findByText("2 / 2 ページ")).toBeInTheDocument();
  });

  it("opens a post at its permalink, with a link to its timeline", async () => {
    const user = userEvent.setup();
    const { router } = renderRoute("/", pages);
    await user.click(await screen.findByRole("link", { name: "Old year" }));
    const article = await screen.findByRole("article");
    expect(within(article).getByRole("heading", { level: 1 })).toHaveTextContent("Old year");
    expect(within(article).getByText("Body of the old post.")).toBeInTheDocument();
    expect(within(article).getByRole("link", { name: /年表/ })).toHaveAttribute(
      "href",
      "/timeline/2017/",
    );
    expect(router.state.location.pathname).toBe("/writing/2017/12/31/a/");
  });

  it("shows the not-found page for a URL that is no page", async () => {
    renderRoute("/nothing/here/", pages);
    expect(
      await screen.findByRole("heading", { level: 1, name: "ページが見つかりません" }),
    ).toBeInTheDocument();
  });
});

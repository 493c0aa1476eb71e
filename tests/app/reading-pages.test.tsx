import { beforeAll, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderRoute, summary, day } from "../helpers/render-route.tsx";
import type { RouteData } from "../../src/shared/types.ts";

const retro = summary({
  url: "/writing/2017/12/31/2017/",
  title: "2017年振り返り",
  tags: ["振り返り"],
  categories: ["Life Log"],
});
const english = summary({
  url: "/posts/2021/",
  title: "2021 Year in Review",
  lang: "en",
  date: day("2022-01-01", "January 1, 2022"),
});

const pages: Record<string, RouteData> = {
  "/": { kind: "home", posts: [english, retro], page: 1, pageCount: 1 },
  "/tags/振り返り/": {
    kind: "term",
    taxonomy: "tags",
    term: "振り返り",
    posts: [retro],
    page: 1,
    pageCount: 2,
    total: 3,
  },
  "/categories/": {
    kind: "terms",
    taxonomy: "categories",
    terms: [{ name: "Life Log", url: "/categories/life-log/", count: 4 }],
  },
  "/archive/": {
    kind: "archive",
    years: [{ year: 2017, count: 2, monthCounts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] }],
    taxonomies: ["categories"],
  },
  "/archive/2017/": {
    kind: "archive-year",
    year: 2017,
    months: [{ month: 12, posts: [retro] }],
    previousYear: 2016,
    nextYear: null,
  },
  "/search/": { kind: "search" },
  [retro.url]: {
    kind: "post",
    post: {
      ...retro,
      html: '<h2 id="work">仕事</h2><p>a</p><h2 id="life">生活</h2><h2 id="next">来年</h2>',
      retrospectiveOf: 2017,
      lastmod: null,
      toc: [
        { id: "work", text: "仕事", depth: 1 },
        { id: "life", text: "生活", depth: 1 },
        { id: "next", text: "来年", depth: 1 },
      ],
    },
    previous: null,
    next: null,
    related: [],
  },
};

describe("tag, category and archive pages", () => {
  it("lists a tag's posts with its count, paged at Hugo's URLs", async () => {
    renderRoute("/tags/振り返り/", pages);
    expect(
      await screen.findByRole("heading", { level: 1, name: "タグ「振り返り」の記事" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/3件/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "2017年振り返り" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /古い記事/ })).toHaveAttribute(
      "href",
      "/tags/振り返り/page/2/",
    );
  });

  it("indexes the categories with their counts", async () => {
    renderRoute("/categories/", pages);
    const link = await screen.findByRole("link", { name: "Life Log" });
    expect(link).toHaveAttribute("href", "/categories/life-log/");
    expect(screen.getByText("(4件)")).toBeInTheDocument();
  });

  it("walks from the archive's years to a year's months", async () => {
    const user = userEvent.setup();
    const { router } = renderRoute("/archive/", pages);
    expect(screen.queryByRole("link", { name: "タグ一覧" })).not.toBeInTheDocument();
    await user.click(await screen.findByRole("link", { name: "2017年の記事" }));
    expect(router.state.location.pathname).toBe("/archive/2017/");
    expect(
      await screen.findByRole("heading", { level: 2, name: /2017年12月/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /2016年の記事/ })).toHaveAttribute(
      "href",
      "/archive/2016/",
    );
  });
});

describe("the post page", () => {
  it("shows a table of contents and links tags and categories to their pages", async () => {
    renderRoute(retro.url, pages);
    const toc = await screen.findByRole("navigation", { name: "目次" });
    expect(
      within(toc)
        .getAllByRole("link")
        .map((a) => a.getAttribute("href")),
    ).toEqual(["#work", "#life", "#next"]);
    const article = screen.getByRole("article");
    expect(within(article).getByRole("link", { name: "振り返り" })).toHaveAttribute(
      "href",
      "/tags/振り返り/",
    );
    expect(screen.getByRole("link", { name: "Life Log" })).toHaveAttribute(
      "href",
      "/categories/life-log/",
    );
  });
});

describe("search", () => {
  // The page imports the search code on its first query; compiled once here, before the test.
  beforeAll(() => import("../../src/components/search-engine.ts"));
  it("/ focuses the search box; the query goes into the URL and finds Japanese inside text", async () => {
    // The index the build would write for the retrospective alone.
    const files: Record<string, unknown> = {
      "/search-index/manifest.json": { version: 2, posts: 1, keys: [""] },
      "/search-index/t-0.json": { 振り: [0, 64], り返: [0, 64], 返り: [0, 64] },
      "/search-index/p/0.json": [retro.url, retro.title, retro.date.label, "ja", "今年も。"],
    };
    const fetchMock = vi.fn(async (url: string) =>
      files[url] ? new Response(JSON.stringify(files[url])) : new Response("", { status: 404 }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const user = userEvent.setup();
    const { router } = renderRoute("/", pages);
    await screen.findByRole("heading", { level: 1 });
    await user.keyboard("/");
    const box = screen.getByRole("searchbox");
    expect(box).toHaveFocus();
    await user.type(box, "振り返り{Enter}");
    expect(router.state.location.pathname).toBe("/search/");
    expect(router.state.location.search).toBe("?q=" + encodeURIComponent("振り返り"));
    // The search page once it has read the index (the home page, still shown while the search
    // route loads on a busy machine, lists the post too: finding the link alone proves nothing).
    const status = await screen.findByRole("status");
    await waitFor(() => expect(status).toHaveTextContent("「振り返り」の検索結果: 1件"));
    expect(screen.getByRole("link", { name: "2017年振り返り" })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith("/search-index/manifest.json");
    vi.unstubAllGlobals();
  });

  it("does not steal / while the reader types in a field", async () => {
    const user = userEvent.setup();
    renderRoute("/", pages);
    const box = await screen.findByRole("searchbox");
    await user.type(box, "a/b");
    expect(box).toHaveValue("a/b");
  });
});

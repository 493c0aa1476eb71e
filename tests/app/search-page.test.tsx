import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderRoute } from "../helpers/render-route.tsx";
import { searchIndexFiles } from "../../src/content/site/search-index.ts";
import { post, siteOf } from "../content/reading-site.ts";
import type { RouteData } from "../../src/shared/types.ts";

// A blog whose search index is the one the build writes (searchIndexFiles), served by a fake
// fetch: the page is tested as a reader uses it, by role.
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i} says nothing much.`).join("\n\n");
const blog = siteOf({
  "deep.md": post(
    { title: "Notes on tools", date: "2020-05-01" },
    `${filler(200)}\n\nAt last the zeppelin flew, \`<img src=x onerror=alert(1)>\` said the log.`,
  ),
  "title.md": post({ title: "A zeppelin history", date: "2018-01-01" }, "Airships, briefly."),
  ...Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      `many-${i}.md`,
      post({ title: `Common ${i}`, date: `2015-01-${String(i + 1).padStart(2, "0")}` }, "widgets"),
    ]),
  ),
});
const files = searchIndexFiles(blog.posts);
const pages: Record<string, RouteData> = { "/search/": { kind: "search" } };

function serveIndex() {
  const fetchMock = vi.fn(async (url: string) => {
    const file = files.get(url.replace(/^\/search-index\//, ""));
    return file ? new Response(file) : new Response("", { status: 404 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}
afterEach(() => vi.unstubAllGlobals());

const results = () => screen.getByRole("list", { name: "検索結果" });
// The page imports the search code on its first query; compiled once here, before the tests.
beforeAll(() => import("../../src/components/search-engine.ts"));
const loading = { timeout: 3000 };
const findResults = () => screen.findByRole("list", { name: "検索結果" }, loading);
/** The status line, once it says `text` (it says 検索しています… while the search runs). */
const statusSays = (text: string) =>
  waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(text), loading);

describe("the search page", () => {
  it("shows each result's title, date and snippet, the matched words marked, as text", async () => {
    serveIndex();
    renderRoute("/search/?q=zeppelin", pages);
    await statusSays("「zeppelin」の検索結果: 2件");
    const items = within(await findResults()).getAllByRole("listitem");
    // The title match first, then the post that has the word deep in its text.
    expect(within(items[0]!).getByRole("link")).toHaveTextContent("A zeppelin history");
    expect(within(items[0]!).getByText("2018年1月1日")).toBeInTheDocument();
    const deep = items[1]!;
    expect(within(deep).getByRole("link", { name: "Notes on tools" })).toBeInTheDocument();
    expect(deep).toHaveTextContent("At last the zeppelin flew, <img src=x onerror=alert(1)>");
    expect(within(deep).getByText("zeppelin").tagName).toBe("MARK");
    // The post's markup stayed text: no element was made from it.
    expect(deep.querySelector("img")).toBeNull();
  });

  it("says plainly when no post matches", async () => {
    serveIndex();
    renderRoute("/search/?q=xylophone", pages);
    await statusSays("「xylophone」を含む記事はありません。");
    expect(screen.queryByRole("list", { name: "検索結果" })).toBeNull();
  });

  it("moves through the results with the arrow keys, and back to the field", async () => {
    serveIndex();
    const user = userEvent.setup();
    renderRoute("/search/?q=zeppelin", pages);
    await findResults();
    const box = screen.getByRole("searchbox");
    await user.click(box);
    await user.keyboard("{ArrowDown}");
    const links = within(results()).getAllByRole("link");
    expect(links[0]).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(links[1]).toHaveFocus();
    await user.keyboard("{ArrowDown}"); // the last stays
    expect(links[1]).toHaveFocus();
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(box).toHaveFocus();
  });

  it("opens the focused result with Enter", async () => {
    serveIndex();
    const user = userEvent.setup();
    const { router } = renderRoute("/search/?q=zeppelin", pages);
    await findResults();
    await user.click(screen.getByRole("searchbox"));
    await user.keyboard("{ArrowDown}{Enter}");
    expect(router.state.location.pathname).toBe(
      blog.posts.find((p) => p.detail.title === "A zeppelin history")!.url,
    );
  });

  it("shows ten results, and ten more on request; the count is all of them", async () => {
    serveIndex();
    const user = userEvent.setup();
    renderRoute("/search/?q=widgets", pages);
    await statusSays("「widgets」の検索結果: 12件");
    expect(within(results()).getAllByRole("listitem")).toHaveLength(10);
    await user.click(screen.getByRole("button", { name: "さらに表示" }));
    await vi.waitFor(() => expect(within(results()).getAllByRole("listitem")).toHaveLength(12));
    expect(screen.queryByRole("button", { name: "さらに表示" })).toBeNull();
  });

  it("follows the query as it is typed, the last word as a prefix, keeping it in the URL", async () => {
    serveIndex();
    const user = userEvent.setup();
    const { router } = renderRoute("/search/", pages);
    const box = await screen.findByRole("searchbox");
    await user.type(box, "zepp");
    expect(router.state.location.search).toBe("?q=zepp");
    await statusSays("「zepp」の検索結果: 2件");
  });
});

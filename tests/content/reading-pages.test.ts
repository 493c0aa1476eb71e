import { describe, expect, it } from "vitest";
import { buildRouteData } from "../../src/content/site/route-data.ts";
import { termPath, urlize } from "../../src/shared/paths.ts";
import { post, siteOf } from "./reading-site.ts";

describe("tag and category URLs", () => {
  it("urlizes terms as Hugo does: lower-case, spaces to dashes", () => {
    expect(urlize("Docker Serf")).toBe("docker-serf");
    expect(urlize("angular.js")).toBe("angular.js");
    expect(urlize("日本語")).toBe("日本語");
    expect(urlize("C# / .NET")).toBe("c--.net");
    expect(termPath("tags", "Go")).toBe("/tags/go/");
    expect(termPath("categories", "Go", 2)).toBe("/categories/go/page/2/");
  });
});

describe("tag, category and archive pages", () => {
  const site = siteOf({
    "a.md": post({ title: "A", date: "2017-12-31", tags: ["Go"], categories: "Docker Serf" }),
    "b.md": post({ title: "B", date: "2017-06-01", tags: ["go", "Docker"] }),
    "c.md": post({ title: "C", date: "2016-02-01", tags: ["GO"] }),
  });
  const pages = buildRouteData(site);

  it("groups terms written in different cases under one Hugo URL, paged", () => {
    const go = pages.get("/tags/go/");
    expect(go?.kind === "term" && go.posts.map((p) => p.title)).toEqual(["A", "B"]);
    expect(go?.kind === "term" && [go.total, go.pageCount]).toEqual([3, 2]);
    const second = pages.get("/tags/go/page/2/");
    expect(second?.kind === "term" && second.posts.map((p) => p.title)).toEqual(["C"]);
    expect(pages.get("/categories/docker-serf/")?.kind).toBe("term");
  });

  it("indexes the terms, most used first", () => {
    const tags = pages.get("/tags/");
    expect(tags?.kind === "terms" && tags.terms.map((t) => [t.url, t.count])).toEqual([
      ["/tags/go/", 3],
      ["/tags/docker/", 1],
    ]);
  });

  it("archives by year with counts per month, and each year month by month", () => {
    const archive = pages.get("/archive/");
    expect(archive?.kind === "archive" && archive.years.map((y) => [y.year, y.count])).toEqual([
      [2017, 2],
      [2016, 1],
    ]);
    expect(archive?.kind === "archive" && archive.taxonomies).toEqual(["tags", "categories"]);
    const y2017 = pages.get("/archive/2017/");
    expect(y2017?.kind === "archive-year" && y2017.months.map((m) => m.month)).toEqual([12, 6]);
    expect(y2017?.kind === "archive-year" && [y2017.previousYear, y2017.nextYear]).toEqual([
      2016,
      null,
    ]);
  });
});

describe("the table of contents", () => {
  it("lists the two top heading levels of a post with three or more headings", () => {
    const site = siteOf({
      "long.md": post(
        { title: "Long", date: "2017-01-01" },
        "# Work\n\ntext\n\n## Team & `<code>`\n\ntext\n\n#### deep\n\n# Life\n\ntext",
      ),
      "short.md": post({ title: "Short", date: "2016-01-01" }, "## One\n\n## Two"),
    });
    const pages = buildRouteData(site);
    const long = pages.get("/writing/2017/01/01/long/");
    expect(long?.kind === "post" && long.post.toc).toEqual([
      { id: "work", text: "Work", depth: 1 },
      { id: "team--code", text: "Team & <code>", depth: 2 },
      { id: "life", text: "Life", depth: 1 },
    ]);
    const short = pages.get("/writing/2016/01/01/short/");
    expect(short?.kind === "post" && short.post.toc).toEqual([]);
  });
});

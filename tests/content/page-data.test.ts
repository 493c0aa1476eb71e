// @vitest-environment jsdom
// (for DOMParser: the page is parsed as a browser parses it, without running anything)
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { loadSite } from "../../src/content/site/load-site-here.ts";
import { buildRouteData } from "../../src/content/site/route-data.ts";
import { siteInfoOf } from "../../src/content/site/site-info.ts";
import type { RouteData } from "../../src/shared/types.ts";
import { POST_BODY_CLASS, restorePostBody } from "../../src/browser/post-body.ts";
import { routeDataOfPage, titleOf } from "../../src/browser/route-data-source.ts";
import { renderPage } from "../../src/entry-server.tsx";
import { fillTemplate } from "../../src/build/fill-template.ts";

const site = loadSite({ content: "posts", projectConfig, mode: "production" });
const pages = buildRouteData(site);
const info = siteInfoOf(site.config);
const template = fs.readFileSync(path.resolve(import.meta.dirname, "../../index.html"), "utf8");

async function page(sitePath: string) {
  const html = fillTemplate(template, await renderPage(sitePath, pages, info));
  const document = new DOMParser().parseFromString(html, "text/html");
  const data = JSON.parse(document.getElementById("route-data")!.textContent!) as {
    loaderData: Record<string, RouteData>;
    postBodyInPage?: boolean;
  };
  return { html, document, data };
}

/** HTML as a browser's parser leaves it, to compare markup written two ways. */
const normal = (html: string) => {
  const div = document.createElement("div");
  div.innerHTML = html;
  return div.innerHTML;
};

describe("a post page carries its body once", () => {
  const retrospective = site.posts.find((p) => p.source.file === "2017.md")!;

  test("the embedded page data leaves the body out; the page shows it", async () => {
    const { html, document, data } = await page(retrospective.url);
    expect(data.postBodyInPage).toBe(true);
    const post = Object.values(data.loaderData).find((d) => d.kind === "post")!;
    expect(post.kind === "post" && post.post.html).toBe("");
    // A sentence of the body, once in the file, not again as escaped JSON.
    expect(html.split("他にも出張中は").length - 1).toBe(1);
    expect(document.querySelector(`.${POST_BODY_CLASS}`)!.textContent).toContain("他にも出張中は");
  });

  test("the browser takes the body back from the page: the build's HTML, as parsed", async () => {
    const { document, data } = await page(retrospective.url);
    restorePostBody(data.loaderData, document.querySelector(`.${POST_BODY_CLASS}`)!.innerHTML);
    const post = Object.values(data.loaderData).find((d) => d.kind === "post")!;
    expect(post.kind === "post" && normal(post.post.html)).toBe(normal(retrospective.detail.html));
  });

  test("in-app navigation reads a page's data from its HTML: the build's data, body included", async () => {
    for (const sitePath of [retrospective.url, "/", "/timeline/2017/", "/tags/"]) {
      const { html, document } = await page(sitePath);
      const fetched = routeDataOfPage(html)!;
      const built = pages.get(sitePath)!;
      // The tab's title after navigating there: the page's own, as the build wrote it.
      expect(titleOf(fetched)).toBe(document.title);
      expect(document.title).not.toBe("");
      if (fetched.kind === "post" && built.kind === "post")
        expect(normal(fetched.post.html)).toBe(normal(built.post.html));
      expect({ ...fetched, post: null }).toEqual({ ...built, post: null });
    }
  });

  test("an alias's redirect page gives its target; a page without data gives nothing", () => {
    const redirect = `<!doctype html><html><head><meta http-equiv="refresh" content="0; url=/writing/2017/12/31/a&amp;b/"></head></html>`;
    expect(routeDataOfPage(redirect)).toEqual({ kind: "redirect", to: "/writing/2017/12/31/a&b/" });
    expect(routeDataOfPage("<!doctype html><p>Not found</p>")).toBeNull();
  });

  test("other pages embed their data whole", async () => {
    const { data } = await page("/");
    expect(data.postBodyInPage).toBeUndefined();
    expect(Object.values(data.loaderData).some((d) => d.kind === "home")).toBe(true);
  });
});

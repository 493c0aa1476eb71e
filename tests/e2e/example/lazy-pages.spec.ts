import { gzipSync } from "node:zlib";
import { test, expect, waitForApp } from "../console.ts";

// Each page's code is its own chunk (src/app/routes.tsx). A prerendered page preloads its
// chunk and hydrates with it: the page as served stays on screen, never the loading fallback.
for (const [name, url] of [
  ["home", "./"],
  ["a post", "./writing/2017/12/31/2017/"],
  ["a timeline year", "./timeline/2017/"],
] as const)
  test(`${name} hydrates over its prerendered HTML without showing the loading fallback`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { fallbacks: string[] }).fallbacks = seen;
      new MutationObserver(() => {
        if (document.querySelector('#root [aria-busy="true"]')) seen.push(location.pathname);
      }).observe(document, { childList: true, subtree: true });
    });
    const chunks: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") chunks.push(new URL(request.url()).pathname);
    });
    await page.goto(url);
    const heading = await page.getByRole("heading", { level: 1 }).textContent();
    await waitForApp(page);
    expect(
      await page.evaluate(() => (window as unknown as { fallbacks: string[] }).fallbacks),
    ).toEqual([]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading!);
    // Only this page's code came, not every page's.
    // (A chunk is `name-<8-character hash>.js`: `post-list-…` is not the post page's.)
    const pageChunks = chunks.filter((c) =>
      /\/(home|post|timeline-year|archive|search)-[\w-]{8}\.js$/.test(c),
    );
    expect(pageChunks).toHaveLength(1);
  });

// Issue 15's budget: what a page loads before it responds, gzipped as a static host sends it.
// React, React DOM and the router are 98 kB of it; each page's own code and the code pages
// share must fit in the rest (vite.config.ts, "codeSplitting").
const FIRST_LOAD_JS_BUDGET = 110_000;
for (const url of [
  "./",
  "./writing/2017/12/31/2017/",
  "./timeline/",
  "./timeline/2017/",
  "./archive/",
  "./archive/2017/",
  "./tags/",
  "./tags/furikaeri/",
  "./search/",
])
  test(`${url} loads at most 110 kB of JavaScript (gzip) to become interactive`, async ({
    page,
  }) => {
    const scripts = new Map<string, Promise<Buffer>>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script")
        scripts.set(response.url(), response.body());
    });
    await page.goto(url);
    await waitForApp(page);
    const sizes = await Promise.all(
      [...scripts.values()].map(async (body) => gzipSync(await body, { level: 9 }).length),
    );
    const total = sizes.reduce((sum, n) => sum + n, 0);
    expect(sizes.length).toBeGreaterThan(1);
    expect(total, [...scripts.keys()].join("\n")).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET);
  });

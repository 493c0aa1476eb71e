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
    const pageChunks = chunks.filter((c) => /\/(home|post|timeline-year|archive|search)-/.test(c));
    expect(pageChunks).toHaveLength(1);
  });

import type { Page } from "@playwright/test";
import { test, expect, waitForApp } from "../console.ts";
import { hostilePosts } from "./hostile-posts.ts";
import { builtPages, linksOn, publishedUrls } from "./site-pages.ts";

// Every payload in tests/fixtures/hostile sets `__pwned` on the window or opens a dialog if it
// runs. The payloads' `<img src=x>` leftovers are harmless broken images, hence 404s.
test.use({ expect404: true });

/** Collects every dialog the page opens (and dismisses it, so nothing hangs). */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Lets lazy images and their error events happen, then checks nothing ran. */
async function expectNothingRan(page: Page, dialogs: string[], where: string) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  expect(pwned, `a payload ran on ${where}`).toBeUndefined();
  expect(dialogs, `a dialog opened on ${where}`).toEqual([]);
}

/** The sentences of each post that a reader must still see, by the post's URL. */
function readableByUrl(): Map<string, string[]> {
  const urls = publishedUrls();
  return new Map(hostilePosts().map((p) => [urls.get(p.file)!, p.readable]));
}

const timelineOrHome = /^\/(timeline\/.*)?$/;

test("every page, loaded directly and hydrated, runs nothing from the posts", async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = watchDialogs(page);
  const readable = readableByUrl();
  const pages = builtPages();
  expect(pages).toContain("/timeline/2023/");
  expect(pages.filter((p) => readable.has(p))).toHaveLength(readable.size);
  for (const sitePath of pages) {
    await page.goto(sitePath);
    await waitForApp(page);
    await expectNothingRan(page, dialogs, sitePath);
    for (const sentence of readable.get(sitePath) ?? [])
      await expect(page.getByText(sentence), `${sentence} on ${sitePath}`).toBeVisible();
  }
});

test("the retrospective's hostile entries are inert on its timeline, and still read", async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  await page.goto("/timeline/2023/");
  await waitForApp(page);
  for (const month of ["January", "February", "March", "April under a heading"])
    await expect(page.getByText(`Still readable: ${month}.`)).toBeVisible();
  await expectNothingRan(page, dialogs, "/timeline/2023/");
});

test("client-side navigation to every page runs nothing from the posts", async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = watchDialogs(page);
  const readable = readableByUrl();
  // Each page that another page links to, with a page to start from (home and timelines first).
  const starts = builtPages().sort(
    (a, b) => Number(!timelineOrHome.test(a)) - Number(!timelineOrHome.test(b)),
  );
  const routes = builtPages()
    .map((target) => ({
      target,
      from: starts.find((p) => p !== target && linksOn(p).includes(target)),
    }))
    .filter((route): route is { target: string; from: string } => route.from !== undefined);
  const targets = routes.map((r) => r.target);
  for (const url of [...readable.keys(), "/", "/timeline/", "/timeline/2023/"])
    expect(targets, `no page links to ${url}`).toContain(url);
  for (const { target, from } of routes) {
    await page.goto(from);
    await waitForApp(page);
    // A marker on window survives client-side navigation but not a page load.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.locator(`a[href="${target}"]`).first().click();
    await expect(page).toHaveURL((url) => decodeURI(url.pathname) === target);
    await waitForApp(page);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await expectNothingRan(page, dialogs, `${target} (navigated from ${from})`);
    for (const sentence of readable.get(target) ?? [])
      await expect(page.getByText(sentence), `${sentence} on ${target}`).toBeVisible();
  }
});

test("the not-found page runs nothing, and the post with a Japanese file name opens", async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  const response = await page.goto("/no/such/page/");
  expect(response?.status()).toBe(404);
  await waitForApp(page);
  await expectNothingRan(page, dialogs, "404");
  const url = publishedUrls().get("日本語の投稿.md")!;
  expect(url).toBe("/writing/2024/03/05/日本語の投稿/");
  const post = await page.goto(encodeURI(url));
  expect(post?.status()).toBe(200);
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1, name: "日本語のファイル名" })).toBeVisible();
});

test("an alias holding markup redirects to its post, and nothing runs", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto(encodeURI(`/old/"><img src=x onerror=top.__pwned=502>/`));
  await expect(page).toHaveURL(/\/writing\/2024\/03\/07\/language\/$/);
  await waitForApp(page);
  await expect(
    page.getByText("Still readable: a post whose language and alias hold markup."),
  ).toBeVisible();
  await expectNothingRan(page, dialogs, "the alias redirect");
});

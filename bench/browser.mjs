// Browser figures of a built site, served by scripts/serve.mjs on localhost: the home page's
// total bytes, in-app navigation against a full page load of the same post, and Lighthouse.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { chromium } from "@playwright/test";

/** The Chromium the tests use: CHROMIUM_PATH, /usr/bin/chromium, else @sparticuz/chromium's. */
export async function chromiumExecutable() {
  const common = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"];
  const system = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (fs.existsSync(system)) return { executablePath: system, args: common };
  const { default: sparticuz } = await import("@sparticuz/chromium");
  return {
    executablePath: await sparticuz.executablePath(),
    args: [...common, "--disable-dev-shm-usage", "--use-gl=angle", "--use-angle=swiftshader"],
  };
}

/** A TCP port that is free on this machine now (others may be serving their builds). */
export async function freePort() {
  const probe = http.createServer();
  await new Promise((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Serves `dist` like a static host (scripts/serve.mjs) until the returned stop() is called. */
export async function serve(dist) {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, BLOG_OUT: dist, PORT: String(port) },
    stdio: "ignore",
  });
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => child.kill() };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Bytes the home page loads (HTML, JS, CSS, data, prefetches) until the network is idle. */
export async function homeBytes(browser, url) {
  const page = await browser.newPage();
  let bytes = 0;
  let requests = 0;
  page.on("requestfinished", async (request) => {
    requests++;
    const sizes = await request.sizes().catch(() => null);
    if (sizes) bytes += sizes.responseBodySize;
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  await page.close();
  return { bytes, requests };
}

/**
 * In-app navigation (click a post in the home's list, until its title is in the page) against
 * a full page load of the same post in the same (warm) browser context; the median of `rounds`.
 */
export async function navigationTimes(browser, url, rounds = 5) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const inApp = [];
  const fullLoad = [];
  const fcp = [];
  for (let i = 0; i < rounds; i++) {
    await page.goto(url, { waitUntil: "networkidle" });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
    const link = page.locator(".post-card__title a").nth(i);
    await link.hover(); // a reader points at the link before clicking: the data is prefetched
    await page.waitForTimeout(300);
    const href = await link.getAttribute("href");
    inApp.push(
      await page.evaluate(
        (n) =>
          new Promise((resolve) => {
            const a = document.querySelectorAll(".post-card__title a")[n];
            const title = a.textContent;
            const started = performance.now();
            const shown = () => document.querySelector("main h1")?.textContent === title;
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              observer.disconnect();
              resolve(performance.now() - started);
            });
            observer.observe(document.body, {
              childList: true,
              subtree: true,
              characterData: true,
            });
            a.click();
          }),
        i,
      ),
    );
    await page.goto(new URL(href, url).href, { waitUntil: "load" });
    const timing = await page.evaluate(() => ({
      load: performance.getEntriesByType("navigation")[0].loadEventEnd,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    }));
    fullLoad.push(timing.load);
    if (timing.fcp !== null) fcp.push(timing.fcp);
  }
  await context.close();
  return {
    inAppMs: median(inApp),
    fullLoadMs: median(fullLoad),
    fullLoadFcpMs: fcp.length > 0 ? median(fcp) : NaN,
  };
}

/**
 * Lighthouse 12 mobile scores (0–100) of the given URLs, in one Chromium: performance,
 * accessibility, best practices and SEO, by page name, each the median of `runs` runs (the
 * runs of a page alternate with the other pages'), with the median total blocking time and
 * first contentful paint (ms) and the JavaScript Lighthouse counts as unused (bytes).
 */
export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

export async function lighthouseScores(urls, runs = 3) {
  const { default: lighthouse } = await import("lighthouse");
  const { executablePath, args } = await chromiumExecutable();
  const port = await freePort();
  const chrome = spawn(
    executablePath,
    [...args, "--headless=new", `--remote-debugging-port=${port}`, "about:blank"],
    { stdio: "ignore" },
  );
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const results = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
    for (let run = 0; run < runs; run++)
      for (const [name, url] of Object.entries(urls)) {
        const result = await lighthouse(url, {
          port,
          output: "json",
          logLevel: "error",
          onlyCategories: LIGHTHOUSE_CATEGORIES,
        });
        const lhr = result?.lhr;
        const audit = (id) => lhr?.audits[id]?.numericValue ?? NaN;
        results[name].push({
          ...Object.fromEntries(
            LIGHTHOUSE_CATEGORIES.map((c) => [
              c,
              Math.round((lhr?.categories[c]?.score ?? 0) * 100),
            ]),
          ),
          tbtMs: audit("total-blocking-time"),
          fcpMs: audit("first-contentful-paint"),
          unusedJsBytes: lhr?.audits["unused-javascript"]?.details?.overallSavingsBytes ?? 0,
        });
      }
    return Object.fromEntries(
      Object.entries(results).map(([name, list]) => [
        name,
        Object.fromEntries(
          Object.keys(list[0]).map((key) => [key, median(list.map((r) => r[key]))]),
        ),
      ]),
    );
  } finally {
    chrome.kill();
  }
}

/** Launches the benchmark's Chromium through Playwright. */
export async function launchBrowser() {
  const { executablePath, args } = await chromiumExecutable();
  return chromium.launch({ executablePath, args });
}

// The dev server against `hugo server`, in one run on the same content: the time from starting
// the server to the post list visible in Chromium (a first start, with nothing kept, and a
// second start, with what the first kept), and the time from saving one post to its new text
// in the open page. Run alone: npm run bench -- --only dev --sizes 1000
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "./browser.mjs";
import { hugoSiteArgs } from "./node-bundle.mjs";

/** A server started as a user would start it, in its own process group (stopped whole). */
function startServer(cmd, args, { cwd, env }) {
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  child.stdout.on("data", (chunk) => (stdout = (stdout + chunk).slice(-4000)));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  return {
    stderr: () => stderr,
    stdout: () => stdout,
    async stop() {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    },
  };
}

/** Milliseconds from `started` to `selector` visible at `url`, retrying while the server starts. */
async function untilVisible(page, url, selector, started, limitMs = 300_000) {
  for (;;) {
    if (performance.now() - started > limitMs)
      throw new Error(`${url}: nothing after ${limitMs} ms`);
    try {
      const response = await page.goto(url, { waitUntil: "commit", timeout: limitMs });
      if (response && response.status() < 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await page.locator(selector).first().waitFor({ state: "visible", timeout: limitMs });
  return performance.now() - started;
}

/**
 * Starts a server, times the post list, then (when `edit`) edits the newest post's file and
 * times its new text in the open page of that post. Returns { startMs, saveMs }.
 */
async function timeServer(browser, server, { url, listSelector, site, edit, settled }) {
  const started = performance.now();
  const running = startServer(...server);
  const page = await browser.newPage();
  try {
    const startMs = await untilVisible(page, url, listSelector, started);
    // A server may show the first page before it has built every post (ours does): the next
    // start should find what a finished run keeps, so the run is let finish first.
    if (settled)
      while (!settled(running.stdout(), running.stderr()) && performance.now() - started < 300_000)
        await new Promise((r) => setTimeout(r, 100));
    if (!edit) return { startMs };
    const link = page.locator(listSelector).first();
    const title = (await link.textContent()).trim();
    await page.goto(new URL(await link.getAttribute("href"), url).href, { waitUntil: "load" });
    await page.waitForTimeout(1000); // the live-reload connection is up
    const file = fileWithTitle(site, title);
    edit.keep(file);
    const marker = `Saved at ${Date.now()}`;
    const saved = performance.now();
    fs.appendFileSync(file, `\n\n${marker}\n`);
    await page.waitForFunction((m) => document.body.textContent.includes(m), marker, {
      timeout: 60_000,
      polling: "raf",
    });
    return { startMs, saveMs: performance.now() - saved };
  } catch (error) {
    throw new Error(`${error.message}\n${running.stderr()}`);
  } finally {
    await page.close();
    await running.stop();
  }
}

/** The corpus file of a post title (copies share titles: the original, without `-cN`). */
function fileWithTitle(site, title) {
  const dir = path.join(site, "content");
  const files = fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => /\.md$/.test(f) && !/-c\d+\.md$/.test(f));
  for (const rel of files) {
    const text = fs.readFileSync(path.join(dir, rel), "utf8");
    const head = text.slice(0, 2000);
    if (head.includes(title)) return path.join(dir, rel);
  }
  throw new Error(`no post titled ${title} in ${dir}`);
}

/**
 * One size: Hugo's server then ours, each started twice (`first`: nothing kept, `second`:
 * what the first kept), the save timed on the second start.
 */
export async function devTimes(browser, site, { project, hugo, log }) {
  const result = { ours: {}, hugo: null };
  const cacheDir = path.join(project, "node_modules/.cache/furikaeri");
  const original = new Map();
  const keep = (file) => original.has(file) || original.set(file, fs.readFileSync(file));
  const restore = () => {
    for (const [file, bytes] of original) fs.writeFileSync(file, bytes);
  };
  const withRestore = async (fn) => {
    try {
      return await fn();
    } finally {
      restore();
    }
  };
  // Edits are undone after each timing, so every start sees the same corpus.
  if (hugo) {
    result.hugo = {};
    for (const round of ["first", "second"]) {
      const port = await freePort();
      const hugoCache = path.join(path.dirname(site), "hugo-server-cache");
      if (round === "first") fs.rmSync(hugoCache, { recursive: true, force: true });
      const times = await withRestore(() =>
        timeServer(
          browser,
          [
            "hugo",
            [
              "server",
              ...hugoSiteArgs(project, site, hugoCache),
              "--port",
              String(port),
              "--bind",
              "127.0.0.1",
              "--baseURL",
              `http://localhost:${port}/`,
            ],
            { cwd: site, env: {} },
          ],
          {
            url: `http://localhost:${port}/`,
            listSelector: "main ul li > a",
            site,
            edit: round === "second" && { keep },
          },
        ),
      );
      result.hugo[round] = times;
      log(`hugo server, ${round} start: ${JSON.stringify(times)}`);
    }
  }
  for (const round of ["first", "second"]) {
    const port = await freePort();
    if (round === "first") {
      // Nothing kept: no posts, no prebundled dependencies (as on a fresh clone).
      fs.rmSync(path.join(cacheDir, "posts"), { recursive: true, force: true });
      fs.rmSync(path.join(project, "node_modules/.vite"), { recursive: true, force: true });
    }
    const times = await withRestore(() =>
      timeServer(
        browser,
        [
          "npm",
          ["run", "dev", "--", "--port", String(port)],
          {
            cwd: project,
            env: { BLOG_CONTENT: site, BLOG_PROGRESS: "1", VITE_CONFIG_NATIVE_IGNORE_WARNING: "1" },
          },
        ],
        {
          url: `http://localhost:${port}/`,
          listSelector: ".post-card__title a",
          site,
          // Printed (BLOG_PROGRESS=1) once every post is built and kept in the post cache.
          settled: (_stdout, stderr) => stderr.includes("posts kept for the next start"),
          edit: round === "second" && { keep },
        },
      ),
    );
    result.ours[round] = times;
    log(`npm run dev, ${round} start: ${JSON.stringify(times)}`);
  }
  return result;
}

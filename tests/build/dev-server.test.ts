import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { root } from "../helpers/run-build.ts";

const PORT = 4399 + Number(process.env.FURIKAERI_TEST_PORT_OFFSET ?? 0);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-dev-"));
let server: ChildProcess | null = null;
afterAll(() => {
  server?.kill();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The page data the dev server serves for a path, or null (404). */
async function routeData(sitePath: string): Promise<{ post?: { html: string } } | null> {
  const response = await fetch(`http://localhost:${PORT}${sitePath}route.json`);
  return response.ok ? ((await response.json()) as { post?: { html: string } }) : null;
}

// An upper bound that returns as soon as the value is there: Vite's dev server took more than
// 15 s to answer on Node 24 under load 15 on 2 cores (7 s on a quieter run).
async function until<T>(get: () => Promise<T>, ok: (value: T) => boolean, ms = 60_000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const value = await get();
      if (ok(value)) return value;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it("`npm run dev` shows drafts and serves a post's new text after the file is saved", async () => {
  const site = path.join(tmp, "site");
  fs.cpSync(path.join(root, "tests/fixtures/content/hugo-site"), site, { recursive: true });
  server = spawn(
    process.execPath,
    [
      "node_modules/vite/bin/vite.js",
      "--configLoader",
      "bundle",
      "--port",
      String(PORT),
      "--strictPort",
    ],
    { cwd: root, env: { ...process.env, BLOG_CONTENT: site, BLOG_BASE: "" }, stdio: "ignore" },
  );
  const post = "/blog/2019/04/custom/";
  const first = await until(
    () => routeData(post),
    (data) => data !== null,
  );
  expect(first!.post!.html).toContain("the first post");
  // Drafts are part of the site in development.
  expect(await routeData("/blog/2019/01/draft/")).not.toBeNull();

  const file = path.join(site, "content/blog/with-slug.md");
  fs.appendFileSync(file, "\nSaved while the dev server runs.\n");
  const edited = await until(
    () => routeData(post),
    (data) => data?.post?.html.includes("Saved while the dev server runs.") ?? false,
  );
  // The rest of the post is as it was, its link to the first post still resolved.
  expect(edited!.post!.html).toContain('href="/blog/2019/03/first-post/"');
}, 150_000);

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Logger } from "vite";
import { CACHE_DIR, sourceVersion } from "./site-post-cache.ts";
import { startThreadPool, type ThreadPool } from "./thread-pool.ts";

/**
 * How many posts to build make the dev server use threads. Lower than the build's
 * MIN_FOR_THREADS: on 1,000 posts threads build no faster on two cores (8.3 against 8.5 s),
 * but they leave the server's thread free to show the first page and serve Vite's modules
 * meanwhile (the post list came after 12-14 s on one thread, after 6 s with threads).
 */
const DEV_MIN_FOR_THREADS = 200;

/** The dev server's threads: `pool` as the build's post builder asks for it, and `close`. */
export interface DevThreads {
  pool(posts: number): Promise<ThreadPool | null>;
  close(): Promise<void>;
}

/**
 * Build threads for the dev server. A worker thread runs plain JavaScript, not the TypeScript
 * sources Vite serves, so the post-building code (src/build/post-worker.ts) is bundled once
 * per version of the sources, into node_modules/.cache/furikaeri/dev-threads/, the first time
 * a load has DEV_MIN_FOR_THREADS posts or more to build (BLOG_THREADS sets the count, 1 for
 * none). Later starts reuse the bundle.
 */
export function devThreads(
  logger: Logger,
  env: Record<string, string | undefined> = process.env,
): DevThreads {
  const count = Number(env.BLOG_THREADS) || Math.min(os.availableParallelism(), 4);
  const minimum = Number(env.BLOG_THREADS) ? 1 : DEV_MIN_FOR_THREADS;
  let started: Promise<ThreadPool | null> | null = null;
  return {
    pool(posts) {
      if (count < 2 || posts < minimum) return Promise.resolve(null);
      started ??= workerBundle().then(
        (entry) => startThreadPool(count, pathToFileURL(entry).href),
        (error: Error) => {
          logger.warn(`build threads unavailable, posts built on one thread: ${error.message}`);
          return null;
        },
      );
      return started;
    },
    async close() {
      await (await started)?.close();
    },
  };
}

async function workerBundle(): Promise<string> {
  const bundles = path.join(CACHE_DIR, "dev-threads");
  const dir = path.join(bundles, sourceVersion().slice(0, 16));
  const entry = path.join(dir, "post-worker.js");
  if (fs.existsSync(entry)) {
    const now = new Date();
    fs.utimesSync(dir, now, now);
    return entry;
  }
  pruneBundles(bundles);
  const { build } = await import("vite");
  // Built aside and renamed, so two servers starting at once never load half a bundle.
  const temp = `${dir}.${process.pid}.tmp`;
  await build({
    configFile: false,
    logLevel: "warn",
    // Its dependencies in it: a thread loads one file instead of hundreds of modules from
    // node_modules (the unified family, micromark, highlight.js), 0.25 s instead of 0.6 s.
    ssr: { noExternal: true },
    build: {
      ssr: path.resolve("src/build/post-worker.ts"),
      outDir: temp,
      emptyOutDir: true,
      copyPublicDir: false,
    },
  });
  try {
    fs.renameSync(temp, dir);
  } catch {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return entry;
}

/**
 * Deletes the bundles of other source versions not used for a day, keeping the four newest
 * (one is made for each version of src/ a dev server ran, 3 MB each).
 */
function pruneBundles(bundles: string) {
  if (!fs.existsSync(bundles)) return;
  const dayAgo = Date.now() - 86_400_000;
  const old = fs
    .readdirSync(bundles)
    .map((name) => path.join(bundles, name))
    .map((dir) => ({ dir, time: fs.statSync(dir).mtimeMs }))
    .sort((a, b) => b.time - a.time)
    .slice(4)
    .filter(({ time }) => time < dayAgo);
  for (const { dir } of old) fs.rmSync(dir, { recursive: true, force: true });
}

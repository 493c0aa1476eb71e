import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, workerData } from "node:worker_threads";
import { parseFrontMatter } from "./front-matter.ts";
import { note } from "./progress.ts";
import { findMarkdownFiles } from "./read-files.ts";
import type { BlogEnv } from "./blog-env.ts";
import {
  enableBuildCache,
  enableRenderCache,
  hasParsed,
  parseMarkdown,
  renderCacheSettings,
} from "./render-cache.ts";

/** What a parsing thread is given. */
interface PreparseJob {
  furikaeriPreparse: { files: string[]; dir: string; version: string };
}

/** Below this many posts, starting threads costs more than it saves. */
const MIN_POSTS = 200;

/** Before a production build: turns the render cache on and fills it on all cores. */
export async function prepareBuildCache(
  blog: BlogEnv,
  env: Record<string, string | undefined>,
): Promise<void> {
  enableBuildCache(blog.content, blog.config.base, env);
  const started = performance.now();
  const threads = await preparseInWorkers(blog.source.root, blog.source.contentDir);
  if (threads > 0)
    note(
      `posts parsed on ${threads} threads (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
}

/**
 * Parses the Markdown of every post in a content folder on worker threads, one per core, into
 * the render cache, so the content pipeline that follows finds the trees ready: the costliest
 * step of a build spread over all cores. Does nothing when the cache is off, for small sites,
 * or outside the built bundle. Returns the number of threads used (0: none). A file a thread
 * cannot read or parse is left to the pipeline, which reports it.
 */
export async function preparseInWorkers(
  root: string,
  contentDir: string,
  threads = Math.min(os.availableParallelism(), 4),
): Promise<number> {
  const settings = renderCacheSettings();
  const self = import.meta.url;
  if (!settings || !self.endsWith(".js") || threads < 2) return 0;
  // Files unchanged (same size and time) since the last build are parsed already.
  const manifest = path.join(settings.dir, "files.json");
  const stamps = new Map(
    findMarkdownFiles(root, contentDir).map((f) => {
      const stat = fs.statSync(f.absPath);
      return [f.absPath, `${stat.size}:${stat.mtimeMs}`];
    }),
  );
  const last = readManifest(manifest, settings.version);
  const files = [...stamps].filter(([file, stamp]) => last.get(file) !== stamp).map(([f]) => f);
  fs.mkdirSync(settings.dir, { recursive: true });
  fs.writeFileSync(manifest, JSON.stringify({ version: settings.version, files: [...stamps] }));
  if (files.length < MIN_POSTS) return 0;
  const shares = Array.from({ length: threads }, (_, i) =>
    files.filter((_, n) => n % threads === i),
  );
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve) => {
          const job: PreparseJob = { furikaeriPreparse: { files: share, ...settings } };
          const worker = new Worker(fileURLToPath(self), {
            workerData: job,
            resourceLimits: { maxYoungGenerationSizeMb: 64 },
          });
          worker.once("error", () => resolve());
          worker.once("exit", () => resolve());
        }),
    ),
  );
  return threads;
}

function readManifest(file: string, version: string): Map<string, string> {
  try {
    const data = JSON.parse(fs.readFileSync(file, "utf8")) as {
      version: string;
      files: [string, string][];
    };
    return data.version === version ? new Map(data.files) : new Map();
  } catch {
    return new Map();
  }
}

function runJob({ files, dir, version }: PreparseJob["furikaeriPreparse"]) {
  enableRenderCache(dir, version);
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  for (const file of files) {
    try {
      const { body } = parseFrontMatter(utf8.decode(fs.readFileSync(file)), file);
      if (!hasParsed(body)) parseMarkdown(body);
    } catch {
      // The pipeline reads this file again and reports what is wrong with it.
    }
  }
}

if (!isMainThread && (workerData as Partial<PreparseJob> | null)?.furikaeriPreparse)
  runJob((workerData as PreparseJob).furikaeriPreparse);

import fs from "node:fs";
import path from "node:path";
import type { BlogEnv } from "../content/read/blog-env.ts";
import { sha256, shortHash } from "./hash.ts";
import { openPostCache, type PostCache } from "./post-cache.ts";

/** Where builds and the dev server keep what they reuse: node_modules/.cache, as Vite does. */
export const CACHE_DIR = path.resolve("node_modules/.cache/furikaeri");

/**
 * The post cache of a site on disk, shared by the production build and the dev server: either
 * starts from what the other kept. Keyed by the content folder and base path (the folder), and
 * by everything but the files that shapes what reading and building a post gives: Furikaeri's
 * sources and dependencies, and the site's settings (permalinks, language, base path).
 */
export function openSitePostCache(blog: Pick<BlogEnv, "content" | "config">): PostCache {
  const siteKey = shortHash(`${blog.content}\0${blog.config.base}`);
  return openPostCache(
    path.join(CACHE_DIR, "posts", siteKey),
    `${sourceVersion()}\0${JSON.stringify(blog.config)}`,
  );
}

/**
 * A hash of Furikaeri's sources (src/) and lockfile, read from the project folder (the working
 * folder of `npm run build` and `npm run dev`). The build runs from a bundle and the dev server
 * from the sources: both are made from these files, so they agree on one version. (The build's
 * bundle is rebuilt whenever a source changes, scripts/build.mjs.) Read at each start of the dev
 * server, restarts included: a restart for a changed source may keep the config's modules.
 */
export function sourceVersion(project = process.cwd()): string {
  const parts: (string | Uint8Array)[] = [];
  const src = path.join(project, "src");
  const files = fs.existsSync(src)
    ? (fs.readdirSync(src, { recursive: true, withFileTypes: true }) as fs.Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort()
    : [];
  for (const file of [...files, "package-lock.json", "package.json"]) {
    const abs = path.resolve(project, file);
    if (fs.existsSync(abs)) parts.push(path.relative(project, abs), "\0", fs.readFileSync(abs));
  }
  return sha256(parts, "hex");
}

// Builds the site: the client bundle (vite build), the prerender bundle (vite build --ssr),
// then runs the prerender, which writes every page. Honours BLOG_CONTENT, BLOG_OUT,
// BLOG_REPORT and BLOG_BASE. Exits non-zero on any content error.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// Parsing and rendering thousands of posts makes many short-lived objects: a larger young
// generation halves the time spent collecting them. V8 takes this only at startup, so the
// build runs itself again with it (once).
const YOUNG = "--max-semi-space-size=64";
const self = fileURLToPath(import.meta.url);
if (!process.execArgv.includes(YOUNG)) {
  const child = spawnSync(process.execPath, [YOUNG, ...process.execArgv, self], {
    stdio: "inherit",
  });
  process.exit(child.status ?? 1);
}
const outDir = path.resolve(process.env.BLOG_OUT || "dist");
// The prerender bundle stays inside the project so it resolves the project's node_modules,
// one folder per output folder so that builds to different places never share it.
const ssrOutDir = path.resolve(
  "node_modules/.cache/furikaeri",
  createHash("sha1").update(outDir).digest("hex").slice(0, 12),
);
const BUNDLES = "--bundles";

try {
  if (process.argv.includes(BUNDLES)) {
    await buildBundles();
    process.exit(0);
  }
  refuseForeignOutput(outDir);
  moveAside(outDir);
  // The Vite builds run in a process of their own, which has ended (and given its memory back)
  // before the content is read: the build's peak memory is the larger of the two, not the sum.
  const bundles = spawnSync(process.execPath, [...process.execArgv, self, BUNDLES], {
    stdio: "inherit",
  });
  if (bundles.status !== 0) process.exit(bundles.status ?? 1);
  // React's production build: the development one validates every element it renders and is
  // several times slower (the HTML is the same).
  process.env.NODE_ENV ??= "production";
  const { prerender } = await import(pathToFileURL(path.join(ssrOutDir, "prerender.js")).href);
  const code = await prerender();
  process.exitCode = code;
} catch (error) {
  // Vite and content errors already carry file:line:column; print them without a stack trace.
  console.error(String(error?.message ?? error));
  process.exitCode = 1;
}

/** The client bundle (into the output folder) and the prerender bundle (into the cache). */
async function buildBundles() {
  const { build } = await import("vite");
  const quiet = { logLevel: process.env.BLOG_VERBOSE ? "info" : "warn", configLoader: "bundle" };
  await build({ ...quiet, build: { outDir, emptyOutDir: true } });
  await build({
    ...quiet,
    build: { ssr: "src/prerender.ts", outDir: ssrOutDir, emptyOutDir: true, copyPublicDir: false },
  });
}

/**
 * The output folder is replaced whole, so it must be empty or a previous build (which leaves
 * `.base`, or at least Vite's `assets/`): a mistyped BLOG_OUT never deletes someone's files.
 */
function refuseForeignOutput(dir) {
  if (!fs.existsSync(dir)) return;
  const entries = fs.readdirSync(dir);
  if (entries.length === 0 || entries.includes(".base") || entries.includes("assets")) return;
  throw new Error(
    `BLOG_OUT=${dir} holds files that are not a Furikaeri build, and the build replaces the whole folder; choose an empty or new folder (or delete this one yourself)`,
  );
}

/**
 * Moves the last build's output into the cache's trash and deletes it there in a background
 * process, so the build does not wait for thousands of files to be unlinked. When the move is
 * not possible (another disk, a mount point), Vite empties the folder as usual.
 */
function moveAside(dir) {
  if (!fs.existsSync(dir)) return;
  const trash = path.resolve("node_modules/.cache/furikaeri/trash");
  try {
    fs.mkdirSync(trash, { recursive: true });
    fs.renameSync(dir, path.join(trash, `${process.pid}-${Date.now()}`));
  } catch {
    return;
  }
  const remove = `require("fs").rmSync(${JSON.stringify(trash)}, { recursive: true, force: true })`;
  spawn(process.execPath, ["-e", remove], { detached: true, stdio: "ignore" }).unref();
}

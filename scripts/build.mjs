// Builds the site: the bundles (the client with `vite build`, the prerender code with
// `vite build --ssr`), then runs the prerender, which writes every page. Honours BLOG_CONTENT,
// BLOG_OUT, BLOG_REPORT, BLOG_BASE and BLOG_CACHE. Exits non-zero on any content error.
//
// The bundles depend on Furikaeri's code and on the site's settings (base path, title), not on
// the posts: they are kept in node_modules/.cache/furikaeri/engine/<key> and built again only
// when something they are made from changed, as Hugo's binary is not rebuilt for each post.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const self = fileURLToPath(import.meta.url);
// A production build whatever the shell says (test runners set NODE_ENV=test): the bundles
// are compiled for production and React's production build renders the pages (the development
// one validates every element and is several times slower; the HTML is the same).
process.env.NODE_ENV = "production";
const project = path.resolve(path.dirname(self), "..");
const outDir = path.resolve(process.env.BLOG_OUT || "dist");
const engines = path.join(project, "node_modules/.cache/furikaeri/engine");
const BUNDLES = "--bundles";

try {
  if (process.argv.includes(BUNDLES)) {
    await buildBundles(process.argv[process.argv.indexOf(BUNDLES) + 1]);
    process.exit(0);
  }
  refuseForeignOutput(outDir);
  // Before the bundles, which can take a minute to make the first time.
  const content = process.env.BLOG_CONTENT || "posts";
  if (!fs.existsSync(content))
    throw new Error(
      `content folder not found: ${content}; set BLOG_CONTENT (furikaeri build --content) to a folder of Markdown posts or a Hugo site`,
    );
  const engine = path.join(engines, engineKey());
  if (!fs.existsSync(path.join(engine, "ssr", "prerender.js"))) {
    // Built aside and renamed, so builds running at the same time never see half an engine.
    const temp = `${engine}.${process.pid}.tmp`;
    // In a process of its own, which has ended (and given its memory back) before the content
    // is read: the build's peak memory is the larger of the two, not the sum.
    const bundles = spawnSync(process.execPath, [...process.execArgv, self, BUNDLES, temp], {
      stdio: "inherit",
    });
    if (bundles.status !== 0) process.exit(bundles.status ?? 1);
    try {
      fs.renameSync(temp, engine);
    } catch {
      // Another build made the same engine first.
      fs.rmSync(temp, { recursive: true, force: true });
    }
    pruneEngines();
  }
  const now = new Date();
  fs.utimesSync(engine, now, now);
  const { prerender } = await import(pathToFileURL(path.join(engine, "ssr", "prerender.js")).href);
  const code = await prerender(process.env, path.join(engine, "client"));
  process.exitCode = code;
} catch (error) {
  // Vite and content errors already carry file:line:column; print them without a stack trace.
  console.error(String(error?.message ?? error));
  process.exitCode = 1;
}

/** The client bundle and the prerender bundle, into `dir`. */
async function buildBundles(dir) {
  const { build } = await import("vite");
  // The project's own sources and config, wherever the command runs (an installed package is
  // run from the blog's folder, not its own).
  const quiet = {
    root: project,
    logLevel: process.env.BLOG_VERBOSE ? "info" : "warn",
    configLoader: "bundle",
  };
  await build({ ...quiet, build: { outDir: path.join(dir, "client"), emptyOutDir: true } });
  await build({
    ...quiet,
    // Its dependencies in it: the build (and each of its threads) loads one file instead of
    // hundreds of modules from node_modules.
    ssr: { noExternal: true },
    build: {
      ssr: path.join(project, "src/build/prerender.ts"),
      outDir: path.join(dir, "ssr"),
      emptyOutDir: true,
      copyPublicDir: false,
    },
  });
}

/**
 * A hash of everything the bundles are made from: Furikaeri's sources and settings, the
 * lockfile, Node's version, and what of the site goes into the client bundle (BLOG_BASE and
 * the Hugo config files, which give the base path, title and language).
 */
function engineKey() {
  const hash = createHash("sha256");
  const add = (name, data) => hash.update(`${name}\0`).update(data).update("\0");
  const files = ["index.html", "package.json", "package-lock.json", "tsconfig.json"]
    .concat(fs.readdirSync(project).filter((f) => /\.config\.(m?[jt]s)$/.test(f)))
    .concat(["scripts/build.mjs"])
    .concat(listFiles("src"), listFiles("public"));
  for (const file of files.sort()) {
    const abs = path.join(project, file);
    if (fs.existsSync(abs)) add(file, fs.readFileSync(abs));
  }
  add("node", process.version);
  add("BLOG_BASE", process.env.BLOG_BASE ?? "");
  const content = path.resolve(process.env.BLOG_CONTENT || "posts");
  for (const name of fs.existsSync(content) ? fs.readdirSync(content).sort() : [])
    if (/^(hugo|config)\.(toml|ya?ml|json)$/.test(name))
      add(`content/${name}`, fs.readFileSync(path.join(content, name)));
  return hash.digest("hex").slice(0, 16);
}

function listFiles(dir) {
  const abs = path.join(project, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(project, path.join(entry.parentPath, entry.name)));
}

/**
 * Deletes engines not used for an hour (other code versions, other sites), keeping the four
 * newest: builds running at the same time may be using any recent one.
 */
function pruneEngines() {
  const hourAgo = Date.now() - 3600_000;
  const old = fs
    .readdirSync(engines)
    .map((name) => path.join(engines, name))
    .map((dir) => ({ dir, time: fs.statSync(dir).mtimeMs }))
    .filter(({ time }) => time < hourAgo)
    .sort((a, b) => b.time - a.time);
  for (const { dir } of old.slice(4)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The output folder is updated in place (files that changed are written, files no longer
 * made are deleted), so it must be empty or a previous build (which leaves `.base`, or at
 * least `assets/`): a mistyped BLOG_OUT never deletes someone's files.
 */
function refuseForeignOutput(dir) {
  if (!fs.existsSync(dir)) return;
  const entries = fs.readdirSync(dir);
  if (entries.length === 0 || entries.includes(".base") || entries.includes("assets")) return;
  throw new Error(
    `BLOG_OUT=${dir} holds files that are not a Furikaeri build, and the build replaces the whole folder; choose an empty or new folder (or delete this one yourself)`,
  );
}

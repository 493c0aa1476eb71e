// `npm run bench`: Furikaeri against Hugo on the real blog and on 1,000 and 10,000 posts made
// from it (bench/make-corpus.mjs), in one run on this machine. Prints a table and writes it to
// BENCHMARKS.md (between the bench markers). Pieces:
//   npm run bench -- --sizes 195,1000 --rounds 2 --skip-hugo --skip-browser --skip-lighthouse --no-write
// Only the dev server against `hugo server` (bench/dev.mjs), or only Lighthouse:
//   npm run bench -- --only dev --sizes 1000
//   npm run bench -- --only lighthouse --sizes 195
// Search alone (our index vs Pagefind, bench/search.mjs), written to its own block:
//   npm run bench -- --only search
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { firstLoadJs, folderSize, samplePages } from "./bytes.mjs";
import {
  homeBytes,
  launchBrowser,
  lighthouseScores,
  LIGHTHOUSE_CATEGORIES,
  navigationTimes,
  serve,
} from "./browser.mjs";
import { makeCorpus, sourcePosts, touchOnePost } from "./make-corpus.mjs";
import { devTimes } from "./dev.mjs";
import { renderSearchReport, searchBench } from "./search.mjs";
import { bundleEntry, hugoSiteArgs } from "./node-bundle.mjs";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "195,1000,10000" },
    rounds: { type: "string", default: "1" },
    "skip-hugo": { type: "boolean", default: false },
    "skip-browser": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    only: { type: "string" },
    "skip-dev": { type: "boolean", default: false },
  },
});
const sizes = args.sizes.split(",").map((s) => (s === "real" ? sourcePosts().length : Number(s)));
const rounds = Math.max(1, Number(args.rounds));
const project = path.resolve(import.meta.dirname, "..");
process.chdir(project);
const work = path.join(os.tmpdir(), "furikaeri-bench");
// What a build keeps between builds: the posts' results, the output manifests, the bundles.
const cacheDir = path.join(project, "node_modules/.cache/furikaeri");
const postCache = path.join(cacheDir, "posts");
const log = (...m) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...m);

/** Runs a command under GNU time: wall seconds, CPU seconds (user+sys), peak RSS in bytes. */
function timed(cmd, cmdArgs, env = {}) {
  const out = path.join(work, "time.txt");
  // The last build's hundreds of megabytes may still be on their way to the disk; a build that
  // starts then is slowed by their writeback, whichever engine it is. Flush them first.
  spawnSync("sync");
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", "-o", out, cmd, ...cmdArgs], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${cmdArgs.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
  const [wall, user, sys, rssKb] = fs.readFileSync(out, "utf8").trim().split(/\s+/).map(Number);
  return { wall, cpu: user + sys, rss: rssKb * 1024, stdout: result.stdout };
}

/**
 * `cold`: no output folder and nothing of the posts kept (the bundles, made from Furikaeri's
 * code and the site's settings, are kept); `fresh`: the bundles are built too, as on a fresh
 * clone or after Furikaeri's code changed.
 */
function buildOurs(content, outDir, { cold, fresh = false }) {
  if (cold) {
    if (fs.existsSync(outDir)) throw new Error(`${outDir} should be a new folder`);
    for (const dir of ["posts", "out", ...(fresh ? ["engine"] : [])])
      fs.rmSync(path.join(cacheDir, dir), { recursive: true, force: true });
  }
  return timed(process.execPath, ["scripts/build.mjs"], {
    BLOG_CONTENT: content,
    BLOG_OUT: outDir,
    VITE_CONFIG_NATIVE_IGNORE_WARNING: "1",
  });
}

function buildHugo(site, outDir) {
  const cacheDir = path.join(work, "hugo-cache");
  fs.rmSync(cacheDir, { recursive: true, force: true });
  return timed("hugo", [
    "--quiet",
    ...hugoSiteArgs(project, site, cacheDir),
    "--destination",
    outDir,
  ]);
}

/** Hugo from Debian (installed when missing), or the reason it is not there. */
function ensureHugo() {
  const version = () => execFileSync("hugo", ["version"], { encoding: "utf8" }).trim();
  try {
    return { version: version() };
  } catch {
    log("hugo is missing: apt-get update && apt-get install -y hugo");
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "ignore" });
      execFileSync("apt-get", ["install", "-y", "-qq", "hugo"], { stdio: "ignore" });
      return { version: version() };
    } catch (error) {
      return { missing: `Hugo could not be installed (${error.message.split("\n")[0]})` };
    }
  }
}

function timePipeline(bundle, content) {
  fs.rmSync(postCache, { recursive: true, force: true });
  const script = `import(${JSON.stringify(bundle)}).then((m) => m.timePipeline(${JSON.stringify(content)})).then((r) => console.log(JSON.stringify(r)))`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    env: { ...process.env, BLOG_PROGRESS: "" },
  });
  return JSON.parse(out.trim().split("\n").pop());
}

/** A new output folder for one timed build, under the run's outputs. */
function outputFolder(name) {
  return path.join(work, "outputs", name);
}

/** The dev server against `hugo server` at each size (of 1,000 posts or more, in a full run). */
async function devPart(hugo, machine) {
  const browser = await launchBrowser();
  const rows = [];
  try {
    for (const size of args.only === "dev" ? sizes : sizes.filter((n) => n >= 1000)) {
      log(`dev servers on ${size} posts`);
      const site = makeCorpus(size);
      rows.push({
        size,
        ...(await devTimes(browser, site, { project, hugo: !!hugo.version, log })),
      });
    }
  } finally {
    await browser.close();
  }
  return renderDevReport(rows, machine, hugo);
}

function renderDevReport(rows, machine, hugo) {
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  const lines = [
    "### Dev server",
    "",
    `Run ${machine.date} · ${machine.nproc} cores · ${hugo.version ?? hugo.missing} · command: \`${command}\`. Time from starting the server to the home page's post list visible in Chromium (first start: nothing kept, not even Vite's prebundled dependencies; second start: what the first kept), and from saving the newest post (a paragraph appended) to its text in the page open on it.`,
    "",
    "| posts | `hugo server` first / second start | `npm run dev` first / second start | ratio first / second | save → visible: hugo / ours |",
    "| ---: | --- | --- | --- | --- |",
  ];
  const sec = (ms) => (ms === undefined ? "–" : `${(ms / 1000).toFixed(1)} s`);
  const msOf = (ms) => (ms === undefined ? "–" : `${ms.toFixed(0)} ms`);
  for (const r of rows) {
    const h = r.hugo;
    lines.push(
      `| ${r.size} | ${h ? `${sec(h.first.startMs)} / ${sec(h.second.startMs)}` : "–"} | ${sec(r.ours.first.startMs)} / ${sec(r.ours.second.startMs)} | ${h ? `${ratio(r.ours.first.startMs, h.first.startMs)} / ${ratio(r.ours.second.startMs, h.second.startMs)}` : "–"} | ${h ? msOf(h.second.saveMs) : "–"} / ${msOf(r.ours.second.saveMs)} |`,
    );
  }
  return lines.join("\n");
}

/** Lighthouse alone, on a build of the first size (default: the real blog's 195 posts). */
async function lighthousePart(machine) {
  const size = sizes[0];
  const site = makeCorpus(size);
  const outDir = outputFolder(`lighthouse-${size}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  buildOurs(site, outDir, { cold: false });
  const server = await serve(outDir);
  try {
    const pages = samplePages(outDir);
    const js = Object.fromEntries(
      Object.entries(pages).map(([name, p]) => [name, p ? firstLoadJs(outDir, p) : null]),
    );
    const urls = Object.fromEntries(
      Object.entries(pages).map(([name, p]) => [name, new URL(p, server.url).href]),
    );
    const scores = await lighthouseScores(urls);
    return renderLighthouse(scores, size, machine, js);
  } finally {
    server.stop();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

function renderLighthouse(scores, size, machine, js) {
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  return [
    "### Lighthouse",
    "",
    `Run ${machine.date} · ${machine.nproc} cores · command: \`${command}\`. Lighthouse 12.2.3, mobile, on the ${size}-post build served by scripts/serve.mjs (gzip, as static hosts serve), median of three runs per page.`,
    "",
    `| page | ${LIGHTHOUSE_CATEGORIES.join(" | ")} | total blocking time | first contentful paint | unused JS | first-load JS (gzip) |`,
    `| --- | ${LIGHTHOUSE_CATEGORIES.map(() => "---:").join(" | ")} | ---: | ---: | ---: | ---: |`,
    ...Object.entries(scores).map(
      ([page, s]) =>
        `| ${page} | ${LIGHTHOUSE_CATEGORIES.map((c) => s[c]).join(" | ")} | ${s.tbtMs.toFixed(0)} ms | ${(s.fcpMs / 1000).toFixed(2)} s | ${(s.unusedJsBytes / 1024).toFixed(0)} KiB | ${js[page] ? kb(js[page].gzip) : "–"} |`,
    ),
  ].join("\n");
}

/** `--only search`: each corpus built (what the cache keeps is reused), then both searches. */
async function searchOnly() {
  fs.mkdirSync(work, { recursive: true });
  fs.rmSync(path.join(work, "outputs"), { recursive: true, force: true });
  log("building the search bundle");
  const bundle = bundleEntry(project, "bench/search-entry.ts");
  const rows = [];
  for (const size of sizes) {
    log(`corpus of ${size} posts`);
    const site = makeCorpus(size);
    const outDir = outputFolder(`out-${size}-search`);
    const build = buildOurs(site, outDir, { cold: false });
    log(`ours: ${build.wall} s`);
    rows.push(await searchBench({ project, bundle, outDir, work, size, log }));
  }
  fs.rmSync(path.join(work, "outputs"), { recursive: true, force: true });
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  const report = [
    `Run ${new Date().toISOString().replace(/\.\d+Z$/, "Z")} · ${os.availableParallelism()} cores, load average ${os.loadavg()[1].toFixed(1)} at the end · Node ${process.version} · Command: \`${command}\``,
    "",
    ...renderSearchReport(rows),
  ].join("\n");
  console.log(report);
  if (!args["no-write"]) writeBenchmarks(report, "bench-search");
}

async function main() {
  if (args.only === "search") return searchOnly();
  fs.mkdirSync(work, { recursive: true });
  if (args.only === "lighthouse") {
    const report = await lighthousePart(machineInfo());
    console.log(report);
    if (!args["no-write"]) writeBenchmarks(report, "bench-lighthouse");
    return;
  }
  if (args.only === "dev") {
    const hugo = args["skip-hugo"] ? { missing: "skipped (--skip-hugo)" } : ensureHugo();
    const report = await devPart(hugo, machineInfo());
    console.log(report);
    if (!args["no-write"]) writeBenchmarks(report, "bench-dev");
    return;
  }
  if (args.only) throw new Error(`--only ${args.only}: one of search, dev, lighthouse`);
  // The last run's outputs go first, and the disk settles, before anything is timed.
  fs.rmSync(path.join(work, "outputs"), { recursive: true, force: true });
  spawnSync("sync");
  const machine = machineInfo();
  log(`machine: ${JSON.stringify(machine)}`);
  const hugo = args["skip-hugo"] ? { missing: "skipped (--skip-hugo)" } : ensureHugo();
  log(hugo.version ?? hugo.missing);
  log("building the pipeline bundle");
  // The content pipeline alone (loadSite + buildRouteData), built once, run in a fresh Node.
  const bundle = bundleEntry(project, "bench/pipeline-entry.ts");
  const searchBundle = bundleEntry(project, "bench/search-entry.ts");
  const rows = [];
  let browser = null;
  let extras = {};
  for (const size of sizes) {
    log(`corpus of ${size} posts`);
    const site = makeCorpus(size);
    const row = { size, ours: [], hugo: [] };
    row.pipeline = timePipeline(bundle, site);
    log(`pipeline: ${(row.pipeline.totalMs / 1000).toFixed(1)} s, ${row.pipeline.posts} posts`);
    // Each cold build writes into a new folder, and the outputs are deleted only when the run
    // is over: deleting 20,000 files just before a timed build slows it (the disk is still
    // busy with them), whichever engine it is.
    let outDir = outputFolder(`out-${size}-fresh`);
    let hugoOut = null;
    row.fresh = buildOurs(site, outDir, { cold: true, fresh: true });
    log(`ours from a fresh clone (bundles built too): ${row.fresh.wall} s`);
    for (let round = 0; round < rounds; round++) {
      // The rebuild below starts from the last of these, with what it kept.
      outDir = outputFolder(`out-${size}-${round}`);
      const ours = buildOurs(site, outDir, { cold: true });
      row.ours.push(ours);
      log(`ours cold: ${ours.wall} s, cpu ${ours.cpu.toFixed(1)} s, ${mb(ours.rss)}`);
      if (hugo.version) {
        hugoOut = outputFolder(`hugo-${size}-${round}`);
        const theirs = buildHugo(site, hugoOut);
        row.hugo.push(theirs);
        log(`hugo cold: ${theirs.wall} s, cpu ${theirs.cpu.toFixed(1)} s, ${mb(theirs.rss)}`);
      }
    }
    row.pages = /(\d+) pages \(/.exec(row.ours[0].stdout)?.[1] ?? "?";
    row.summary =
      row.ours[0].stdout
        .trim()
        .split("\n")
        .find((l) => /published,/.test(l)) ?? "";
    // Everything but the Markdown: every post is in the post cache from the builds above, and
    // the output folder is new, so every page is rendered and written.
    row.pagesOnly = buildOurs(site, outputFolder(`out-${size}-pages`), { cold: false });
    log(`ours with every post already built, into a new folder: ${row.pagesOnly.wall} s`);
    touchOnePost(site, Date.now());
    row.rebuild = buildOurs(site, outDir, { cold: false });
    log(`ours after one post changed: ${row.rebuild.wall} s`);
    const pages = samplePages(outDir);
    row.js = Object.fromEntries(
      Object.entries(pages).map(([name, p]) => [name, p ? firstLoadJs(outDir, p) : null]),
    );
    row.dist = folderSize(outDir);
    row.search = await searchBench({ project, bundle: searchBundle, outDir, work, size, log });
    if (hugoOut && fs.existsSync(hugoOut)) row.hugoDist = folderSize(hugoOut);
    if (!args["skip-browser"]) {
      browser ??= await launchBrowser();
      const server = await serve(outDir);
      try {
        row.home = await homeBytes(browser, server.url);
        log(`home page loads ${row.home.bytes} bytes in ${row.home.requests} requests`);
        if (size === sizes[0]) {
          extras.navigation = await navigationTimes(browser, server.url);
          log(`navigation: ${JSON.stringify(extras.navigation)}`);
          if (!args["skip-lighthouse"]) {
            const urls = (base) =>
              Object.fromEntries(
                Object.entries(pages).map(([name, p]) => [name, new URL(p, base).href]),
              );
            // scripts/serve.mjs compresses as static hosts do.
            extras.lighthouse = await lighthouseScores(urls(server.url));
            log(`lighthouse: ${JSON.stringify(extras.lighthouse)}`);
            extras.lighthouseSize = size;
          }
          extras.browserSize = size;
        }
      } finally {
        server.stop();
      }
    }
    rows.push(row);
  }
  await browser?.close();
  fs.rmSync(path.join(work, "outputs"), { recursive: true, force: true });
  const report = renderReport({ machine, hugo, rows, extras });
  console.log(report);
  const searchReport = renderSearchReport(rows.map((r) => r.search)).join("\n");
  console.log(searchReport);
  if (!args["no-write"]) {
    writeBenchmarks(report);
    writeBenchmarks(searchReport, "bench-search");
  }
  if (!args["skip-dev"] && !args["skip-browser"] && sizes.some((n) => n >= 1000)) {
    const devReport = await devPart(hugo, machine);
    console.log(devReport);
    if (!args["no-write"]) writeBenchmarks(devReport, "bench-dev");
  }
}

function machineInfo() {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? "unknown",
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
  };
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const s = (x) => `${x.toFixed(1)} s`;
const best = (runs, key) => Math.min(...runs.map((r) => r[key]));
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : "–");
/** With several rounds, each round's own ratio (ours and Hugo's built one after the other). */
const pairRatios = (ours, theirs) =>
  ours.length > 1 && ours.length === theirs.length
    ? ` (rounds: ${ours.map((r, i) => ratio(r.wall, theirs[i].wall)).join(", ")})`
    : "";

function renderReport({ machine, hugo, rows, extras }) {
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  const lines = [
    `Run ${machine.date} · ${machine.nproc} cores (${machine.cpu}), ${machine.memory} · Node ${machine.node} · ${hugo.version ?? hugo.missing}`,
    "",
    `Command: \`${command}\` (${rounds} round${rounds > 1 ? "s" : ""} per size, Furikaeri and Hugo alternating; the best of the rounds is shown${rounds > 1 ? ", and each round's own time ratio" : ""}).`,
    "",
    "### Builds",
    "",
    "| posts | pipeline alone (one thread, no cache) | Furikaeri cold: wall / CPU / peak | Hugo cold: wall / CPU / peak | time ratio | memory ratio | Furikaeri from a fresh clone (bundles built too) | posts already built, every page written | rebuild after one post changed | rebuild ÷ Hugo cold |",
    "| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    const ours = row.ours;
    const theirs = row.hugo;
    const h = theirs.length > 0;
    lines.push(
      `| ${row.pipeline.posts} published of ${row.size} | ${s(row.pipeline.totalMs / 1000)} | ${s(best(ours, "wall"))} / ${s(best(ours, "cpu"))} / ${mb(best(ours, "rss"))} | ${h ? `${s(best(theirs, "wall"))} / ${s(best(theirs, "cpu"))} / ${mb(best(theirs, "rss"))}` : "–"} | ${h ? ratio(best(ours, "wall"), best(theirs, "wall")) + pairRatios(ours, theirs) : "–"} | ${h ? ratio(best(ours, "rss"), best(theirs, "rss")) : "–"} | ${s(row.fresh.wall)}${h ? ` (${ratio(row.fresh.wall, best(theirs, "wall"))})` : ""} | ${s(row.pagesOnly.wall)}${h ? ` (${ratio(row.pagesOnly.wall, best(theirs, "wall"))})` : ""} | ${s(row.rebuild.wall)} | ${h ? ratio(row.rebuild.wall, best(theirs, "wall")) : "–"} |`,
    );
  }
  lines.push(
    "",
    "### Bytes",
    "",
    "| posts | first-load JS (gzip): home / post / timeline | home page total (browser, bytes transferred) | dist (Furikaeri) | dist (Hugo) |",
    "| ---: | --- | ---: | ---: | ---: |",
  );
  for (const row of rows) {
    const js = ["home", "post", "timeline"].map((k) => (row.js[k] ? kb(row.js[k].gzip) : "–"));
    lines.push(
      `| ${row.size} | ${js.join(" / ")} | ${row.home ? `${kb(row.home.bytes)} (${row.home.requests} requests)` : "–"} | ${mb(row.dist.bytes)} in ${row.dist.files} files | ${row.hugoDist ? `${mb(row.hugoDist.bytes)} in ${row.hugoDist.files} files` : "–"} |`,
    );
  }
  if (rows.length > 1 && rows[0].home) {
    const base = rows[0].home.bytes;
    lines.push(
      "",
      `Home page total vs ${rows[0].size} posts: ${rows
        .slice(1)
        .map(
          (r) =>
            `${r.size}: ${r.home ? `${(((r.home.bytes - base) / base) * 100).toFixed(1)}%` : "–"}`,
        )
        .join(", ")}.`,
    );
  }
  lines.push("", "### Browser", "");
  if (extras.navigation) {
    const n = extras.navigation;
    lines.push(
      `On the ${extras.browserSize}-post build, Chromium, median of 5 posts: in-app navigation (click in the list → title shown) ${n.inAppMs.toFixed(1)} ms; full page load of the same post ${n.fullLoadMs.toFixed(0)} ms to the load event${Number.isFinite(n.fullLoadFcpMs) ? ` (first contentful paint ${n.fullLoadFcpMs.toFixed(0)} ms)` : ""}, warm HTTP cache: **${(n.fullLoadMs / n.inAppMs).toFixed(1)}× faster** in the app.`,
    );
  } else lines.push("Browser figures skipped (--skip-browser).");
  if (extras.lighthouse) {
    const l = extras.lighthouse;
    lines.push(
      "",
      `Lighthouse 12.2.3, mobile, on the ${extras.lighthouseSize}-post build served by scripts/serve.mjs (gzip, as static hosts serve):`,
      "",
      `| page | ${LIGHTHOUSE_CATEGORIES.join(" | ")} |`,
      `| --- | ${LIGHTHOUSE_CATEGORIES.map(() => "---:").join(" | ")} |`,
      ...Object.entries(l).map(
        ([page, s]) => `| ${page} | ${LIGHTHOUSE_CATEGORIES.map((c) => s[c]).join(" | ")} |`,
      ),
    );
  } else lines.push("", "Lighthouse skipped.");
  return lines.join("\n");
}

function writeBenchmarks(report, marker = "bench") {
  const file = path.join(project, "BENCHMARKS.md");
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const block = `${start}\n${report}\n${end}`;
  const text = fs.existsSync(file)
    ? fs.readFileSync(file, "utf8")
    : `# Benchmarks\n\nWritten by \`npm run bench\` (bench/run.mjs).\n\n${start}\n${end}\n`;
  const at = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    at >= 0 && to > at
      ? text.slice(0, at) + block + text.slice(to + end.length)
      : `${text}\n${block}\n`;
  fs.writeFileSync(file, next);
  // Formatted as the rest of the repository (npm run lint checks it).
  spawnSync(process.execPath, ["node_modules/prettier/bin/prettier.cjs", "--write", file], {
    stdio: "ignore",
  });
  log(`wrote ${path.relative(process.cwd(), file)}`);
}

await main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

// Makes benchmark corpora from the real Hugo blog in ../shared/corpus/deeeet (read in place):
// a Hugo site in the system's temporary folder (never in the repo) with N posts, made of copies
// of the blog's posts under new file names with their `date` year shifted back, plus its
// config.toml and static/ (copied once per corpus). Usable alone: node bench/make-corpus.mjs 1000
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SOURCE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../shared/corpus/deeeet",
);
const ROOT = path.join(os.tmpdir(), "furikaeri-bench");
// Bump when the way corpora are made changes, so stale ones are made again.
const VERSION = "1";

/** Lists the source blog's Markdown files (relative to content/), sorted. */
export function sourcePosts() {
  const dir = path.join(SOURCE, "content");
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => /\.(md|markdown)$/i.test(f))
    .sort();
}

/**
 * Shifts the year of the front matter's `date` (YAML `date: 2014-11-26`, TOML
 * `date = "2015-10-04T22:07:21+09:00"`) by `years`, leaving everything else as written.
 */
export function shiftDate(text, years) {
  if (years === 0) return text;
  const fence = text.startsWith("+++") ? "+++" : text.startsWith("---") ? "---" : null;
  if (!fence) return text;
  const end = text.indexOf(`\n${fence}`, 3);
  if (end < 0) return text;
  const head = text
    .slice(0, end)
    .replace(
      /^(date\s*[:=]\s*["']?)(\d{4})/m,
      (_, lead, year) => `${lead}${String(Number(year) + years).padStart(4, "0")}`,
    );
  return head + text.slice(end);
}

/**
 * Makes (or reuses) a Hugo site of `size` posts and returns its folder. Size = the source's
 * count gives an exact copy; larger sizes add copies named `<name>-c<k>` whose dates are
 * shifted back 8 years per copy, so each copy has its own URLs and years.
 */
export function makeCorpus(size) {
  const dir = path.join(ROOT, `posts-${size}`);
  const stamp = path.join(dir, ".bench-corpus");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === VERSION) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "content"), { recursive: true });
  fs.copyFileSync(path.join(SOURCE, "config.toml"), path.join(dir, "config.toml"));
  fs.cpSync(path.join(SOURCE, "static"), path.join(dir, "static"), { recursive: true });
  const posts = sourcePosts();
  const texts = posts.map((rel) => fs.readFileSync(path.join(SOURCE, "content", rel), "utf8"));
  for (let n = 0; n < size; n++) {
    const copy = Math.floor(n / posts.length);
    const rel = posts[n % posts.length];
    const ext = path.extname(rel);
    const name = copy === 0 ? rel : `${rel.slice(0, -ext.length)}-c${copy}${ext}`;
    const file = path.join(dir, "content", name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, shiftDate(texts[n % posts.length], -8 * copy));
  }
  fs.writeFileSync(stamp, VERSION);
  return dir;
}

/** Rewrites one post of a corpus (appends a paragraph) for the one-post rebuild. */
export function touchOnePost(dir, round) {
  const file = path.join(
    dir,
    "content",
    sourcePosts().find((p) => p.startsWith("writing/")),
  );
  fs.appendFileSync(file, `\n\nBenchmark edit ${round}.\n`);
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of process.argv.slice(2).map(Number)) console.log(makeCorpus(size));
}

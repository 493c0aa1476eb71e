import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import {
  makePostContext,
  type PostBuilder,
  type PostContext,
  type PostOutput,
  type PostResult,
} from "../content/post/post-context.ts";
import {
  bodyOf,
  type PostInput,
  type ReadMemory,
  type RememberedRead,
} from "../content/read/read-site.ts";
import { note, progress } from "../content/progress.ts";
import { sha256 } from "./hash.ts";
import type { ThreadPool } from "./thread-pool.ts";

/**
 * What the production build keeps of each post file between builds, by a key made from the
 * file's path and bytes and the build's code and settings: what reading it gave (front matter,
 * URL), and its build (HTML, excerpt, timeline entries …) with the questions it asked the rest
 * of the site and the answers it got. A file is read again only when its bytes changed, and
 * built again only then or when a link or image of it now resolves differently (a linked post
 * moved, an image was added). Entries live in a few shard files, read at the start of a build;
 * at its end only the shards that changed are written again: thousands of small files cost
 * more to write than the posts cost to build.
 */
export interface PostCache extends ReadMemory {
  /** The cached build of a post, when the site still answers its questions as it did. */
  get(key: string, site: PostContext): PostOutput | null;
  set(key: string, built: RememberedOutput): void;
  /** How many posts the cache held built when it was opened (a build can guess its work). */
  readonly builtAtOpen: number;
  /**
   * Ends a build: keeps only the entries it used, writing the shards that changed (when the
   * cache has a folder). The cache can then serve the next build (the dev server's).
   * `keepUnused`: after loads that read only some posts (the dev server's saves of one post),
   * the entries they did not use are kept too.
   */
  save(options?: { keepUnused?: boolean }): void;
}

/** A post's build with what it asked the site. */
export interface RememberedOutput {
  output: PostOutput;
  asked: Asked;
}

/** Questions and answers, each answer as JSON. */
export type Asked = [kind: "link" | "size" | "exists", question: string, answer: string][];

interface Entry {
  read: RememberedRead;
  built?: RememberedOutput;
}

interface Shard {
  version: string;
  entries: Map<string, Entry>;
}

const SHARDS = 32;

/**
 * Opens the cache of a site, in folder `dir` (creating nothing until save), or in memory only
 * (`dir` null: the dev server's, which lives as long as the server, code changes restarting it).
 */
export function openPostCache(dir: string | null, version: string): PostCache {
  // Posts ask the same questions (a popular link, the same image): each is answered once.
  const answers = new WeakMap<PostContext, Map<string, string>>();
  const answerOf = (site: PostContext, kind: Asked[number][0], question: string) => {
    let known = answers.get(site);
    if (!known) answers.set(site, (known = new Map()));
    const key = `${kind}\0${question}`;
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = answer(site, kind, question)));
    return value;
  };
  const stored = Array.from({ length: SHARDS }, (_, i) =>
    dir ? readShard(dir, i, version) : new Map<string, Entry>(),
  );
  const used = Array.from({ length: SHARDS }, () => new Map<string, Entry>());
  const dirty = new Set<number>();
  const shardOf = (key: string) => key.charCodeAt(0) % SHARDS;
  const entry = (key: string) => {
    const shard = shardOf(key);
    const found = used[shard]!.get(key) ?? stored[shard]!.get(key);
    if (found) used[shard]!.set(key, found);
    return found;
  };
  // Files read by this process: path → [stat, key] (the dev server's reloads read only the
  // files whose stat changed since).
  const stats = new Map<string, [stat: string, key: string]>();
  const statOf = (stat: fs.Stats) => `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
  let builtAtOpen = 0;
  for (const shard of stored) for (const found of shard.values()) if (found.built) builtAtOpen++;
  return {
    builtAtOpen,
    keyOf(file, bytes) {
      return sha256([version, `\0${file.file}\0`, bytes]);
    },
    keyOfUnchanged(file, stat) {
      const known = stats.get(file.absPath);
      return known && known[0] === statOf(stat) ? known[1] : null;
    },
    noteStat(file, stat, key) {
      stats.set(file.absPath, [statOf(stat), key]);
    },
    recall: (key) => entry(key)?.read ?? null,
    remember(key, read) {
      used[shardOf(key)]!.set(key, { read });
      dirty.add(shardOf(key));
    },
    get(key, site) {
      const built = entry(key)?.built;
      if (built && built.asked.every(([kind, q, a]) => answerOf(site, kind, q) === a))
        return built.output;
      return null;
    },
    set(key, built) {
      const found = entry(key);
      if (!found) return;
      found.built = built;
      dirty.add(shardOf(key));
    },
    save({ keepUnused = false } = {}) {
      if (dir) fs.mkdirSync(dir, { recursive: true });
      for (let i = 0; i < SHARDS; i++) {
        if (keepUnused) used[i] = new Map([...stored[i]!, ...used[i]!]);
        if (dir && (dirty.has(i) || used[i]!.size !== stored[i]!.size)) {
          const file = path.join(dir, `${i}.bin`);
          // Written aside then renamed, so a build running at the same time never reads half a file.
          const temp = `${file}.${process.pid}.tmp`;
          fs.writeFileSync(temp, v8.serialize({ version, entries: used[i]! } satisfies Shard));
          fs.renameSync(temp, file);
        }
        stored[i] = used[i]!;
        used[i] = new Map();
      }
      dirty.clear();
    },
  };
}

function readShard(dir: string, i: number, version: string): Map<string, Entry> {
  try {
    const data = v8.deserialize(fs.readFileSync(path.join(dir, `${i}.bin`))) as Shard;
    if (data.version === version) return data.entries;
  } catch {
    // No cache yet, or one this build cannot read: its posts are built.
  }
  return new Map();
}

function answer(site: PostContext, kind: Asked[number][0], question: string): string {
  if (kind === "link") return JSON.stringify(site.resolveUrl(question));
  if (kind === "size") return JSON.stringify(site.imageSize(question));
  return JSON.stringify(site.imageExists(question));
}

/** A PostContext that writes down every question and its answer. */
export function recording(site: PostContext, asked: Asked): PostContext {
  const ask = <T>(kind: Asked[number][0], question: string, value: T): T => {
    asked.push([kind, question, JSON.stringify(value)]);
    return value;
  };
  return {
    languageCode: site.languageCode,
    resolveUrl: (url) => ask("link", url, site.resolveUrl(url)),
    imageSize: (src) => ask("size", src, site.imageSize(src)),
    imageExists: (src) => ask("exists", src, site.imageExists(src)),
  };
}

/** Builds one post on this thread, with what it asked (src/build/build-asking.ts). */
export type BuildAsking = (
  input: PostInput,
  site: PostContext,
) => { result: PostResult; asked: Asked };

/** How many posts a thread is given at a time. */
const BATCH = 16;

/**
 * The production build's (and the dev server's) post builder: cached posts first, the rest on
 * threads when `pool` gives some for that many posts, else on this one by what `here` gives,
 * asked for only then (the dev server loads the Markdown pipeline only when it has to).
 */
export function cachedPostBuilder(
  cache: PostCache | null,
  pool: (posts: number) => ThreadPool | null | Promise<ThreadPool | null>,
  here: () => BuildAsking | Promise<BuildAsking>,
): PostBuilder {
  return async (inputs, facts) => {
    const site = makePostContext(facts);
    const results: PostResult[] = new Array(inputs.length);
    const todo: number[] = [];
    inputs.forEach((input, i) => {
      const output = cache && input.key !== null ? cache.get(input.key, site) : null;
      if (output) results[i] = { output };
      else todo.push(i);
    });
    // A post recalled from the cache but built again (a link of it moves) is read after all.
    for (const i of todo) {
      const input = inputs[i]!;
      if (input.body === null) inputs[i] = { ...input, body: bodyOf(input.source) };
    }
    const rendering = progress("posts rendered");
    const started = performance.now();
    const done = (i: number, built: { result: PostResult; asked: Asked }) => {
      rendering.tick();
      results[i] = built.result;
      const key = inputs[i]!.key;
      if (cache && key !== null && "output" in built.result)
        cache.set(key, { output: built.result.output, asked: built.asked });
    };
    const threads = await pool(todo.length);
    if (threads) {
      await threads.broadcast("post-facts", facts);
      const batches: number[][] = [];
      // A few posts (the newest, shown first) are shared out evenly, two batches a thread.
      const size = Math.min(BATCH, Math.ceil(todo.length / (threads.size * 2)));
      for (let i = 0; i < todo.length; i += size) batches.push(todo.slice(i, i + size));
      await Promise.all(
        batches.map(async (batch) => {
          const built = await threads.run<{ result: PostResult; asked: Asked }[]>(
            "post-build",
            batch.map((i) => inputs[i]!),
          );
          built.forEach((one, n) => done(batch[n]!, one));
        }),
      );
    } else if (todo.length > 0) {
      const buildAsking = await here();
      let yielded = performance.now();
      for (const i of todo) {
        done(i, buildAsking(inputs[i]!, site));
        // The dev server answers requests (Vite's modules) between posts, every 20 ms at most.
        if (performance.now() - yielded > 20) {
          await new Promise((resolve) => setImmediate(resolve));
          yielded = performance.now();
        }
      }
    }
    rendering.done();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    note(
      `${todo.length} posts built on ${threads ? `${threads.size} threads` : "one thread"} in ${seconds} s, ${inputs.length - todo.length} unchanged`,
    );
    return results;
  };
}

import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pLimit from "p-limit";
import { sha256 } from "./hash.ts";

/**
 * The output folder, written incrementally: each file is recorded with a key (a hash of what
 * it was made from) in a manifest kept in the build cache; a file whose key and size are as
 * the last build left them is not made or written again, and files the last build wrote that
 * this one does not are deleted. With no manifest (a first build, or after BLOG_CACHE=0),
 * everything is written.
 *
 * Files are written in the background, several at a time, while the build goes on: making a
 * file costs about a millisecond of waiting for the disk on the machines measured, which for
 * the 31,000 files of a 10,000-post site kept the build's thread waiting instead of rendering
 * (figures in BENCHMARKS.md). `finish()` waits for every write, and fails with the first error.
 */
export interface OutputFolder {
  readonly dir: string;
  /** Whether `rel` is still the file the last build made from `key` (and keeps it if so). */
  keep(rel: string, key: string): boolean;
  /** Writes `rel` unless it is unchanged; the key defaults to a hash of the content. */
  write(rel: string, content: string | Buffer, key?: string): void;
  /** Copies a file unless the same source (path, size and time) was copied last time. */
  copy(rel: string, source: string): void;
  /** Whether this build has written (or kept) `rel`. */
  has(rel: string): boolean;
  /**
   * Waits for every write, deletes what the last build wrote and this one did not, and saves
   * the manifest.
   */
  finish(): Promise<{ written: number; kept: number; removed: number }>;
}

type Manifest = Record<string, [key: string, size: number]>;

/** How many file operations are on their way at a time (Node runs them on its 4 I/O threads). */
const IN_FLIGHT = 16;

/**
 * Opens the output folder. Without a manifest of the last build (the first build, BLOG_CACHE=0,
 * or a folder left by another build), whatever the folder holds is moved into `trash` (and
 * deleted there in the background) so that nothing stale is left.
 */
export function openOutputFolder(
  dir: string,
  manifestFile: string | null,
  trash: string,
): OutputFolder {
  let last: Manifest | null = null;
  if (manifestFile) {
    try {
      last = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
    } catch {
      last = null;
    }
  }
  if (!last) {
    clearAside(dir, trash);
    last = {};
  }
  const next: Manifest = {};
  const queue = writeQueue();
  const folders = folderMaker(dir);
  let written = 0;
  let kept = 0;
  const fileOf = (rel: string) => {
    const file = path.join(dir, rel);
    if (!path.resolve(file).startsWith(path.resolve(dir) + path.sep))
      throw new Error(`refusing to write outside the output folder: ${rel}`);
    return file;
  };
  const unchanged = (rel: string, key: string) => {
    const was = last[rel];
    if (!was || was[0] !== key) return false;
    try {
      return fs.statSync(fileOf(rel)).size === was[1];
    } catch {
      return false;
    }
  };
  const folder: OutputFolder = {
    dir,
    keep(rel, key) {
      if (!unchanged(rel, key)) return false;
      next[rel] = last[rel]!;
      kept++;
      return true;
    },
    write(rel, content, key = hashOf(content)) {
      if (folder.keep(rel, key)) return;
      const file = fileOf(rel);
      // Waiting in the queue as UTF-8 bytes, not as a string: a page with any Japanese in it
      // is a two-byte string, and most pages of a first build wait for the last ones.
      const bytes = typeof content === "string" ? Buffer.from(content) : content;
      queue.add(async () => {
        await folders.make(path.dirname(file));
        await fs.promises.writeFile(file, bytes);
      });
      next[rel] = [key, bytes.length];
      written++;
    },
    copy(rel, source) {
      const stat = fs.statSync(source);
      const key = `${source}:${stat.size}:${stat.mtimeMs}`;
      if (folder.keep(rel, key)) return;
      const file = fileOf(rel);
      queue.add(async () => {
        await folders.make(path.dirname(file));
        await fs.promises.copyFile(source, file);
      });
      next[rel] = [key, stat.size];
      written++;
    },
    has: (rel) => rel in next,
    async finish() {
      await queue.drained();
      let removed = 0;
      for (const rel of Object.keys(last)) {
        if (rel in next) continue;
        fs.rmSync(fileOf(rel), { force: true });
        removed++;
        removeEmptyParents(dir, path.dirname(fileOf(rel)));
      }
      if (manifestFile) {
        fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
        fs.writeFileSync(manifestFile, JSON.stringify(next));
      }
      return { written, kept, removed };
    },
  };
  return folder;
}

/**
 * Runs file operations IN_FLIGHT at a time (p-limit); drained() waits for all, failing with the
 * first error (kept, so that a failed write is not an unhandled rejection meanwhile).
 */
function writeQueue() {
  const limit = pLimit(IN_FLIGHT);
  const jobs: Promise<void>[] = [];
  let failure: { error: unknown } | null = null;
  return {
    add(job: () => Promise<void>) {
      jobs.push(
        limit(job).catch((error: unknown) => {
          failure ??= { error };
        }),
      );
    },
    async drained() {
      await Promise.all(jobs);
      if (failure) throw failure.error;
    },
  };
}

/**
 * Makes each folder of the output once, from the nearest one already made downwards: a
 * recursive mkdir tries the deepest folder first and fails once per missing parent, and
 * Hugo-style dated URLs (`/writing/2015/10/04/otto/`) miss several parents at a time. A folder
 * that is already there (an incremental build) is fine; a file in the way is an error.
 */
export function folderMaker(root: string) {
  const top = path.resolve(root);
  const made = new Map<string, Promise<void>>();
  const make = (dir: string): Promise<void> => {
    const at = path.resolve(dir);
    let done = made.get(at);
    if (!done) {
      done =
        at === top || !at.startsWith(top + path.sep)
          ? fs.promises.mkdir(at, { recursive: true }).then(() => undefined)
          : make(path.dirname(at)).then(() =>
              fs.promises.mkdir(at).catch((error: NodeJS.ErrnoException) => {
                if (error.code !== "EEXIST") throw error;
              }),
            );
      made.set(at, done);
    }
    return done;
  };
  return { make };
}

export function hashOf(content: string | Buffer): string {
  return sha256([content]);
}

/**
 * Empties a folder by moving it into `trash` and deleting it there in a background process,
 * so the build does not wait for thousands of files to be unlinked; deletes in place when the
 * move is not possible (another disk, a mount point).
 */
function clearAside(dir: string, trash: string) {
  if (!fs.existsSync(dir)) return;
  try {
    fs.mkdirSync(trash, { recursive: true });
    fs.renameSync(dir, path.join(trash, `${process.pid}-${Date.now()}`));
    const remove = `require("fs").rmSync(${JSON.stringify(trash)}, { recursive: true, force: true })`;
    spawn(process.execPath, ["-e", remove], { detached: true, stdio: "ignore" }).unref();
  } catch {
    for (const entry of fs.readdirSync(dir))
      fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
}

function removeEmptyParents(root: string, dir: string) {
  const top = path.resolve(root);
  for (let at = path.resolve(dir); at.startsWith(top + path.sep); at = path.dirname(at)) {
    try {
      fs.rmdirSync(at);
    } catch {
      return;
    }
  }
}

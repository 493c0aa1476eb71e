import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { sha256 } from "./hash.ts";

/**
 * The output folder, written incrementally: each file is recorded with a key (a hash of what
 * it was made from) in a manifest kept in the build cache; a file whose key and size are as
 * the last build left them is not made or written again, and files the last build wrote that
 * this one does not are deleted. With no manifest (a first build, or after BLOG_CACHE=0),
 * everything is written.
 *
 * Files are written by a thread of their own while the build goes on: making a file costs
 * about a millisecond of waiting for the disk on the machines measured, which for the 31,000
 * files of a 10,000-post site kept the build's thread waiting instead of rendering; written
 * in the background on the build's own thread, they waited for it to finish rendering the
 * pages (figures in BENCHMARKS.md). `finish()` waits for every write, and fails with the
 * first error.
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
  const writer = fileWriter();
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
      const encoded = typeof content === "string";
      const bytes = encoded ? encoder.encode(content) : content;
      next[rel] = [key, bytes.length];
      // Bytes encoded here are moved to the writing thread (`bytes` is empty from here on); a
      // Buffer from elsewhere may share its memory with other Buffers, and is copied.
      writer.write(fileOf(rel), bytes, encoded);
      written++;
    },
    copy(rel, source) {
      const stat = fs.statSync(source);
      const key = `${source}:${stat.size}:${stat.mtimeMs}`;
      if (folder.keep(rel, key)) return;
      writer.copy(fileOf(rel), source);
      next[rel] = [key, stat.size];
      written++;
    },
    has: (rel) => rel in next,
    async finish() {
      await writer.done();
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

const encoder = new TextEncoder();

/**
 * The writing thread: plain JavaScript, evaluated, so it loads nothing of the build. It makes
 * each folder once and writes each file as it comes; after the first error it writes nothing
 * more and reports it when asked whether it is done.
 */
const WRITER = `
const { parentPort } = require("node:worker_threads");
const fs = require("node:fs");
const path = require("node:path");
const made = new Set();
let failure = null;
parentPort.on("message", (job) => {
  if (job.done) return parentPort.postMessage({ failure });
  if (failure) return;
  try {
    const dir = path.dirname(job.file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    if (job.bytes) fs.writeFileSync(job.file, job.bytes);
    else fs.copyFileSync(job.source, job.file);
  } catch (error) {
    failure = { message: String(error.message), code: error.code };
  }
});
`;

/**
 * Hands files to the writing thread, started with the first one; bytes it is told to move
 * wait there, not in the build's memory. `done()` waits for every file, failing with the
 * first error.
 */
function fileWriter() {
  let thread: Worker | null = null;
  // Set when the thread itself fails or stops (it catches the errors of writing).
  let stopped: Error | null = null;
  const send = (job: object, transfer: ArrayBuffer[] = []) => {
    if (!thread) {
      // A page's bytes are freed when the thread's young generation is next collected: kept
      // small, it is collected every few pages, instead of holding most of them to the end.
      const started = new Worker(WRITER, {
        eval: true,
        resourceLimits: { maxYoungGenerationSizeMb: 1 },
      });
      // A build that fails before finish() is not kept running by it.
      started.unref();
      started.on("error", (error) => (stopped ??= error));
      started.on("exit", (code) => {
        if (thread === started) stopped ??= new Error(`the writing thread stopped (${code})`);
      });
      thread = started;
    }
    thread.postMessage(job, transfer);
  };
  return {
    write(file: string, bytes: Uint8Array, move: boolean) {
      send({ file, bytes }, move ? [bytes.buffer as ArrayBuffer] : []);
    },
    copy(file: string, source: string) {
      send({ file, source });
    },
    async done(): Promise<void> {
      const running = thread;
      if (!running) return;
      thread = null;
      running.ref();
      const reply = await new Promise<{ failure: { message: string; code?: string } | null }>(
        (resolve, reject) => {
          if (stopped) return reject(stopped);
          running.once("message", resolve);
          running.once("exit", (code) =>
            reject(stopped ?? new Error(`the writing thread stopped (${code})`)),
          );
          running.postMessage({ done: true });
        },
      );
      await running.terminate();
      if (reply.failure)
        throw Object.assign(new Error(reply.failure.message), { code: reply.failure.code });
    },
  };
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

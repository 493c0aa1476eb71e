import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sha256 } from "./hash.ts";
import { ensureDir } from "./ensure-dir.ts";

/**
 * The output folder, written incrementally: each file is recorded with a key (a hash of what
 * it was made from) in a manifest kept in the build cache; a file whose key and size are as
 * the last build left them is not made or written again, and files the last build wrote that
 * this one does not are deleted. With no manifest (a first build, or after BLOG_CACHE=0),
 * everything is written.
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
  /** Deletes what the last build wrote and this one did not, and saves the manifest. */
  finish(): { written: number; kept: number; removed: number };
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
      ensureDir(path.dirname(file));
      fs.writeFileSync(file, content);
      next[rel] = [key, Buffer.byteLength(content)];
      written++;
    },
    copy(rel, source) {
      const stat = fs.statSync(source);
      const key = `${source}:${stat.size}:${stat.mtimeMs}`;
      if (folder.keep(rel, key)) return;
      const file = fileOf(rel);
      ensureDir(path.dirname(file));
      fs.copyFileSync(source, file);
      next[rel] = [key, stat.size];
      written++;
    },
    has: (rel) => rel in next,
    finish() {
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

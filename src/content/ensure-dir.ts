import fs from "node:fs";

const made = new Set<string>();

/**
 * Makes a folder (and its parents) once per build: a build writes thousands of files into the
 * same folders, and asking the file system again for each of them is slow on some disks.
 */
export function ensureDir(dir: string): void {
  if (made.has(dir)) return;
  fs.mkdirSync(dir, { recursive: true });
  made.add(dir);
}

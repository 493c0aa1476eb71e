import fs from "node:fs";
import path from "node:path";

const made = new Set<string>();

/**
 * Makes a folder (and its parents) once per build: a build writes thousands of files into the
 * same folders, and asking the file system again for each of them is slow on some disks. The
 * missing folders are made from the nearest one already made, downwards: a recursive mkdir
 * tries the deepest folder first and fails once per missing parent, and Hugo-style dated URLs
 * (`/writing/2015/10/04/otto/`) miss several parents at a time.
 */
export function ensureDir(dir: string): void {
  const missing: string[] = [];
  for (let at = path.resolve(dir); !made.has(at); at = path.dirname(at)) {
    if (path.dirname(at) === at) {
      // No folder on the way is known yet (the build's first file): make it all at once.
      fs.mkdirSync(dir, { recursive: true });
      for (const folder of [...missing, at]) made.add(folder);
      return;
    }
    missing.push(at);
  }
  for (const folder of missing.reverse()) {
    try {
      fs.mkdirSync(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") {
        // A folder made earlier in this process was deleted since: make the whole path.
        fs.mkdirSync(dir, { recursive: true });
        for (const each of missing) made.add(each);
        return;
      }
      if (code !== "EEXIST") throw error;
    }
    made.add(folder);
  }
}

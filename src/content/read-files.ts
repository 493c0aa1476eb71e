import fs from "node:fs";
import path from "node:path";
import { globSync } from "tinyglobby";

/** One Markdown file found under the content folder. */
export interface SourceFile {
  /** Path relative to the site root, POSIX slashes (`content/writing/2017.md`). */
  file: string;
  absPath: string;
  /** Path relative to the content folder (`writing/2017.md`). */
  relPath: string;
}

/** Lists every Markdown file (`.md`, `.markdown`) under the content folder, sorted. No parsing. */
export function findMarkdownFiles(root: string, contentDir: string): SourceFile[] {
  return globSync(["**/*.md", "**/*.markdown"], {
    cwd: contentDir,
    caseSensitiveMatch: false,
    followSymbolicLinks: false,
    ignore: ["**/node_modules/**"],
  })
    .sort()
    .map((relPath) => {
      const absPath = path.join(contentDir, relPath);
      return { relPath, absPath, file: toPosix(path.relative(root, absPath)) };
    });
}

/** Reads a file's bytes. */
export function readBytes(file: SourceFile): Buffer {
  return fs.readFileSync(file.absPath);
}

export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

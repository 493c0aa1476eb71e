import fs from "node:fs";
import path from "node:path";
import { globSync } from "tinyglobby";
import { ContentError, positionAt } from "../errors.ts";

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

/**
 * Reads a Markdown file as UTF-8 text. Throws a ContentError at the first offending byte for a
 * binary file (a NUL byte), a UTF-16 file, or any byte sequence that is not UTF-8.
 */
export function readText(file: SourceFile): string {
  return decodeUtf8(readBytes(file), file.file);
}

/** Decodes UTF-8 bytes, dropping a BOM. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const at = (offset: number) =>
    positionAt(new TextDecoder("utf-8").decode(bytes.subarray(0, offset)), Number.MAX_SAFE_INTEGER);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ContentError(
      file,
      1,
      1,
      "the file is UTF-16, not UTF-8",
      'save it as UTF-8 (most editors offer this under "Save with encoding")',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = positionAt(
      Buffer.from(bytes.subarray(0, nul)).toString("latin1"),
      nul,
    );
    throw new ContentError(
      file,
      line,
      column,
      "this looks like a binary file, not Markdown (it holds a NUL byte)",
      "remove it from the content folder or rename it away from .md",
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // The longest prefix with no invalid sequence (an unfinished one at its end is allowed),
    // by bisection: its length is where the first bad byte is.
    let good = 0;
    let bad = bytes.length;
    while (bad - good > 1) {
      const mid = (good + bad) >>> 1;
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        good = mid;
      } catch {
        bad = mid;
      }
    }
    // The bad sequence starts at an unfinished one at the end of that prefix, if any.
    let start = good;
    for (let p = good - 1; p >= Math.max(0, good - 3); p--) {
      const b = bytes[p]!;
      if ((b & 0xc0) === 0x80) continue;
      if (b >= 0xc0 && p + (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > good) start = p;
      break;
    }
    const { line, column } = at(start);
    throw new ContentError(
      file,
      line,
      column,
      "the file is not valid UTF-8",
      'save it as UTF-8 (most editors offer this under "Save with encoding")',
    );
  }
}

/** A path with POSIX slashes. */
export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

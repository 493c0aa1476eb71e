/** A problem with one content file, located at a line and column (both 1-based). */
export class ContentError extends Error {
  constructor(
    /** Path of the file as the user should open it. */
    readonly file: string,
    readonly line: number,
    readonly column: number,
    /** What is wrong. */
    readonly problem: string,
    /** How to fix it. */
    readonly hint: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}; ${hint}`);
    this.name = "ContentError";
  }
}

/** 1-based line and column of a character offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

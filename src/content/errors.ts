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

/** Several located problems in one file. */
export class AggregateContentError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map((e) => e.message).join("\n"));
  }
}

/** Something worth telling the author about a published post, at a line of its file. */
export interface ContentWarning {
  line: number;
  column: number;
  message: string;
}

/** What went wrong with a file, as located errors (anything unexpected at its line 1). */
export function errorsOf(error: unknown, file: string): ContentError[] {
  if (error instanceof ContentError) return [error];
  if (error instanceof AggregateContentError) return error.errors;
  return [
    new ContentError(
      file,
      1,
      1,
      `could not read this file: ${(error as Error).message}`,
      "check that it is a Markdown text file",
    ),
  ];
}

/** A ContentError as plain data (to cross threads) and back. */
export type ContentErrorData = Pick<ContentError, "file" | "line" | "column" | "problem" | "hint">;

export function toErrorData(error: ContentError): ContentErrorData {
  const { file, line, column, problem, hint } = error;
  return { file, line, column, problem, hint };
}

export function fromErrorData(data: ContentErrorData): ContentError {
  return new ContentError(data.file, data.line, data.column, data.problem, data.hint);
}

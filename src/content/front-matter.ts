import { parseDocument } from "yaml";
import { parse as parseToml, TomlError } from "smol-toml";
import { ContentError, positionAt } from "./content-error";

export type FrontMatterFormat = "yaml" | "toml" | "json" | "none";

/** A post file split into its front matter data and its Markdown body. */
export interface FrontMatter {
  format: FrontMatterFormat;
  data: Record<string, unknown>;
  /** The Markdown after the front matter, with line breaks normalised to LF. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level key, for errors about a field. */
  keyLines: Record<string, number>;
}

const DELIMITERS = { "---": "yaml", "+++": "toml" } as const;

/** Removes a BOM and turns CRLF/CR into LF, keeping line numbers as they were. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Splits YAML (`---`), TOML (`+++`) or JSON (`{ … }`) front matter from the body and parses
 * it. Throws a ContentError located in the file for an unclosed block or invalid data.
 */
export function parseFrontMatter(source: string, file: string): FrontMatter {
  const text = normaliseText(source);
  const lines = text.split("\n");
  const first = (lines[0] ?? "").trimEnd();
  if (first === "---" || first === "+++") {
    const format = DELIMITERS[first];
    const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === first);
    if (close < 0) {
      throw new ContentError(
        file,
        1,
        1,
        `front matter opened with \`${first}\` is never closed`,
        `add a line with only \`${first}\` after the last front matter field`,
      );
    }
    const raw = lines.slice(1, close).join("\n");
    const data = format === "yaml" ? parseYaml(raw, file) : parseTomlBlock(raw, file);
    return {
      format,
      data,
      body: lines.slice(close + 1).join("\n"),
      bodyLine: close + 2,
      keyLines: findKeyLines(lines, 1, close),
    };
  }
  if (first.startsWith("{")) {
    for (let end = 0; end < lines.length; end++) {
      if (lines[end]!.trimEnd() !== "}") continue;
      const raw = lines.slice(0, end + 1).join("\n");
      try {
        const data: unknown = JSON.parse(raw);
        if (isRecord(data)) {
          return {
            format: "json",
            data,
            body: lines.slice(end + 1).join("\n"),
            bodyLine: end + 2,
            keyLines: findKeyLines(lines, 0, end),
          };
        }
      } catch (error) {
        const at = /position (\d+)/.exec(String(error));
        if (lines.slice(end + 1).some((l) => l.trimEnd() === "}")) continue;
        const { line, column } = positionAt(raw, at ? Number(at[1]) : 0);
        throw new ContentError(
          file,
          line,
          column,
          `invalid JSON front matter: ${(error as Error).message}`,
          "fix the JSON object at the top of the file (keys and strings in double quotes, no trailing commas)",
        );
      }
    }
    throw new ContentError(
      file,
      1,
      1,
      "JSON front matter opened with `{` is never closed",
      "end the JSON object with a line that holds only `}`",
    );
  }
  return { format: "none", data: {}, body: text, bodyLine: 1, keyLines: {} };
}

function parseYaml(raw: string, file: string): Record<string, unknown> {
  // YAML 1.2 core schema: timestamps stay strings, so the written offset is never lost.
  const doc = parseDocument(raw, { schema: "core", uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    const problem = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    throw new ContentError(
      file,
      pos.line + 1,
      pos.col,
      `invalid YAML front matter: ${problem}`,
      "fix the YAML between the `---` lines (quote values that contain `: ` or start with a special character)",
    );
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return {};
  if (!isRecord(data)) {
    throw new ContentError(
      file,
      2,
      1,
      "front matter is not a set of `key: value` fields",
      "write one `key: value` per line between the `---` lines",
    );
  }
  return data;
}

function parseTomlBlock(raw: string, file: string): Record<string, unknown> {
  try {
    return parseToml(raw) as Record<string, unknown>;
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1;
    const column = error instanceof TomlError ? error.column : 1;
    const problem = String((error as Error).message).split("\n")[0]!;
    throw new ContentError(
      file,
      line + 1,
      column,
      `invalid TOML front matter: ${problem}`,
      'fix the TOML between the `+++` lines (strings in quotes: title = "…")',
    );
  }
}

/** 1-based line of each top-level key in lines [from, to). */
function findKeyLines(lines: string[], from: number, to: number): Record<string, number> {
  const found: Record<string, number> = {};
  for (let i = from; i < to; i++) {
    const m = /^\s{0,2}"?([A-Za-z_][\w-]*)"?\s*[:=]/.exec(lines[i]!);
    if (m && !(m[1]! in found)) found[m[1]!] = i + 1;
  }
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

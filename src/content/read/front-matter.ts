import { isMap, isScalar, parseDocument, visit, type Document } from "yaml";
import { parse as parseToml, TomlError } from "smol-toml";
import { ContentError, positionAt, type ContentWarning } from "../errors.ts";

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
  /** What was read leniently, as another engine reads it (a key written twice). */
  warnings?: ContentWarning[];
}

const DELIMITERS = { "---": "yaml", "+++": "toml" } as const;

/** Removes a BOM and turns CRLF/CR into LF, keeping line numbers as they were. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Splits YAML (`---`), TOML (`+++`) or JSON (`{ … }`) front matter from the body and parses
 * it. Throws a ContentError located in the file (line 1 is the opening delimiter) for an
 * unclosed block or invalid data.
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
    const parsed = format === "yaml" ? parseYamlBlock(raw, file) : parseTomlBlock(raw, file);
    return {
      format,
      data: parsed.data,
      body: lines.slice(close + 1).join("\n"),
      bodyLine: close + 2,
      keyLines: parsed.keyLines,
      ...(parsed.warnings?.length ? { warnings: parsed.warnings } : {}),
    };
  }
  if (text.startsWith("{")) return parseJsonBlock(text, file);
  return { format: "none", data: {}, body: text, bodyLine: 1, keyLines: {} };
}

interface Parsed {
  data: Record<string, unknown>;
  keyLines: Record<string, number>;
  warnings?: ContentWarning[];
}

/** YAML between `---` lines; `raw` starts on line 2 of the file. */
function parseYamlBlock(raw: string, file: string): Parsed {
  // YAML 1.2 core schema: timestamps stay strings, so the written offset is never lost. A key
  // written twice is read as Jekyll reads it (the last wins), with a warning (below).
  const doc = parseDocument(raw, { schema: "core", uniqueKeys: false, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = positionAt(raw, error.pos[0]);
    throw new ContentError(
      file,
      at.line + 1,
      at.column,
      `invalid YAML front matter: ${error.message.split("\n")[0]}`,
      "fix the YAML between the `---` lines (quote values that contain `: ` or start with a special character)",
    );
  }
  const data = yamlToData(doc, raw, file);
  if (data === null || data === undefined) return { data: {}, keyLines: {} };
  if (!isRecord(data) || !isMap(doc.contents)) {
    throw new ContentError(
      file,
      2,
      1,
      "front matter is not a set of `key: value` fields",
      "write one `key: value` per line between the `---` lines",
    );
  }
  const keyLines: Record<string, number> = {};
  const warnings: ContentWarning[] = [];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const at = positionAt(raw, pair.key.range[0]);
    const before = keyLines[key];
    if (before !== undefined)
      warnings.push({
        line: at.line + 1,
        column: at.column,
        message: `the front matter key "${key}" is written twice (lines ${before} and ${at.line + 1}); the last one is read, as Jekyll reads it; remove the other`,
      });
    keyLines[key] = at.line + 1;
  }
  return { data, keyLines, ...(warnings.length > 0 ? { warnings } : {}) };
}

/**
 * The document's data; an alias to an anchor that was never set, or too many aliases (a
 * "billion laughs"), becomes an error located at the alias.
 */
function yamlToData(doc: Document, raw: string, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        if (node.resolve(doc) === undefined && node.range) {
          offset = node.range[0];
          return visit.BREAK;
        }
        return undefined;
      },
    });
    const at = positionAt(raw, offset);
    throw new ContentError(
      file,
      at.line + 1,
      at.column,
      `invalid YAML front matter: ${(error as Error).message}`,
      "define the anchor (`&name`) before its alias (`*name`), or quote a value that starts with `*`",
    );
  }
}

/** TOML between `+++` lines; `raw` starts on line 2 of the file. */
function parseTomlBlock(raw: string, file: string): Parsed {
  let data: Record<string, unknown>;
  try {
    data = parseToml(raw) as Record<string, unknown>;
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1;
    const column = error instanceof TomlError ? error.column : 1;
    const problem = String((error as Error).message)
      .split("\n")[0]!
      .replace(/^Invalid TOML document: /, "");
    throw new ContentError(
      file,
      line + 1,
      column,
      `invalid TOML front matter: ${problem}`,
      'fix the TOML between the `+++` lines (strings in quotes: title = "…")',
    );
  }
  // Top-level keys are the ones before the first [table] header.
  const keyLines: Record<string, number> = {};
  const lines = raw.split("\n");
  for (let i = 0; i < lines.length && !/^\s*\[/.test(lines[i]!); i++) {
    const m = /^\s*(?:"([^"]+)"|'([^']+)'|([\w-]+))\s*=/.exec(lines[i]!);
    const key = m?.[1] ?? m?.[2] ?? m?.[3];
    if (key !== undefined && !(key in keyLines)) keyLines[key] = i + 2;
  }
  return { data, keyLines };
}

/**
 * JSON front matter: the object that opens the file, up to its matching `}` (found as Hugo's
 * lexer finds it, minding strings), parsed with JSON.parse.
 */
function parseJsonBlock(text: string, file: string): FrontMatter {
  const keyLines: Record<string, number> = {};
  let depth = 0;
  let end = -1;
  let line = 1;
  for (let i = 0; i < text.length && end < 0; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (depth === 0) end = i;
    } else if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"' && text[i] !== "\n"; i++)
        if (text[i] === "\\") i++;
      if (text[i] === "\n") line++;
      if (depth === 1 && /^\s*:/.test(text.slice(i + 1, i + 40))) {
        try {
          const key = JSON.parse(text.slice(start, i + 1)) as string;
          if (!(key in keyLines)) keyLines[key] = line;
        } catch {
          /* reported by JSON.parse below */
        }
      }
    }
  }
  if (end < 0) {
    throw new ContentError(
      file,
      1,
      1,
      "JSON front matter opened with `{` is never closed",
      "end the JSON object with a matching `}`",
    );
  }
  const raw = text.slice(0, end + 1);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const message = (error as Error).message;
    const { line: errorLine, column } = positionAt(raw, jsonErrorOffset(message, raw));
    throw new ContentError(
      file,
      errorLine,
      column,
      `invalid JSON front matter: ${describeJsonError(message)}`,
      "fix the JSON object at the top of the file (keys and strings in double quotes, no trailing commas)",
    );
  }
  if (!isRecord(data)) throw new Error("unreachable: a JSON text starting with { is an object");
  // The line after the closing brace starts the body (Hugo drops the rest of that line's break).
  const rest = text.slice(end + 1);
  const body = rest.startsWith("\n") ? rest.slice(1) : rest;
  return {
    format: "json",
    data,
    body,
    bodyLine: positionAt(text, end).line + (rest.startsWith("\n") ? 1 : 0),
    keyLines,
  };
}

/** Where V8's JSON.parse failed: from "at position N", or from the quoted context it shows. */
function jsonErrorOffset(message: string, raw: string): number {
  const at = / at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/Unexpected end of JSON input/.test(message)) return raw.length;
  // `Unexpected token 'x', ..."context"... is not valid JSON`: the context is the 10 characters
  // either side of the bad token, with `...` where it was cut.
  const context = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(
    message,
  );
  if (context) {
    const [, cutBefore, snippet] = context;
    if (!cutBefore) return Math.max(0, snippet!.length - 10);
    const found = raw.indexOf(snippet!);
    if (found >= 0) return found + 10;
  }
  return 0;
}

/** V8's message without its position and context: `expected ',' or '}' after property value`. */
function describeJsonError(message: string): string {
  const token = /^Unexpected token (.*?), /.exec(message);
  const text = token
    ? `unexpected token ${token[1]}`
    : message.replace(/ in JSON at position \d+.*$/s, "").replace(/ at position \d+.*$/s, "");
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

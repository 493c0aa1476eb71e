import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { parseFrontMatter } from "../../../../src/content/read/front-matter.ts";
import { readPostMeta } from "../../../../src/content/read/post-schema.ts";
import { parseMarkdown } from "../../../../src/content/post/markdown.ts";
import { readRetrospective } from "../../../../src/content/post/timeline/read-retrospective.ts";
import type { ExtractedRetrospective } from "../../../../src/content/post/timeline/extract-retrospective.ts";
import type { ExpectedReading } from "../expected-readings.ts";

/** `../shared/corpus` beside the project, read in place (never copied into the repository). */
export const SHARED_CORPUS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../../shared/corpus",
);

/** Every post of the corpus the readings cover, as paths relative to `../shared/corpus`, sorted. */
export function listReadingPosts(): string[] {
  const files: string[] = [];
  for (const dir of ["deeeet/content", "retrospectives/posts"]) {
    const root = path.join(SHARED_CORPUS, dir);
    for (const file of fs.readdirSync(root, { recursive: true, encoding: "utf8" }))
      if (/\.(?:md|markdown)$/.test(file)) files.push(`${dir}/${file.split(path.sep).join("/")}`);
  }
  return files.sort();
}

/** A corpus post as the build reads it: its detection (or the error that stops it) and tree. */
export interface ReadPost {
  file: string;
  /** The build's error when the front matter does not read, else null. */
  error: string | null;
  /** The year it is a retrospective of, or null. */
  year: number | null;
  /** The rule that made it one. */
  rule: string | null;
  root: Root;
}

/** Reads a post with the build's own front matter reader, detector and Markdown parser. */
export function readPost(file: string): ReadPost {
  const source = fs.readFileSync(path.join(SHARED_CORPUS, file), "utf8");
  const base = path.basename(file).replace(/\.(md|markdown)$/i, "");
  let fm;
  try {
    fm = parseFrontMatter(source, file);
    const meta = readPostMeta(fm, file, base);
    const root = bodyTree(fm.body, fm.bodyLine);
    const found = readRetrospective(meta, root);
    return { file, error: null, year: found?.year ?? null, rule: found?.rule ?? null, root };
  } catch (error) {
    return {
      file,
      error: (error as Error).message.split("\n")[0]!,
      year: null,
      rule: null,
      root: fm ? bodyTree(fm.body, fm.bodyLine) : { type: "root", children: [] },
    };
  }
}

function bodyTree(body: string, bodyLine: number): Root {
  const root = parseMarkdown(body);
  const shift = (node: Root | RootContent) => {
    if (node.position) {
      node.position.start.line += bodyLine - 1;
      node.position.end.line += bodyLine - 1;
    }
    if ("children" in node) for (const child of node.children) shift(child);
  };
  shift(root);
  return root;
}

const flat = (text: string) => text.replace(/\s+/g, " ");

/** The text of a part: its heading (when it starts at one) and its nodes. */
function partText(root: Root, part: { anchorLine: number; nodes: RootContent[] }): string {
  const top = root.children.find((block) => block.position?.start.line === part.anchorLine);
  const heading = top?.type === "heading" ? toString(top) : "";
  return flat(`${heading} ${part.nodes.map((node) => toString(node)).join(" ")}`);
}

const sameMonths = (a: number[], b: number | number[]) => {
  const want = typeof b === "number" ? [b] : b;
  return a.length === want.length && a.every((m, i) => m === want[i]);
};

/** Counts of a classifier against a hand-written reading. */
export interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export const precision = (c: Counts) =>
  c.truePositive + c.falsePositive === 0 ? 1 : c.truePositive / (c.truePositive + c.falsePositive);
export const recall = (c: Counts) =>
  c.truePositive + c.falseNegative === 0 ? 1 : c.truePositive / (c.truePositive + c.falseNegative);

/** One post's month placement against its reading, with what went wrong. */
export interface MonthScore extends Counts {
  wrong: string[];
  missed: string[];
  /** `never` passages found in a month */
  plansInMonths: string[];
  outlookFound: number;
  outlookMissed: string[];
}

/**
 * Scores the month entries of a retrospective: an entry is right when it holds a passage the
 * reading puts under exactly its months (each passage counts once), ignored when it holds an
 * `either` passage, and wrong otherwise; a passage of the reading no entry holds is missed.
 */
export function scoreMonths(
  root: Root,
  result: ExtractedRetrospective,
  reading: ExpectedReading,
): MonthScore {
  const expected = (reading.months ?? []).map(([months, words]) => ({
    months,
    words,
    used: false,
  }));
  const score: MonthScore = {
    truePositive: 0,
    falsePositive: 0,
    falseNegative: 0,
    wrong: [],
    missed: [],
    plansInMonths: [],
    outlookFound: 0,
    outlookMissed: [],
  };
  for (const entry of result.months) {
    const text = partText(root, entry);
    const match = expected.find(
      (item) => !item.used && sameMonths(entry.months, item.months) && text.includes(item.words),
    );
    if (match) {
      match.used = true;
      score.truePositive++;
    } else if ((reading.either ?? []).some((words) => text.includes(words))) {
      continue;
    } else {
      score.falsePositive++;
      score.wrong.push(`L${entry.anchorLine} [${entry.months.join(",")}] ${text.slice(0, 40)}`);
    }
    for (const words of reading.never ?? [])
      if (text.includes(words)) score.plansInMonths.push(words);
  }
  for (const item of expected)
    if (!item.used) {
      score.falseNegative++;
      score.missed.push(`[${String(item.months)}] ${item.words}`);
    }
  const outlook = result.outlook.map(
    (section) => flat(`${section.title} `) + partText(root, section),
  );
  for (const words of reading.outlook ?? []) {
    if (outlook.some((text) => text.includes(words))) score.outlookFound++;
    else score.outlookMissed.push(words);
  }
  return score;
}

export const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

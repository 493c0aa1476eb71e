import type { Root } from "mdast";
import type { PostMeta } from "../../read/post-schema.ts";
import { detectRetrospective, type RetrospectiveRule } from "./detect-retrospective.ts";
import { extractRetrospective, type ExtractedRetrospective } from "./extract-retrospective.ts";

/** A post read as a yearly retrospective: its year, why it is one, and its parts. */
export interface RetrospectiveReading {
  year: number;
  /** The detection rule that made the post a retrospective (see docs/timeline.md). */
  rule: RetrospectiveRule;
  /** That rule in words, for the build report. */
  reason: string;
  extracted: ExtractedRetrospective;
}

/** Reads a post as a retrospective (detection, then extraction), or null when it is not one. */
export function readRetrospective(meta: PostMeta, tree: Root): RetrospectiveReading | null {
  const found = detectRetrospective({
    title: meta.title,
    tags: meta.tags,
    categories: meta.categories,
    retrospective: meta.retrospective,
    dateYear: meta.date.year,
    dateMonth: meta.date.month,
  });
  if (!found) return null;
  return { ...found, extracted: extractRetrospective(tree, found.year) };
}

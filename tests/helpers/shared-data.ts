import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The real blogs the tests read in place: `../shared/` beside the checkout (as in CI). A clone
 * anywhere else has no such folder; the tests that need it are then skipped, each file saying
 * so in one line, and the project's own fixtures (tests/fixtures/content/hugo-site) cover
 * the same behaviours.
 */
const root = path.resolve(import.meta.dirname, "../..");

/** The first user's whole Hugo blog (195 posts, 2013-2021). */
export const CORPUS = path.resolve(root, "../shared/corpus/deeeet");

/**
 * Whether `folder` is there; when it is not, prints one line naming it, once per run: the
 * mark is kept in the environment, which Playwright's and vitest's workers inherit.
 */
export function sharedFolder(folder: string = CORPUS): boolean {
  if (fs.existsSync(folder)) return true;
  const mark = `FURIKAERI_SKIPPED_${createHash("sha256").update(folder).digest("hex").slice(0, 8)}`;
  if (!process.env[mark]) {
    process.env[mark] = "1";
    console.log(`skipped: ${folder} is not beside this checkout (it only is in CI)`);
  }
  return false;
}

import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractRetrospective } from "../../../src/content/post/timeline/extract-retrospective.ts";
import { EXPECTED_READINGS } from "./expected-readings.ts";
import {
  SHARED_CORPUS,
  listReadingPosts,
  percent,
  precision,
  readPost,
  recall,
  scoreMonths,
  type Counts,
} from "./helpers/readings.ts";

/**
 * The timeline against the hand-written readings of ../shared/corpus (expected-readings.ts):
 * precision and recall of detection (is it a yearly retrospective, of which year) and of month
 * placement (which passages go under which month), printed for the record. `npm run
 * timeline:accuracy` runs this file alone.
 */
const present = fs.existsSync(`${SHARED_CORPUS}/retrospectives/posts`);

if (!present) {
  it.skip(`../shared/corpus/retrospectives is absent: hand-written readings not checked`, () => {});
} else {
  describe("the timeline against hand-written readings of ../shared/corpus", () => {
    const files = listReadingPosts();
    const posts = files.map(readPost);

    it("has a reading for every post of the many-author set", () => {
      const unread = files.filter(
        (file) => file.startsWith("retrospectives/") && !(file in EXPECTED_READINGS),
      );
      expect(unread).toEqual([]);
    });

    const detection: Counts = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
    const detectionErrors: string[] = [];
    for (const post of posts) {
      const want = EXPECTED_READINGS[post.file]?.year ?? null;
      if (post.year !== null && post.year === want) detection.truePositive++;
      else {
        if (post.year !== null) {
          detection.falsePositive++;
          detectionErrors.push(
            `${post.file}: read as ${post.year} (${post.rule}), expected ${want}`,
          );
        }
        if (want !== null) {
          detection.falseNegative++;
          detectionErrors.push(`${post.file}: missed (${post.error ?? "not detected"})`);
        }
      }
    }

    const months: Counts = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
    const monthErrors: string[] = [];
    const plansInMonths: string[] = [];
    let outlookFound = 0;
    let outlookTotal = 0;
    for (const post of posts) {
      const reading = EXPECTED_READINGS[post.file];
      if (!reading || reading.year === null) continue;
      // Placement is scored on the expected year, apart from detection.
      const score = scoreMonths(post.root, extractRetrospective(post.root, reading.year), reading);
      months.truePositive += score.truePositive;
      months.falsePositive += score.falsePositive;
      months.falseNegative += score.falseNegative;
      for (const wrong of score.wrong) monthErrors.push(`${post.file}: wrong ${wrong}`);
      for (const missed of score.missed) monthErrors.push(`${post.file}: missed ${missed}`);
      for (const plan of score.plansInMonths) plansInMonths.push(`${post.file}: ${plan}`);
      outlookFound += score.outlookFound;
      outlookTotal += score.outlookFound + score.outlookMissed.length;
      for (const missed of score.outlookMissed)
        monthErrors.push(`${post.file}: outlook missed ${missed}`);
    }

    it("prints precision and recall", () => {
      const lines = [
        `timeline readings (${posts.length} posts of ../shared/corpus):`,
        `  detection        precision ${percent(precision(detection))}  recall ${percent(recall(detection))}  (${detection.truePositive} right, ${detection.falsePositive} wrong, ${detection.falseNegative} missed)`,
        `  month placement  precision ${percent(precision(months))}  recall ${percent(recall(months))}  (${months.truePositive} right, ${months.falsePositive} wrong, ${months.falseNegative} missed)`,
        `  outlook          ${outlookFound}/${outlookTotal} passages found; plans or other years shown in a month: ${plansInMonths.length}`,
      ];
      if (process.env.TIMELINE_DETAILS)
        lines.push(
          ...detectionErrors,
          ...monthErrors,
          ...plansInMonths.map((p) => `plan in month: ${p}`),
        );
      console.log(lines.join("\n"));
      expect(posts.length).toBeGreaterThan(200);
    });

    // Floors a little under the figures of issue 13 (100%/100% detection, 100%/99.4%
    // placement): a rule change that loses posts or months fails here, with the list above.
    it("keeps detection and month placement at their measured level", () => {
      expect(precision(detection), detectionErrors.join("\n")).toBeGreaterThanOrEqual(0.97);
      expect(recall(detection), detectionErrors.join("\n")).toBeGreaterThanOrEqual(0.97);
      expect(precision(months), monthErrors.join("\n")).toBeGreaterThanOrEqual(0.97);
      expect(recall(months), monthErrors.join("\n")).toBeGreaterThanOrEqual(0.95);
      expect(plansInMonths).toEqual([]);
    });
  });
}

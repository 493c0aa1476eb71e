import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { buildRunner } from "../helpers/run-build.ts";

const runner = buildRunner("furikaeri-determinism-");
afterAll(() => runner.cleanup());

/** Every file under a folder, relative path → SHA-256 of its bytes. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile())
      out[file] = createHash("sha256").update(fs.readFileSync(full)).digest("hex");
  }
  return out;
}

// mixed-formats has dates with and without offsets, one late at night in Los Angeles, and
// 1994-12-31, a day Kiritimati skipped: a label made through local time would differ there.
it("writes byte-identical output whatever the build machine's time zone and locale", async () => {
  const machines = [
    { TZ: "UTC", LANG: "C", LC_ALL: "C" },
    { TZ: "Pacific/Kiritimati", LANG: "ja_JP.UTF-8", LC_ALL: "ja_JP.UTF-8" },
  ];
  const results = await Promise.all(
    machines.map(async (machine, i) => {
      const out = runner.out(`out-${i}`);
      const { code } = await runner.build({
        ...machine,
        BLOG_CONTENT: "tests/fixtures/content/mixed-formats",
        BLOG_OUT: out,
        // Each build works everything out itself, rather than one reusing the other's posts.
        BLOG_CACHE: "0",
      });
      expect(code).toBe(0);
      return hashes(out);
    }),
  );
  expect(Object.keys(results[0]!).length).toBeGreaterThan(10);
  expect(results[0]!["writing/2017/12/31/late-night-in-los-angeles/index.html"]).toBeDefined();
  expect(results[1]).toEqual(results[0]);
}, 90_000);

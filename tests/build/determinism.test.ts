import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-determinism-"));
const outs: string[] = [];
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  // The build keeps its prerender bundle in a cache folder named after the output folder.
  for (const out of outs) {
    const hash = createHash("sha1").update(out).digest("hex").slice(0, 12);
    fs.rmSync(path.join(root, "node_modules/.cache/furikaeri", hash), {
      recursive: true,
      force: true,
    });
  }
});

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
      const out = path.join(tmp, `out-${i}`);
      outs.push(out);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...machine,
        VITE_CONFIG_NATIVE_IGNORE_WARNING: "1",
      };
      Object.assign(env, { BLOG_CONTENT: "tests/fixtures/content/mixed-formats", BLOG_OUT: out });
      delete env.BLOG_BASE;
      delete env.BLOG_REPORT;
      await promisify(execFile)("node", ["scripts/build.mjs"], { cwd: root, env });
      return hashes(out);
    }),
  );
  expect(Object.keys(results[0]!).length).toBeGreaterThan(10);
  expect(results[0]!["writing/2017/12/31/late-night-in-los-angeles/index.html"]).toBeDefined();
  expect(results[1]).toEqual(results[0]);
}, 90_000);

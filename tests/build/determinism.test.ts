import { afterAll, expect, it } from "vitest";
import { buildRunner, fileHashes } from "../helpers/run-build.ts";
import { CORPUS, HUGO_FIXTURE } from "../helpers/e2e-sites.ts";
import { sharedFolder } from "../helpers/shared-data.ts";

const runner = buildRunner("furikaeri-determinism-");
afterAll(() => runner.cleanup());

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
      return fileHashes(out);
    }),
  );
  expect(Object.keys(results[0]!).length).toBeGreaterThan(10);
  expect(results[0]!["writing/2017/12/31/late-night-in-los-angeles/index.html"]).toBeDefined();
  expect(results[1]).toEqual(results[0]);
}, 90_000);

// The threads build posts and render pages from plain data: what they make must be exactly what
// one thread makes. (Unset, threads start for 2,000 posts or more; BLOG_THREADS forces them.)
// The real blog where it is beside the checkout, else the project's own Hugo fixture.
const withCorpus = sharedFolder(CORPUS);
it(`writes byte-identical output on worker threads and on one thread (${withCorpus ? "the real blog" : "the Hugo fixture"})`, async () => {
  const results = await Promise.all(
    ["2", "1"].map(async (threads) => {
      const out = runner.out(`threads-${threads}`);
      const { code } = await runner.build({
        BLOG_CONTENT: withCorpus ? CORPUS : HUGO_FIXTURE,
        BLOG_OUT: out,
        BLOG_THREADS: threads,
        BLOG_CACHE: "0",
      });
      expect(code).toBe(0);
      return fileHashes(out);
    }),
  );
  expect(Object.keys(results[0]!).length).toBeGreaterThan(withCorpus ? 400 : 30);
  expect(results[0]).toEqual(results[1]);
}, 120_000);

import fs from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { buildRunner, fileHashes, root } from "../helpers/run-build.ts";

const runner = buildRunner("furikaeri-incremental-");
afterAll(() => runner.cleanup());

const counts = (stdout: string) => {
  const m = /(\d+) files written, (\d+) unchanged, (\d+) removed/.exec(stdout);
  expect(m, stdout).not.toBeNull();
  return { written: Number(m![1]), unchanged: Number(m![2]), removed: Number(m![3]) };
};

it("a rebuild after edits rewrites only what changed, and gives what a build from nothing gives", async () => {
  const site = runner.out("site");
  fs.cpSync(path.join(root, "tests/fixtures/content/hugo-site"), site, { recursive: true });
  const content = (rel: string) => path.join(site, "content", rel);
  const out = runner.out("out");
  const build = (env: Record<string, string> = {}) =>
    runner.build({ BLOG_CONTENT: site, BLOG_OUT: out, ...env });

  expect((await build()).code).toBe(0);
  const withSlug = path.join(out, "blog/2019/04/custom/index.html");
  // The post linking to the first post by its absolute URL gets an in-app link.
  expect(fs.readFileSync(withSlug, "utf8")).toContain('href="/blog/2019/03/first-post/"');

  const unchanged = await build();
  expect(counts(unchanged.stdout)).toMatchObject({ written: 0, removed: 0 });

  // The first post moves (its URL comes from its title), a page goes, an image appears, and one
  // post is edited. The post that links to the first post did not change, but its link must.
  const first = content("blog/first-post.md");
  fs.writeFileSync(
    first,
    fs.readFileSync(first, "utf8").replace("title: First Post", "title: Moved"),
  );
  fs.rmSync(content("about.md"));
  fs.copyFileSync(
    path.join(site, "static/images/present.png"),
    path.join(site, "static/images/missing.png"),
  );
  fs.appendFileSync(content("notes/plain-note.md"), "\nA new closing line.\n");
  const rebuilt = await build();
  expect(rebuilt.code).toBe(0);
  const { written, unchanged: kept, removed } = counts(rebuilt.stdout);
  expect(removed).toBeGreaterThanOrEqual(2); // about/ and the old first-post/ pages
  // The client bundle, the untouched image and pages the edits do not reach stay as they were.
  expect(kept).toBeGreaterThanOrEqual(10);
  expect(written).toBeLessThan(Object.keys(fileHashes(out)).length);
  expect(fs.existsSync(path.join(out, "about/index.html"))).toBe(false);
  expect(fs.readFileSync(withSlug, "utf8")).not.toContain('href="/blog/2019/03/first-post/"');
  expect(fs.readFileSync(path.join(out, "blog/2019/05/images/index.html"), "utf8")).toMatch(
    /<img src="\/images\/missing.png"[^>]* width="\d+" height="\d+"/,
  );

  const fresh = runner.out("fresh");
  expect((await runner.build({ BLOG_CONTENT: site, BLOG_OUT: fresh, BLOG_CACHE: "0" })).code).toBe(
    0,
  );
  expect(fileHashes(out)).toEqual(fileHashes(fresh));
}, 120_000);

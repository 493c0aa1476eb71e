import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildRunner, root } from "../helpers/run-build.ts";

const runner = buildRunner("furikaeri-build-");
const fixture = (name: string) => path.join(root, "tests/fixtures/content", name);
afterAll(() => runner.cleanup());

/** The lines of build output about content (`path:line:column: …`), leaving out Vite's own. */
const located = (output: string) => output.split("\n").filter((l) => /^[^\s:]+:\d+:\d+: /.test(l));

/** Builds a fixture into `out` with extra environment. */
function build(content: string, out: string, extra: Record<string, string> = {}) {
  return runner.build({ BLOG_CONTENT: content, BLOG_OUT: out, ...extra });
}

describe("npm run build", () => {
  it("exits non-zero on bad content and prints every error, located, without a stack trace", async () => {
    const { code, stderr } = await build(fixture("bad-date"), runner.out("bad"));
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr.trim().split("\n").at(-1)).toBe("1 published, 0 skipped, 3 errors");
    expect(located(stderr)).toEqual([
      'february-30.md:4:1: the "date" front matter field is not a valid date: "2017-02-30T10:00:00+09:00"; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+09:00',
      'month-13.md:3:1: the "date" front matter field is not a valid date: "2017-13-01"; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+09:00',
      'words.md:3:1: the "date" front matter field is not a valid date: "last tuesday"; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+09:00',
    ]);
  }, 60_000);

  it("builds a Hugo site: redirect pages for aliases, static files, warnings, the report", async () => {
    const out = runner.out("hugo");
    const report = runner.out("hugo-report.json");
    const { code, stdout, stderr } = await build(fixture("hugo-site"), out, {
      BLOG_REPORT: report,
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      "9 published, 5 skipped (2 _index.md, 1 draft, 1 expired, 1 future), 0 errors",
    );
    expect(located(stderr)).toEqual([
      "content/blog/images.md:8:1: warning: image /images/missing.png is not in the site's static files, so it will show as broken; add the file (static/images/missing.png in a Hugo site) or fix the path",
      "content/blog/images.md:10:4: warning: image /images/also-missing.jpg is not in the site's static files, so it will show as broken; add the file (static/images/also-missing.jpg in a Hugo site) or fix the path",
    ]);
    for (const alias of ["old/first", "blog/2019/03/first-alias"]) {
      const html = fs.readFileSync(path.join(out, alias, "index.html"), "utf8");
      expect(html).toContain(
        '<meta http-equiv="refresh" content="0; url=/blog/2019/03/first-post/">',
      );
      expect(html).toContain(
        '<link rel="canonical" href="https://example.org/blog/2019/03/first-post/">',
      );
    }
    expect(fs.existsSync(path.join(out, "blog/2019/03/first-post/index.html"))).toBe(true);
    expect(fs.existsSync(path.join(out, "about/index.html"))).toBe(true);
    expect(fs.existsSync(path.join(out, "images/present.png"))).toBe(true);
    const files = (JSON.parse(fs.readFileSync(report, "utf8")) as { files: object[] }).files;
    expect(files).toHaveLength(14);
    expect(files).toContainEqual({
      file: "content/blog/draft.md",
      status: "skipped",
      reason: "draft (draft: true); npm run dev shows drafts",
    });
    expect(files).toContainEqual({
      file: "content/blog/first-post.md",
      status: "published",
      url: "/blog/2019/03/first-post/",
    });
  }, 60_000);

  it("never replaces an output folder that holds someone else's files", async () => {
    const out = runner.out("not-a-build");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "thesis.txt"), "years of work");
    const { code, stderr } = await build(fixture("mixed-formats"), out);
    expect(code).toBe(1);
    expect(stderr).toContain("holds files that are not a Furikaeri build");
    expect(fs.readFileSync(path.join(out, "thesis.txt"), "utf8")).toBe("years of work");
  });
});

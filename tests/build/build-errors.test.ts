import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = (name: string) => path.join(root, "tests/fixtures/content", name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-build-"));
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

/** The lines of build output about content (`path:line:column: …`), leaving out Vite's own. */
const located = (output: string) => output.split("\n").filter((l) => /^[^\s:]+:\d+:\d+: /.test(l));

/** Runs the production build as `npm run build` does, and returns its exit code and output. */
async function build(content: string, out: string, extra: Record<string, string> = {}) {
  outs.push(out);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BLOG_CONTENT: content,
    BLOG_OUT: out,
    VITE_CONFIG_NATIVE_IGNORE_WARNING: "1",
    ...extra,
  };
  delete env.BLOG_BASE;
  try {
    const { stdout, stderr } = await promisify(execFile)("node", ["scripts/build.mjs"], {
      cwd: root,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe("npm run build", () => {
  it("exits non-zero on bad content and prints every error, located, without a stack trace", async () => {
    const { code, stderr } = await build(fixture("bad-date"), path.join(tmp, "bad"));
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
    const out = path.join(tmp, "hugo");
    const report = path.join(tmp, "hugo-report.json");
    const { code, stdout, stderr } = await build(fixture("hugo-site"), out, {
      BLOG_REPORT: report,
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      "7 published, 5 skipped (2 _index.md, 1 draft, 1 expired, 1 future), 0 errors",
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
    expect(files).toHaveLength(12);
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
});

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "../helpers/run-build.ts";

// The `furikaeri` command as a user runs it: a process, its exit status and what it prints.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-command-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const version = (
  JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
    version: string;
  }
).version;

async function furikaeri(args: string[], env: Record<string, string> = {}, cwd = tmp) {
  const full: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const key of ["BLOG_CONTENT", "BLOG_OUT", "BLOG_BASE", "BLOG_REPORT"])
    if (!(key in env)) delete full[key];
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(root, "bin/furikaeri.mjs"), ...args],
      { cwd, env: full },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe("furikaeri --help and --version", () => {
  it("--help lists every command and exits 0, doing nothing else", async () => {
    const { code, stdout } = await furikaeri(["--help"]);
    expect(code).toBe(0);
    for (const command of ["build", "dev", "serve", 'new post "Title"', "--content DIR"])
      expect(stdout).toContain(command);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it("--version prints the package's version", async () => {
    expect(await furikaeri(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it("build --help describes build without building", async () => {
    const { code, stdout } = await furikaeri(["build", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--report FILE");
    expect(stdout).not.toContain("furikaeri serve");
  });
});

describe("a command line it does not understand", () => {
  it.each([
    [["frob"], 'unknown command "frob"'],
    [["--frob"], 'unknown option "--frob"'],
    [["build", "--frob"], "Unknown option '--frob'"],
    [["build", "--out"], "--out"],
    [["new", "post"], "missing argument"],
    [["new", "post", "A", "B"], 'unexpected argument "B"'],
    [[], "no command given"],
  ])("furikaeri %j: the problem, the usage, exit status 2", async (args, problem) => {
    const { code, stdout, stderr } = await furikaeri(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toContain(problem);
    expect(stderr).toContain("Usage:");
  });
});

describe("furikaeri new post", () => {
  it("writes the post in the content folder, dated today in the Hugo site's time zone, once", async () => {
    const site = path.join(tmp, "hugo");
    fs.mkdirSync(path.join(site, "content"), { recursive: true });
    fs.writeFileSync(path.join(site, "config.toml"), 'timeZone = "Pacific/Kiritimati"\n');
    const first = await furikaeri(["new", "post", "My First Post", "--content", site]);
    expect(first).toMatchObject({ code: 0, stdout: "wrote hugo/content/posts/my-first-post.md\n" });
    const text = fs.readFileSync(path.join(site, "content/posts/my-first-post.md"), "utf8");
    const date = /^date: (\S+)$/m.exec(text)?.[1] ?? "";
    // Kiritimati is UTC+14 all year; the date is within the run of the command.
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+14:00$/);
    expect(Math.abs(Date.parse(date) - Date.now())).toBeLessThan(120_000);
    expect(text).toMatch(/^---\ntitle: My First Post\n/);

    const again = await furikaeri(["new", "post", "My First Post"], { BLOG_CONTENT: site });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("my-first-post.md already exists; it was left as it is");
    expect(fs.readFileSync(path.join(site, "content/posts/my-first-post.md"), "utf8")).toBe(text);
  }, 60_000);
});

describe("furikaeri build", () => {
  it("builds with --content, --out, --base and --report; flags win over the environment", async () => {
    const out = path.join(tmp, "site");
    const report = path.join(tmp, "report.json");
    const { code, stdout, stderr } = await furikaeri(
      [
        "build",
        "--content",
        path.join(root, "tests/fixtures/content/hugo-site"),
        "--out",
        "site",
        "--base",
        "/blog-base/",
        "--report",
        "report.json",
      ],
      { BLOG_OUT: path.join(tmp, "not-here"), BLOG_BASE: "/not-this/", BLOG_CONTENT: "posts" },
    );
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(code).toBe(0);
    expect(stdout).toContain("9 published");
    expect(fs.existsSync(path.join(tmp, "not-here"))).toBe(false);
    expect(fs.readFileSync(path.join(out, ".base"), "utf8").trim()).toBe("/blog-base/");
    expect(fs.existsSync(path.join(out, "blog/2018/12/2018/index.html"))).toBe(true);
    expect(fs.readFileSync(path.join(out, "index.html"), "utf8")).toContain('href="/blog-base/');
    expect(JSON.parse(fs.readFileSync(report, "utf8"))).toHaveProperty("files");
    const hash = (await import("node:crypto")).createHash("sha256").update(out).digest("hex");
    fs.rmSync(path.join(tmp, "node_modules/.cache/furikaeri/out", `${hash.slice(0, 12)}.json`), {
      force: true,
    });
  }, 120_000);

  it("reports a missing content folder in one line, exit status 1, before any work", async () => {
    const { code, stderr } = await furikaeri(["build", "--content", "no-such-blog", "--out", "x"]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `content folder not found: ${path.join(tmp, "no-such-blog")}; set BLOG_CONTENT (furikaeri build --content) to a folder of Markdown posts or a Hugo site`,
    );
    expect(fs.existsSync(path.join(tmp, "x"))).toBe(false);
  }, 60_000);
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { loadSite } from "../../src/content/site/load-site-here.ts";
import type { LoadedSite } from "../../src/content/site/site-post.ts";
import { MAX_POST_BYTES } from "../../src/content/read/post-limits.ts";

// Big and odd files, generated here (no MB-sized fixtures in the repository). Each blog is read
// by loadSite alone and must finish inside a generous budget of CPU time (what the build costs,
// however busy the machine), with a looser bound on wall-clock time.
const CPU_BUDGET_MS = 10_000;
const WALL_BUDGET_MS = 60_000;
const root = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-large-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const header = (title: string) => `---\ntitle: ${title}\ndate: 2024-01-02\n---\n\n`;

/** Writes one blog of the given files into its own folder, loads it, and times it. */
function load(name: string, files: Record<string, string | Buffer>) {
  const dir = path.join(root, name);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  const site: LoadedSite = loadSite({
    content: dir,
    projectConfig,
    mode: "production",
    now: new Date("2026-01-01T00:00:00Z"),
  });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  expect(cpuMs, `${name} took ${Math.round(cpuMs)} ms of CPU`).toBeLessThan(CPU_BUDGET_MS);
  expect(wallMs, `${name} took ${Math.round(wallMs)} ms`).toBeLessThan(WALL_BUDGET_MS);
  return { site, cpuMs, wallMs };
}

/** The report entry of a blog's only file. */
function only(site: LoadedSite) {
  expect(site.report).toHaveLength(1);
  return site.report[0]!;
}

function nestedList(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`).join("\n");
}

describe("large inputs are published in bounded time", () => {
  test.each([
    [
      "a table of 10,000 rows",
      () =>
        `| a | b |\n| --- | --- |\n` +
        Array.from({ length: 10_000 }, (_, i) => `| row ${i} | ${i * 2} |`).join("\n"),
      (html: string) => expect(html.match(/<tr>/g)).toHaveLength(10_001),
    ],
    [
      "1,000 headings",
      () => Array.from({ length: 1_000 }, (_, i) => `## Heading ${i}\n\ntext ${i}`).join("\n\n"),
      (html: string) => expect(html).toContain('id="heading-999"'),
    ],
    [
      "lists nested 100 deep",
      () => nestedList(100),
      (html: string) => {
        expect(html.match(/<ul>/g)).toHaveLength(100);
        expect(html).toContain("level 100");
      },
    ],
    [
      "a single 1 MB line",
      () => "word ".repeat(200_000) + "END",
      (html: string) => expect(html).toContain("END"),
    ],
    [
      "10,000 opening brackets, image brackets and footnote brackets in a row",
      () => "[".repeat(10_000) + "a\n\n" + "![".repeat(10_000) + "b\n\n" + "[^".repeat(5_000) + "c",
      (html: string) => expect(html).toMatch(/\[{100}a[\s\S]*(!\[){100}b[\s\S]*(\[\^){100}c/),
    ],
    [
      "20,000 asterisks around a letter",
      () => "*".repeat(20_000) + "a" + "*".repeat(20_000),
      (html: string) => {
        expect(html).toMatch(/>a</);
        expect((html.match(/<(em|strong)>/g) ?? []).length).toBeLessThanOrEqual(101);
      },
    ],
  ])(
    "%s",
    (name, body, check) => {
      const { site, cpuMs, wallMs } = load(name.replace(/\W+/g, "-"), {
        "post.md": header(name) + body(),
      });
      expect(site.errors).toEqual([]);
      expect(only(site).status).toBe("published");
      check(site.posts[0]!.detail.html);
      console.log(`${name}: ${Math.round(cpuMs)} ms CPU, ${Math.round(wallMs)} ms wall`);
    },
    120_000,
  );
});

describe("inputs that cannot be posts are refused with a located message", () => {
  test("a 5 MB post is refused before it is read, and the other posts still publish", () => {
    const big = (header("Too big") + `${"word ".repeat(20)}\n\n`.repeat(60_000)).slice(0, 5 << 20);
    expect(Buffer.byteLength(big)).toBe(5 * 1024 * 1024);
    const { site, wallMs } = load("five-mb", { "big.md": big, "ok.md": header("Fine") + "text" });
    expect(wallMs).toBeLessThan(2_000);
    expect(site.errors.map((e) => e.message)).toEqual([
      `big.md:1:1: the file is 5.0 MB, over the ${MAX_POST_BYTES / 1024 / 1024}.0 MB a post may be; ` +
        "split it into several posts, or keep large data out of the content folder",
    ]);
    expect(site.report.map((r) => [r.file, r.status])).toEqual([
      ["big.md", "error"],
      ["ok.md", "published"],
    ]);
  });

  test("raw HTML elements nested 2,000 deep are an error at their line, not a crash", () => {
    const body = "Intro.\n\n" + "<div>".repeat(2_000) + "x" + "</div>".repeat(2_000);
    const { site } = load("deep-html", { "deep.md": header("Deep") + body });
    expect(only(site)).toMatchObject({ status: "error", line: 8, column: 1 });
    expect(only(site).reason).toMatch(/more than 500 levels deep/);
  });

  test("quotes nested 1,000 deep are an error at their line, not a crash", () => {
    const { site } = load("deep-quotes", { "q.md": header("Quotes") + ">".repeat(1_000) + " x" });
    expect(only(site)).toMatchObject({ status: "error", line: 6 });
  });

  test("an empty file is an error that says so", () => {
    const { site } = load("empty", { "empty.md": "" });
    expect(site.errors.map((e) => e.message)).toEqual([
      "empty.md:1:1: the file is empty; write the post (front matter with `title` and `date`, " +
        "then the text) or delete the file",
    ]);
  });

  test("a file of blank lines has no date: an error that says to add one", () => {
    const { site } = load("blank", { "blank.md": "\n\n  \n" });
    expect(only(site)).toMatchObject({ status: "error", line: 1 });
    expect(only(site).reason).toMatch(/no date.*date: YYYY-MM-DD/);
  });

  test("a binary file named .md is an error at its first NUL byte", () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00]);
    const { site } = load("binary", { "image.md": bytes });
    // A PNG's signature holds two line feeds before its first NUL.
    expect(only(site)).toMatchObject({ status: "error", line: 3 });
    expect(only(site).reason).toMatch(/binary file/);
  });
});

describe("a slug or url that climbs out of its folder is refused", () => {
  test.each([
    ["slug", "../../../../timeline"],
    ["url", "/writing/../../outside/"],
    ["slug", "."],
  ])("%s: %s", (field, value) => {
    const { site } = load(`dots-${field}-${value.length}`, {
      "climb.md": `---\ntitle: Climb\ndate: 2024-01-02\n${field}: "${value}"\n---\n\ntext`,
    });
    expect(only(site)).toMatchObject({ status: "error", line: 4, column: 1 });
    expect(only(site).reason).toMatch(/"\." or "\.\." segment/);
  });
});

describe("odd but valid inputs are published", () => {
  test("a file with only front matter is a post with an empty body", () => {
    const { site } = load("front-matter-only", { "title-only.md": header("Only a title") });
    expect(only(site).status).toBe("published");
    expect(site.posts[0]!.detail).toMatchObject({ title: "Only a title", html: "" });
  });

  test("a Japanese file name keeps its Japanese URL", () => {
    const { site } = load("japanese", { "日本語の記事.md": header("日本語") + "本文" });
    expect(only(site)).toMatchObject({
      status: "published",
      url: "/writing/2024/01/02/日本語の記事/",
    });
  });

  test("a post 40 folders deep is found and published", () => {
    const deep = Array.from({ length: 40 }, (_, i) => `d${i}`).join("/");
    const { site } = load("deep-folders", { [`${deep}/post.md`]: header("Deep") + "text" });
    expect(only(site)).toMatchObject({ file: `${deep}/post.md`, status: "published" });
  });
});

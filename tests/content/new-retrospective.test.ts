import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { newRetrospective } from "../../src/authoring/new-retrospective.ts";
import { loadSite } from "../../src/content/site/load-site-here.ts";
import { buildRouteData } from "../../src/content/site/route-data.ts";
import projectConfig from "../../furikaeri.config.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-new-retro-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const copyOf = (from: string) => {
  const to = fs.mkdtempSync(path.join(tmp, "blog-"));
  fs.cpSync(from, to, { recursive: true });
  for (const file of fs.readdirSync(to, { recursive: true, withFileTypes: true }))
    if (file.isFile()) fs.chmodSync(path.join(file.parentPath, file.name), 0o644);
  return to;
};
const now = new Date("2027-12-30T12:00:00Z");
/** The lines under a `## heading` of a draft, up to the next heading. */
const under = (text: string, heading: string) => {
  const lines = text.split("\n");
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== "");
};

describe("new retrospective, on the project's own posts", () => {
  const blog = copyOf(path.resolve("posts"));
  const file = newRetrospective(blog, 2027, { now });
  const text = fs.readFileSync(file, "utf8");

  it("writes YEAR.md where the posts live, as a draft retrospective titled in the site's language", () => {
    expect(file).toBe(path.join(blog, "2027.md"));
    expect(text.startsWith("---\n")).toBe(true);
    expect(text).toContain('\ntitle: "2027年振り返り"\n');
    expect(text).toContain("\ndraft: true\n");
    expect(text).toContain("\nretrospective: 2027\n");
    expect(text).toContain("\ndate: 2027-12-30T12:00:00Z\n");
  });

  it("quotes last year's outlook as a checklist, linked to the retrospective it comes from", () => {
    // posts/retrospective-layout.md is the 2026 retrospective; its `## Looking ahead` is the plan.
    const plans = under(text, "2026年に立てた計画");
    expect(plans[0]).toBe(
      "[How a retrospective becomes a timeline](/writing/2026/11/26/retrospective-layout/)に書いたこと:",
    );
    expect(plans.length).toBeGreaterThan(1);
    for (const item of plans.slice(1)) expect(item).toMatch(/^- \[ \] \S/);
  });

  it("has a heading per month, then empty highlights and next-year sections", () => {
    const headings = text.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual([
      "## 2026年に立てた計画",
      ...Array.from({ length: 12 }, (_, i) => `## ${i + 1}月`),
      "## ハイライト",
      "## 2028年に向けて",
    ]);
    expect(under(text, "ハイライト")).toEqual([]);
    expect(under(text, "2028年に向けて")).toEqual([]);
  });

  it("lists each month's posts with their titles, and never overwrites", () => {
    const draft2026 = newRetrospective(blog, 2026, { now });
    const text2026 = fs.readFileSync(draft2026, "utf8");
    expect(under(text2026, "11月")).toEqual([
      "- [Welcome to Furikaeri: adding a post](/writing/2026/11/26/welcome/)",
      "- [The front matter Furikaeri understands](/writing/2026/11/26/front-matter/)",
    ]);
    expect(under(text2026, "1月")).toEqual([]);
    expect(() => newRetrospective(blog, 2026, { now })).toThrow(
      /2026\.md:1:1: a file is already there; new retrospective never overwrites; edit that file, or move it away/,
    );
    expect(fs.readFileSync(draft2026, "utf8")).toBe(text2026);
  });

  it("builds as a draft: skipped by the build, shown by dev on the year's timeline", () => {
    const options = { content: blog, projectConfig, now, env: {} };
    const production = loadSite({ ...options, mode: "production" });
    expect(production.errors).toEqual([]);
    expect(production.report.find((r) => r.file.endsWith("2027.md"))).toMatchObject({
      status: "skipped",
      reason: expect.stringContaining("draft"),
    });
    const dev = loadSite({ ...options, mode: "development" });
    expect(dev.errors).toEqual([]);
    const draft = dev.posts.find((p) => p.source.absPath === file)!;
    expect(draft.detail.retrospectiveOf).toBe(2027);
    const page = buildRouteData(dev).get("/timeline/2027/");
    expect(page?.kind).toBe("timeline-year");
  });

  it("refuses what is not a year", () => {
    expect(() => newRetrospective(blog, Number("next"), { now })).toThrow(/^not a year: NaN; /);
  });
});

const CORPUS = path.resolve("../shared/corpus/deeeet");
const hasCorpus = fs.existsSync(CORPUS);
if (!hasCorpus) console.log(`skipped: ${CORPUS} is not there (new retrospective on the real blog)`);

describe.skipIf(!hasCorpus)("new retrospective, on the real blog (a copy)", () => {
  // Reading the whole blog (195 posts) on one thread takes a few seconds on a busy machine.
  const TIMEOUT = 60_000;

  it(
    "2017 lists the year's posts under 1月 and 2月, in the blog's writing section",
    () => {
      const blog = copyOf(CORPUS);
      // The blog has its 2017 retrospective: it is in the way, as it would be for its author.
      expect(() => newRetrospective(blog, 2017, { now })).toThrow(
        /content\/writing\/2017\.md:1:1: a file is already there/,
      );
      fs.rmSync(path.join(blog, "content/writing/2017.md"));
      const file = newRetrospective(blog, 2017, { now });
      expect(file).toBe(path.join(blog, "content/writing/2017.md"));
      const text = fs.readFileSync(file, "utf8");
      expect(under(text, "1月")).toEqual([
        "- [Writing An Interpreter In Goを読んだ](/writing/2017/01/12/go-interpreter/)",
      ]);
      expect(under(text, "2月")).toEqual([
        "- [SREとしてMercariに入社した](/writing/2017/02/13/mercari/)",
        "- [Golangのcontext.Valueの使い方](/writing/2017/02/23/go-context-value/)",
      ]);
      expect(under(text, "3月")).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "2019, which has no retrospective yet, starts from what 2018年振り返り planned under ## 2019",
    () => {
      const blog = copyOf(CORPUS);
      const file = newRetrospective(blog, 2019, { now });
      expect(file).toBe(path.join(blog, "content/writing/2019.md"));
      const plans = under(fs.readFileSync(file, "utf8"), "2018年に立てた計画");
      expect(plans[0]).toBe("[2018年振り返り](/writing/2018/12/29/2018/)に書いたこと:");
      expect(plans[1]).toMatch(
        /^- \[ \] 引き続き「Microservices」.*「Edge computing」が大きなキーワードになっていくと思う．$/,
      );
    },
    TIMEOUT,
  );
});

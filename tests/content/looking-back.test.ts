import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildRouteData } from "../../src/content/site/route-data.ts";
import { measureText, textCounts } from "../../src/content/post/text-stats.ts";
import type { RouteData, TimelineYear } from "../../src/shared/types.ts";
import { post, siteOf } from "./reading-site.ts";

const RETRO_2017 = `今年は激動の一年だった．

4月．出張した．

## 2018年

来年はKubernetesをやる．
`;
const RETRO_2018 = `## 仕事

色々やった．

## 2019年

Service meshを試す．
`;

const site = siteOf({
  "2016.md": post({ title: "2016年振り返り", date: "2016-12-31" }, "5月．本を書いた．"),
  "2017.md": post({ title: "2017年振り返り", date: "2017-12-31T02:10:01+09:00" }, RETRO_2017),
  "2018.md": post({ title: "2018年振り返り", date: "2018-12-30" }, RETRO_2018),
  "2020.md": post({ title: "2020年振り返り", date: "2020-12-30" }, "## 2021年\n\n走る．"),
  "k8s.md": post(
    { title: "Kubernetes入門", date: "2018-03-01", tags: ["kubernetes", "Go"] },
    "Kubernetesを使う．",
  ),
  "go.md": post({ title: "Goの話", date: "2018-03-10", tags: ["go"] }, "Go is fun"),
  "2014.md": post({ title: "昔の記事", date: "2014-02-02", categories: ["docker"] }),
});
const routes = buildRouteData(site);
const timeline = (year: number): TimelineYear => {
  const data = routes.get(`/timeline/${year}/`);
  if (data?.kind !== "timeline-year") throw new Error(`no timeline for ${year}`);
  return data.timeline;
};

describe("plans beside outcomes", () => {
  it("gives a year the outlook of the year just before, credited to its retrospective", () => {
    const plans = timeline(2018).plans!;
    expect(plans.year).toBe(2017);
    expect(plans.sections.map((s) => s.title)).toEqual(["2018年"]);
    expect(plans.sections[0]!.entries[0]!.html).toContain("来年はKubernetesをやる．");
    expect(plans.sections[0]!.entries[0]!.source.title).toBe("2017年振り返り");
    expect(plans.sections[0]!.entries[0]!.anchor).toMatch(/^L\d+$/);
    expect(timeline(2017).plansShownIn).toBe(2018);
  });

  it("links no plans across a gap, nor from a year without an outlook", () => {
    // 2018's outlook is about 2019, which has no page: 2020 does not take it.
    expect(timeline(2020).plans).toBeUndefined();
    expect(timeline(2018).plansShownIn).toBeUndefined();
    // 2016 wrote no outlook: 2017 has no plans, and 2016 links nowhere.
    expect(timeline(2017).plans).toBeUndefined();
    expect(timeline(2016).plansShownIn).toBeUndefined();
  });
});

describe("the year in numbers", () => {
  it("counts the year's posts, what they say, and its most used tags", () => {
    const numbers = timeline(2018).numbers!;
    expect(numbers.posts).toBe(3);
    // "Go" and "go" are one tag (one URL), named as the tag pages name it (newest post first).
    expect(numbers.taxonomy).toBe("tags");
    expect(numbers.terms).toEqual([
      { name: "go", url: "/tags/go/", count: 2 },
      { name: "kubernetes", url: "/tags/kubernetes/", count: 1 },
    ]);
    expect(numbers.characters).toBeGreaterThan("色々やった".length);
  });

  it("counts letters and CJK characters, and words with each CJK character one", () => {
    expect(textCounts(measureText("Go is fun"))).toEqual({ characters: 7, words: 3 });
    expect(textCounts(measureText("本を書いた．"))).toEqual({ characters: 5, words: 5 });
    expect(textCounts(measureText("Kubernetesを使う．"))).toEqual({ characters: 13, words: 4 });
    expect(textCounts(measureText(""))).toEqual({ characters: 0, words: 0 });
  });
});

describe("the years at a glance", () => {
  it("has every year from the first post's to the last's, newest first, on the timeline and the archive", () => {
    const index = routes.get("/timeline/") as Extract<RouteData, { kind: "timeline-index" }>;
    const archive = routes.get("/archive/") as Extract<RouteData, { kind: "archive" }>;
    expect(index.glance!.map((y) => [y.year, y.timeline])).toEqual([
      [2020, true],
      [2019, false],
      [2018, true],
      [2017, true],
      [2016, true],
      [2015, false],
      [2014, false],
    ]);
    expect(index.glance!.find((y) => y.year === 2018)!.monthCounts).toEqual([
      0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ]);
    expect(index.glance!.find((y) => y.year === 2019)!.monthCounts).toEqual(Array(12).fill(0));
    expect(archive.glance).toEqual(index.glance);
  });
});

/** WCAG's contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("the chart's colours", () => {
  const css = fs.readFileSync(path.resolve("src/styles/main.css"), "utf8");
  const variable = (name: string) => {
    const match = new RegExp(
      `--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`,
    ).exec(css);
    if (!match) throw new Error(`--${name} is not light-dark(#hex, #hex) in main.css`);
    return { light: match[1]!, dark: match[2]! };
  };
  it("stand out from the page at 3:1 or more for every month with posts, in both themes", () => {
    const bg = variable("bg");
    for (const level of [1, 2, 3, 4]) {
      const shade = variable(`glance-${level}`);
      expect(contrast(shade.light, bg.light), `light, level ${level}`).toBeGreaterThanOrEqual(3);
      expect(contrast(shade.dark, bg.dark), `dark, level ${level}`).toBeGreaterThanOrEqual(3);
    }
  });
  it("get stronger with more posts: darker in the light theme, brighter in the dark", () => {
    const bg = variable("bg");
    for (const theme of ["light", "dark"] as const) {
      const ratios = [0, 1, 2, 3, 4].map((l) =>
        contrast(variable(`glance-${l}`)[theme], bg[theme]),
      );
      expect(ratios, theme).toEqual([...ratios].sort((a, b) => a - b));
    }
  });
});

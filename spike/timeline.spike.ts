// @ts-nocheck
import fs from "node:fs"; import path from "node:path";
import { it } from "vitest";
import { parseMarkdown, renderPost } from "../src/content/markdown.ts";
import { parseFrontMatter } from "../src/content/front-matter.ts";
import { extractRetrospective } from "../src/content/timeline/extract-retrospective.ts";
import { missingImageWarnings } from "../src/content/local-images.ts";
import { parseWithMarkdownIt } from "./mdit-to-mdast.ts";

const strip = (x) => JSON.parse(JSON.stringify(x, (k, v) => (k === "position" || k === "hidden" || k === "nodes" ? undefined : v)));
it("timeline and warnings", () => {
  const dir = "/work/shared/corpus/deeeet/content";
  const names = fs.readdirSync(dir, { recursive: true }).filter((f) => /\.(md|markdown)$/.test(f)).sort();
  let tl = 0, tlSame = 0, w = 0, wSame = 0, anchorsSame = 0;
  for (const name of names) {
    let fm; try { fm = parseFrontMatter(fs.readFileSync(path.join(dir, name), "utf8"), name); } catch { continue; }
    const a = parseMarkdown(fm.body), b = parseWithMarkdownIt(fm.body);
    const wa = missingImageWarnings(a, { exists: () => false }), wb = missingImageWarnings(b, { exists: () => false });
    if (wa.length) { w++; if (JSON.stringify(wa) === JSON.stringify(wb)) wSame++; else console.log("warn diff", name, JSON.stringify(wa).slice(0, 200), JSON.stringify(wb).slice(0, 200)); }
    const year = /^(\d{4})\.md$/.exec(path.basename(name))?.[1];
    if (!year) continue;
    tl++;
    const ra = extractRetrospective(a, Number(year)), rb = extractRetrospective(b, Number(year));
    const same = JSON.stringify(strip(ra)) === JSON.stringify(strip(rb));
    if (same) tlSame++; else console.log("timeline diff", name, JSON.stringify(strip(ra)).slice(0, 300), "\n", JSON.stringify(strip(rb)).slice(0, 300));
    const anchors = (r) => new Map([...r.months, ...r.highlights, ...r.outlook].map((x) => [x.anchorOffset, "L" + x.anchorLine]));
    const ha = renderPost(a, { anchors: anchors(ra) }).html, hb = renderPost(b, { anchors: anchors(rb) }).html;
    if (ha === hb) anchorsSame++; else { let k = 0; while (ha[k] === hb[k]) k++; console.log("anchor html diff", name, ha.slice(k - 80, k + 60), "\n  ", hb.slice(k - 80, k + 60)); }
  }
  console.log(`retrospectives ${tl}: same extraction ${tlSame}, same HTML with anchors ${anchorsSame}; posts with image warnings ${w}: same ${wSame}`);
});

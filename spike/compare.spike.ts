// @ts-nocheck
import fs from "node:fs"; import path from "node:path";
import { it } from "vitest";
import { parseMarkdown, renderPost } from "../src/content/markdown.ts";
import { parseFrontMatter } from "../src/content/front-matter.ts";
import { parseWithMarkdownIt } from "./mdit-to-mdast.ts";

it("compares", () => {
  const dir = "/work/shared/corpus/deeeet/content";
  const names = fs.readdirSync(dir, { recursive: true }).filter((f) => /\.(md|markdown)$/.test(f)).sort();
  const bodies = names.map((f) => { try { return parseFrontMatter(fs.readFileSync(path.join(dir, f), "utf8"), f).body; } catch { return null; } });
  let same = 0, diff = 0; const diffs = [];
  let tRemark = 0, tMdit = 0, tRender = 0;
  for (let r = 0; r < 2; r++) for (const b of bodies) { if (b === null) continue; let t = performance.now(); parseMarkdown(b); tRemark += performance.now() - t; t = performance.now(); parseWithMarkdownIt(b); tMdit += performance.now() - t; }
  names.forEach((name, i) => {
    const b = bodies[i]; if (b === null) return;
    const a = renderPost(parseMarkdown(b)).html;
    let t = performance.now();
    const c = renderPost(parseWithMarkdownIt(b)).html;
    tRender += performance.now() - t;
    if (a === c) same++; else { diff++; let k = 0; while (a[k] === c[k]) k++; diffs.push([name, a.slice(Math.max(0, k - 60), k + 80), c.slice(Math.max(0, k - 60), k + 80)]); }
  });
  const n = bodies.filter((b) => b !== null).length;
  console.log(`posts ${n}; remark parse ${(tRemark / 2 / n).toFixed(2)} ms/post; markdown-it+convert ${(tMdit / 2 / n).toFixed(2)} ms/post; render ${(tRender / n).toFixed(2)} ms/post`);
  console.log(`identical HTML: ${same}, different: ${diff}`);
  fs.writeFileSync("/tmp/spike-diffs.json", JSON.stringify(diffs, null, 1));
});

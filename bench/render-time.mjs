// The time to render one post's body, for comparing two checkouts side by side:
//   node bench/render-time.mjs [--rounds 5] CONTENT CHECKOUT...
// Each checkout's renderer (src/content/post/markdown.ts) is bundled with Vite, then every
// round renders every post of CONTENT once per checkout, alternating, in one Node process per
// checkout and round, so both see the same load on a shared machine. Reports the median per
// post of parse alone and of parse + render, and the total, in CPU time.
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: { rounds: { type: "string", default: "5" } },
  allowPositionals: true,
});
const [content, ...checkouts] = positionals;
if (!content || checkouts.length === 0) {
  console.error("usage: node bench/render-time.mjs [--rounds N] CONTENT CHECKOUT...");
  process.exit(2);
}

const entryOf = (checkout) => `
import fs from "node:fs";
import path from "node:path";
import { parseMarkdown, renderPost } from ${JSON.stringify(path.resolve(checkout, "src/content/post/markdown.ts"))};
const FRONT = /^(?:---\\r?\\n[\\s\\S]*?\\r?\\n---|\\+\\+\\+\\r?\\n[\\s\\S]*?\\r?\\n\\+\\+\\+)\\r?\\n/;
// CPU time, not wall time: the machines are shared, and a post waiting for a core is not slower.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
export function run(dir) {
  const files = [];
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (/\\.(md|markdown)$/.test(e.name)) files.push(p);
  } };
  walk(dir);
  const bodies = files.map((f) => fs.readFileSync(f, "utf8").replace(FRONT, ""));
  renderPost(parseMarkdown("# warm\\n\\n\`\`\`js\\nx\\n\`\`\`\\n"));
  const parse = [], total = [];
  for (const body of bodies) {
    const a = cpu();
    const tree = parseMarkdown(body);
    const b = cpu();
    renderPost(tree, { resolveUrl: () => null, imageSize: () => null });
    const c = cpu();
    parse.push(b - a); total.push(c - a);
  }
  return { posts: bodies.length, parse, total };
}`;

const bundles = [];
for (const [index, checkout] of checkouts.entries()) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "render-time-"));
  const entry = path.join(dir, "entry.mjs");
  fs.writeFileSync(entry, entryOf(checkout));
  const outDir = path.join(dir, "out");
  const vite = await import(
    pathToFileURL(path.resolve(checkout, "node_modules/vite/dist/node/index.js")).href
  );
  process.env.NODE_ENV = "production";
  await vite.build({
    configFile: false,
    root: path.resolve(checkout),
    logLevel: "warn",
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: "entry.js" } },
    },
  });
  bundles.push({ checkout, index, file: path.join(outDir, "entry.js") });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const rows = bundles.map(() => []);
for (let round = 0; round < Number(values.rounds); round++)
  for (const bundle of bundles) {
    const out = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const m = await import(${JSON.stringify(bundle.file)}); console.log(JSON.stringify(m.run(${JSON.stringify(path.resolve(content))})));`,
      ],
      { encoding: "utf8", env: { ...process.env, NODE_ENV: "production" }, maxBuffer: 1 << 26 },
    );
    const r = JSON.parse(out);
    rows[bundle.index].push({
      posts: r.posts,
      parse: median(r.parse),
      render: median(r.total.map((t, i) => t - r.parse[i])),
      total: median(r.total),
      sum: sum(r.total),
    });
    const last = rows[bundle.index].at(-1);
    console.log(
      `round ${round + 1} ${bundle.checkout}: ${last.posts} posts, median parse ${last.parse.toFixed(2)} ms, render ${last.render.toFixed(2)} ms, parse+render ${last.total.toFixed(2)} ms; all posts ${(last.sum / 1000).toFixed(2)} s`,
    );
  }
for (const bundle of bundles) {
  const r = rows[bundle.index];
  console.log(
    `${bundle.checkout}: median of rounds: render ${median(r.map((x) => x.render)).toFixed(2)} ms/post, parse+render ${median(r.map((x) => x.total)).toFixed(2)} ms/post, all ${(median(r.map((x) => x.sum)) / 1000).toFixed(2)} s`,
  );
}

// The time to render one post's body, for comparing checkouts side by side:
//   node bench/render-time.mjs [--rounds 5] CONTENT CHECKOUT...
// Each checkout's renderer (src/content/post/markdown.ts) is bundled with Vite, then one Node
// process renders every post of CONTENT with each checkout in turn, round after round, so all
// see the same load on a shared machine. Reports CPU time per post: the median and the mean of
// rendering (renderPost), as a ratio to the first checkout, and the median of parsing.
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
export function load(dir) {
  const files = [];
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (/\\.(md|markdown)$/.test(e.name)) files.push(p);
  } };
  walk(dir);
  renderPost(parseMarkdown("# warm\\n\\n\`\`\`js\\nx\\n\`\`\`\\n"));
  return files.map((f) => fs.readFileSync(f, "utf8").replace(FRONT, ""));
}
export function one(body) {
  const a = cpu();
  const tree = parseMarkdown(body);
  const b = cpu();
  renderPost(tree, { resolveUrl: () => null, imageSize: () => null });
  const c = cpu();
  return [b - a, c - b];
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
// One process: every post is rendered by each checkout in turn (the order rotating from post to
// post), so load on the machine falls on all of them alike.
const script = `
const bundles = ${JSON.stringify(bundles.map((b) => b.file))};
const mods = await Promise.all(bundles.map((f) => import(f)));
const bodies = mods[0].load(${JSON.stringify(path.resolve(content))});
for (const m of mods.slice(1)) m.load(${JSON.stringify(path.resolve(content))});
const parse = mods.map(() => []), render = mods.map(() => []);
for (let round = 0; round < ${Number(values.rounds)}; round++)
  bodies.forEach((body, i) => {
    for (let k = 0; k < mods.length; k++) {
      const j = (i + round + k) % mods.length;
      const [p, r] = mods[j].one(body);
      parse[j].push(p); render[j].push(r);
    }
  });
console.log(JSON.stringify({ posts: bodies.length, parse, render }));`;
const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
  encoding: "utf8",
  env: { ...process.env, NODE_ENV: "production" },
  maxBuffer: 1 << 28,
});
const r = JSON.parse(out);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const base = sum(r.render[0]);
for (const bundle of bundles) {
  const render = r.render[bundle.index];
  const parse = r.parse[bundle.index];
  console.log(
    `${bundle.checkout}: ${r.posts} posts x ${values.rounds} rounds; render median ${median(render).toFixed(2)} ms/post, mean ${(sum(render) / render.length).toFixed(2)} ms (${(sum(render) / base).toFixed(2)}x the first); parse median ${median(parse).toFixed(2)} ms`,
  );
}

// Runs queries against a Pagefind index in Node, as a browser would: pagefind.js with fetch
// answered from the index folder, counting the bytes each query downloads on a fresh page
// (Pagefind's files are gzipped already, and sent as they are). One JSON line per query.
//   node bench/pagefind-queries.mjs <pagefind folder> '["query", …]'
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";

const [dir, queriesJson] = process.argv.slice(2);
const queries = JSON.parse(queriesJson);
const base = pathToFileURL(path.resolve(dir) + "/");
let fetched = [];
globalThis.fetch = async (url) => {
  const file = fileURLToPath(new URL(url, base));
  const body = fs.readFileSync(file);
  fetched.push(body.length);
  return new Response(body, { status: 200 });
};
const scriptBytes = zlib.gzipSync(fs.readFileSync(path.join(dir, "pagefind.js"))).length;
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const [i, query] of queries.entries()) {
  // A new instance of the module per query: nothing cached, as on a fresh page.
  const pagefind = await import(`${new URL("pagefind.js", base).href}?fresh=${i}`);
  await pagefind.options({ basePath: base.href, baseUrl: "/" });
  fetched = [];
  const search = async () => {
    const found = await pagefind.search(query);
    const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return { count: found.results.length, urls: data.map((d) => d.url) };
  };
  const first = await search();
  const bytes = scriptBytes + fetched.reduce((a, b) => a + b, 0);
  const times = [];
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    await search();
    times.push(performance.now() - started);
  }
  console.log(JSON.stringify({ query, ...first, bytes, ms: median(times) }));
}

// Serves the built site the way a plain static host does (GitHub Pages, S3, Netlify): files
// as they are, folders by their index.html, anything else 404.html with status 404. No
// rewrites, so what works here works there. PORT (4173) and BLOG_OUT (dist/) may be set;
// the base path is read from BLOG_BASE or the site's config at build time (dist/.base).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import compression from "compression";
import sirv from "sirv";

const root = path.resolve(process.env.BLOG_OUT || "dist");
const port = Number(process.env.PORT || 4173);
const base = readBase();
const notFound = path.join(root, "404.html");
const headerRules = readHeaderRules();
// Text is gzip-compressed on the way out, as GitHub Pages, Netlify and CloudFront do.
const compress = compression();
const files = sirv(root, { dev: false, etag: true, extensions: ["html"], setHeaders: noCacheHtml });

function readBase() {
  try {
    return fs.readFileSync(path.join(root, ".base"), "utf8").trim() || "/";
  } catch {
    return "/";
  }
}

// The headers the build ships in _headers (Netlify / Cloudflare Pages format), so that every
// page served here runs under the same Content-Security-Policy a real host would send.
function readHeaderRules() {
  let text = "";
  try {
    text = fs.readFileSync(path.join(root, "_headers"), "utf8");
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ match: new RegExp(`^${pattern}$`), headers: [] });
    } else if (rules.length > 0) {
      const at = line.indexOf(":");
      if (at > 0) rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function setHeaderRules(res, pathname) {
  for (const rule of headerRules)
    if (rule.match.test(pathname))
      for (const [name, value] of rule.headers) res.setHeader(name, value);
}

function noCacheHtml(res, pathname) {
  if (pathname.endsWith(".html") || pathname.endsWith(".json"))
    res.setHeader("Cache-Control", "no-cache");
}

function sendNotFound(res) {
  res.statusCode = 404;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  fs.createReadStream(notFound)
    .on("error", () => res.end("Not found"))
    .pipe(res);
}

const server = http.createServer((req, res) => compress(req, res, () => serve(req, res)));

function serve(req, res) {
  const url = new URL(req.url ?? "/", "http://localhost");
  setHeaderRules(res, url.pathname);
  if (!url.pathname.startsWith(base)) return sendNotFound(res);
  // A folder without its trailing slash redirects, as static hosts do.
  const rel = decodeURIComponent(url.pathname.slice(base.length));
  const target = path.join(root, rel);
  if (!target.startsWith(root)) return sendNotFound(res);
  if (rel && !rel.endsWith("/") && fs.existsSync(path.join(target, "index.html"))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  req.url = "/" + rel + url.search;
  files(req, res, () => sendNotFound(res));
}

server.listen(port, "127.0.0.1", () => {
  console.log(
    `Serving ${path.relative(process.cwd(), root) || "."} at http://localhost:${port}${base}`,
  );
});

// @vitest-environment jsdom
// (for DOMParser: HTML is parsed as a browser parses it, without running anything)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { parseFrontMatter } from "../../src/content/read/front-matter.ts";
import { loadSite } from "../../src/content/site/load-site-here.ts";
import { parseMarkdown, renderHtml } from "../../src/content/post/markdown.ts";
import { buildRouteData } from "../../src/content/site/route-data.ts";
import { siteInfoOf } from "../../src/content/site/site-info.ts";
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  writeHeadersFile,
} from "../../src/content/site/security-headers.ts";
import { escapeJsonForHtml, renderPage } from "../../src/entry-server.tsx";
import { escapeMarkup } from "../../src/shared/format.ts";
import { fillTemplate } from "../../src/build/fill-template.ts";
import { HOSTILE_DIR, hostilePosts } from "../e2e/hostile/hostile-posts.ts";

/** Elements that must never come out of a post: they run, load or redirect something. */
const FORBIDDEN_TAGS = new Set([
  "script",
  "iframe",
  "frame",
  "object",
  "embed",
  "applet",
  "base",
  "meta",
  "link",
  "style",
  "form",
  "button",
  "svg",
  "math",
  "template",
  "noscript",
  "textarea",
  "xmp",
  "plaintext",
  "audio",
  "video",
  "marquee",
]);
/** Attributes that take a URL. */
const URL_ATTRIBUTES = ["href", "src", "srcset", "cite", "poster", "action", "formaction"];
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** Parses a whole HTML document; scripts in it do not run. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

/** Parses HTML without running anything and lists everything in it that could run script. */
function dangersIn(html: string): string[] {
  const document = parse(`<!doctype html><body>${html}</body>`);
  const dangers: string[] = [];
  for (const element of document.body.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    const at = element.outerHTML.slice(0, 120);
    if (FORBIDDEN_TAGS.has(tag)) dangers.push(`<${tag}> element: ${at}`);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) dangers.push(`event handler ${name}: ${at}`);
      if (name === "style") dangers.push(`style attribute: ${at}`);
      if (name === "srcdoc" || name.includes(":")) dangers.push(`attribute ${name}: ${at}`);
      if (URL_ATTRIBUTES.includes(name)) {
        const protocol = new URL(value.trim(), "https://blog.example/post/").protocol;
        if (!SAFE_PROTOCOLS.has(protocol)) dangers.push(`${protocol} URL in ${name}: ${at}`);
      }
    }
  }
  return dangers;
}

/** The text a reader sees, whitespace collapsed. */
function visibleText(html: string): string {
  const document = parse(`<!doctype html><body>${html}</body>`);
  return (document.body.textContent ?? "").replace(/\s+/g, " ");
}

const posts = hostilePosts();

describe("hostile posts render to HTML that cannot run script", () => {
  test("the fixture blog has posts with payloads and readable text", () => {
    expect(posts.length).toBeGreaterThanOrEqual(6);
    for (const post of posts) expect(post.readable.length, post.file).toBeGreaterThan(0);
  });

  test.each(posts.map((p) => [p.file, p] as const))("%s", (_, post) => {
    const body = parseFrontMatter(post.text, post.file).body;
    const html = renderHtml(parseMarkdown(body));
    expect(dangersIn(html)).toEqual([]);
    // Belt and braces on the string itself (handlers are checked on the parsed DOM above:
    // `onerror=` may stand in text or inside a quoted attribute value, where it is inert).
    expect(html).not.toMatch(/<(script|iframe|object|embed|base|meta|link|style|form|svg|math)\b/i);
    expect(html).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):/i);
    // What is harmless is still shown.
    const text = visibleText(html);
    for (const sentence of post.readable) expect(text, post.file).toContain(sentence);
  });

  test("the checker itself finds each kind of danger", () => {
    expect(dangersIn(`<img src=x onerror="top.__pwned=1">`)).toHaveLength(1);
    expect(dangersIn(`<a href=" &#106;avascript:x">a</a>`)).toHaveLength(1);
    expect(dangersIn(`<img src="data:image/svg+xml,x">`)).toHaveLength(1);
    expect(dangersIn(`<svg><a xlink:href="x">a</a></svg>`)).toHaveLength(2);
    expect(dangersIn(`<p style="color:red">a</p><script></script>`)).toHaveLength(2);
  });

  test("known embeds become plain links to the page, and odd ones are dropped", () => {
    const html = renderHtml(
      parseMarkdown(parseFrontMatter(posts.find((p) => p.file === "embeds.md")!.text, "e").body),
    );
    const cards = [...parse(html).querySelectorAll("a[data-embed-card]")].map((a) => [
      a.getAttribute("href"),
      a.textContent,
    ]);
    expect(cards).toEqual([
      ["https://speakerdeck.com/player/abc123", "Slides on Speaker Deck"],
      ["https://vimeo.com/12345", "Video on Vimeo"],
      ["https://www.youtube.com/watch?v=abc_DEF-1", "Video on YouTube"],
      ["https://evil.example/", "Embedded content from evil.example"],
    ]);
  });
});

describe("text from front matter stays text in the prerendered page", () => {
  test("escapeJsonForHtml keeps any JSON parseable and closes nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const json = escapeJsonForHtml(JSON.stringify({ value }));
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect((JSON.parse(json) as { value: string }).value).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  test("escapeMarkup leaves no markup and reads back as the same text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (value) => {
        const escaped = escapeMarkup(value);
        expect(escaped).not.toMatch(/[<>"']/);
        const div = document.createElement("div");
        div.innerHTML = `<span title="${escaped}">${escaped}</span>`;
        expect(div.firstElementChild!.getAttribute("title")).toBe(value.replace(/\r\n?/g, "\n"));
        expect(div.childElementCount).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  test("a post whose title, tags and description try to break out is written as text", async () => {
    const site = loadSite({
      content: HOSTILE_DIR,
      projectConfig,
      mode: "production",
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(site.errors).toEqual([]);
    const post = site.posts.find((p) => p.source.file === "front-matter.md")!;
    const pages = buildRouteData(site);
    const info = siteInfoOf(site.config);
    const template = fs.readFileSync(path.resolve(import.meta.dirname, "../../index.html"), "utf8");
    const html = fillTemplate(template, await renderPage(post.url, pages, info));

    expect(html).not.toContain("</script><script>");
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    const document = parse(html);
    // Only our own two scripts: the inert page data and the app bundle.
    const scripts = [...document.querySelectorAll("script")].map(
      (s) => s.id || s.getAttribute("src"),
    );
    expect(scripts).toEqual(["route-data", "/src/entry-client.tsx"]);
    expect([...document.querySelectorAll("img, svg")]).toEqual([]);
    // The policy travels in the page too, for hosts that cannot send headers.
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute("content")).toBe(META_CONTENT_SECURITY_POLICY);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    for (const element of document.querySelectorAll("*"))
      for (const { name } of element.attributes) expect(name).not.toMatch(/^on/i);

    // The reader sees the title and tags exactly as written, `$'` and U+2028 included.
    const title = post.meta.title;
    expect(title).toContain("</script><script>top.__pwned=201");
    expect(title).toContain("$' $&");
    expect(document.title).toBe(`${title} | ${info.title}`);
    expect(document.querySelector("h1")!.textContent).toBe(title);
    expect(document.querySelector('meta[property="og:title"]')!.getAttribute("content")).toBe(
      `${title} | ${info.title}`,
    );
    expect(document.querySelector('meta[name="description"]')!.getAttribute("content")).toBe(
      post.detail.excerpt,
    );
    expect(document.body.textContent).toContain("</script><script>top.__pwned=205</script>");
    // The page data reads back to exactly what the build had.
    const data = JSON.parse(document.getElementById("route-data")!.textContent!) as {
      loaderData: Record<string, { post?: { title: string; tags: string[] } }>;
    };
    const hydrated = Object.values(data.loaderData).find((d) => d?.post)!.post!;
    expect(hydrated.title).toBe(title);
    expect(hydrated.tags).toEqual(post.meta.tags);
  });
});

describe("the security headers the build ships", () => {
  test("_headers gives every path the policy; a site's own _headers is kept", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-headers-"));
    try {
      expect(writeHeadersFile(dir)).toBe(true);
      const lines = fs.readFileSync(path.join(dir, "_headers"), "utf8").split("\n");
      expect(lines[0]).toBe("/*");
      expect(lines).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
      expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self';/);
      expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
      fs.writeFileSync(path.join(dir, "_headers"), "/*\n  X-Owner: mine\n");
      expect(writeHeadersFile(dir)).toBe(false);
      expect(fs.readFileSync(path.join(dir, "_headers"), "utf8")).toBe("/*\n  X-Owner: mine\n");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

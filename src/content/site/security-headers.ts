import fs from "node:fs";
import path from "node:path";

/**
 * The Content-Security-Policy the built site works under. Nothing inline: the page data is inert
 * JSON, styles come from the stylesheet, and the sanitiser keeps no `style` attribute or event
 * handler from a post. Images may come from other hosts, as posts link them; `http:` is there
 * for old posts (on an https site the browser upgrades those requests itself).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

/**
 * The same policy for a `<meta http-equiv>` in each page, for hosts that cannot send headers
 * (GitHub Pages). `frame-ancestors` is left out: browsers ignore it there, with a warning.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split("; ")
  .filter((directive) => !directive.startsWith("frame-ancestors"))
  .join("; ");

/** The `<meta>` element that carries META_CONTENT_SECURITY_POLICY. */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
}

/** Every header the site is served with, on every path. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** The `_headers` file of Netlify and Cloudflare Pages: the security headers for every path. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join("\n")}\n`;
}

/**
 * Writes `_headers` into the output folder, unless the site's static files brought their own
 * (the owner's file wins). Returns whether it wrote one.
 */
export function writeHeadersFile(outDir: string): boolean {
  const file = path.join(outDir, "_headers");
  if (fs.existsSync(file)) return false;
  fs.writeFileSync(file, headersFile());
  return true;
}

import type { BlogConfig } from "../read/define-config.ts";

/**
 * The absolute URL of a path inside the site (`/writing/2017/…/` →
 * `https://deeeet.com/writing/2017/…/`): baseURL's origin, the base path, and the path with
 * anything outside ASCII percent-encoded. "" when the config has no usable baseURL.
 */
export function absoluteUrl(config: Pick<BlogConfig, "baseURL" | "base">, sitePath: string) {
  let origin: string;
  try {
    origin = new URL(config.baseURL).origin;
  } catch {
    return "";
  }
  if (origin === "null") return "";
  return origin + config.base.replace(/\/$/, "") + encodeURI(sitePath);
}

import type { BlogConfig } from "../read/define-config.ts";
import type { SiteInfo } from "../../shared/types.ts";

/** What the browser needs to know about the site, from its config. */
export function siteInfoOf(config: BlogConfig): SiteInfo {
  return {
    title: config.title,
    description: config.description,
    lang: config.languageCode.toLowerCase().startsWith("ja")
      ? "ja"
      : config.languageCode.split(/[-_]/)[0]!.toLowerCase() || "en",
    origin: config.baseURL.replace(/\/+$/, ""),
  };
}

import type { BlogConfig } from "./src/content/read/config.ts";

/**
 * The blog's settings. When BLOG_CONTENT points at a Hugo site, its config.toml (or hugo.toml,
 * config.yaml, config.json) takes over title, baseURL, languageCode and permalinks.
 */
const config: BlogConfig = {
  title: "Furikaeri",
  description: "振り返り: a blog to read, and to look back over, year by year.",
  languageCode: "ja",
  // Absolute address of the published site, for canonical links, feeds and the sitemap.
  baseURL: "https://deeeet.com/",
  // Path the site is served under (`/my-blog/` for a GitHub project site); BLOG_BASE wins.
  base: "/",
  // Hugo-style patterns by section (the first folder under the content root); `default`
  // applies to every section without its own, including posts at the top of the folder.
  permalinks: { default: "/writing/:year/:month/:day/:slug/" },
  paginate: 20,
};

export default config;

import { defineConfig } from "./src/content/read/define-config.ts";

/**
 * The blog's settings: write only what differs from the defaults (DEFAULT_CONFIG in
 * src/content/define-config.ts); every key is checked when the build starts. When the content
 * is a Hugo site, its config.toml (or hugo.toml, config.yaml, config.json) takes over title,
 * baseURL, languageCode, permalinks and timeZone.
 */
export default defineConfig({
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
  // Posts per page of the post list.
  paginate: 20,
  // The time zone `furikaeri new post` dates posts in (IANA name); this machine's if left out.
  timeZone: "Asia/Tokyo",
});

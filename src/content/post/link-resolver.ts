import type { BlogConfig } from "../read/define-config.ts";

/** Where a link in a post goes: `href` to write instead, `post` when it is one of the blog's posts. */
export interface ResolvedLink {
  href: string;
  post?: string;
}

const LOCAL = "furikaeri.invalid";

/**
 * Resolves links to the blog's own pages: an absolute URL on the site's host (http or https,
 * with or without `www`) that names a post or an alias becomes an in-app path under the base
 * path; other root-relative paths (`/images/x.jpg`) follow the base path. Returns null for a
 * link to leave as written (other sites, and own URLs of posts that do not exist).
 */
export function makeSiteLinkResolver(
  config: Pick<BlogConfig, "baseURL" | "base">,
  pages: { has(path: string): boolean },
  aliases: ReadonlyMap<string, string>,
): (href: string) => ResolvedLink | null {
  let host = "";
  let basePath = "/";
  try {
    const base = new URL(config.baseURL);
    host = base.host.replace(/^www\./, "").toLowerCase();
    basePath = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`;
  } catch {
    host = "";
  }
  const withBase = (p: string) => config.base.replace(/\/$/, "") + p;
  return (href) => {
    let target: URL;
    try {
      target = new URL(href, `http://${LOCAL}/`);
    } catch {
      return null;
    }
    const local = target.host === LOCAL;
    const own = local
      ? href.startsWith("/") && !href.startsWith("//")
      : host !== "" &&
        /^https?:$/.test(target.protocol) &&
        target.host.replace(/^www\./, "").toLowerCase() === host &&
        target.pathname.startsWith(basePath);
    if (!own) return null;
    let pathname = local ? target.pathname : `/${target.pathname.slice(basePath.length)}`;
    try {
      pathname = decodeURI(pathname);
    } catch {
      /* keep as written */
    }
    const page = pages.has(pathname)
      ? pathname
      : pages.has(`${pathname}/`)
        ? `${pathname}/`
        : (aliases.get(pathname) ?? aliases.get(`${pathname}/`));
    if (page) return { href: withBase(page) + target.hash, post: page };
    // A root-relative link to something else on the site (an image, a feed) follows the base path.
    if (local) return { href: withBase(target.pathname) + target.search + target.hash };
    return null;
  };
}

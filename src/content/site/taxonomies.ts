import type { SitePost } from "./site-post.ts";
import type { PostSummary, RouteData, TermCount } from "../../shared/types.ts";
import { taxonomyPath, termPath, urlize, type Taxonomy } from "../../shared/paths.ts";

/** The posts of one term, newest first, under the name it was first written with. */
interface TermPosts {
  name: string;
  posts: SitePost[];
}

/** Posts grouped by a taxonomy's terms as Hugo's URLs group them (by urlized name). */
export function groupByTerm(posts: SitePost[], taxonomy: Taxonomy): Map<string, TermPosts> {
  const terms = new Map<string, TermPosts>();
  for (const post of posts) {
    const names = taxonomy === "tags" ? post.meta.tags : post.meta.categories;
    const seen = new Set<string>();
    for (const name of names) {
      const key = urlize(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = terms.get(key) ?? { name, posts: [] };
      entry.posts.push(post);
      terms.set(key, entry);
    }
  }
  return terms;
}

/**
 * The taxonomy pages: `/tags/` and `/categories/` (every term with its count, most used
 * first), and each term's post list at Hugo's URL, paged like the home page. A taxonomy no
 * post uses gets no pages.
 */
export function taxonomyPages(
  posts: SitePost[],
  perPage: number,
  summaryOf: (post: SitePost) => PostSummary,
): Map<string, RouteData> {
  const pages = new Map<string, RouteData>();
  for (const taxonomy of ["tags", "categories"] as const) {
    const terms = groupByTerm(posts, taxonomy);
    if (terms.size === 0) continue;
    const counts: TermCount[] = [...terms.values()]
      .map(({ name, posts }) => ({ name, url: termPath(taxonomy, name), count: posts.length }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    pages.set(taxonomyPath(taxonomy), { kind: "terms", taxonomy, terms: counts });
    for (const { name, posts: termPosts } of terms.values()) {
      const pageCount = Math.max(1, Math.ceil(termPosts.length / perPage));
      for (let page = 1; page <= pageCount; page++) {
        pages.set(termPath(taxonomy, name, page), {
          kind: "term",
          taxonomy,
          term: name,
          posts: termPosts.slice((page - 1) * perPage, page * perPage).map(summaryOf),
          page,
          pageCount,
          total: termPosts.length,
        });
      }
    }
  }
  return pages;
}

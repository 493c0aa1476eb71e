import { useLoaderData } from "react-router";
import type { RouteData } from "../../content/types";
import { PostList } from "../../components/post-list";
import { PrefetchLink } from "../../components/prefetch-link";
import { pagePath } from "../../shared/paths";
import { site, siteLabels } from "../site-context";

type HomeData = Extract<RouteData, { kind: "home" }>;

/** The post list, newest first, one page at a time. */
export function HomePage() {
  const { posts, page, pageCount } = useLoaderData() as HomeData;
  return (
    <>
      <h1 className="page-title">
        {page > 1 ? `${site.title}: ${siteLabels.page(page, pageCount)}` : site.title}
      </h1>
      {page === 1 && site.description && <p className="page-intro">{site.description}</p>}
      <PostList posts={posts} />
      {pageCount > 1 && (
        <nav className="pagination" aria-label={siteLabels.pagination}>
          {page > 1 && (
            <PrefetchLink to={pagePath(page - 1)} rel="prev">
              ← {siteLabels.newer}
            </PrefetchLink>
          )}
          <span>{siteLabels.page(page, pageCount)}</span>
          {page < pageCount && (
            <PrefetchLink to={pagePath(page + 1)} rel="next">
              {siteLabels.older} →
            </PrefetchLink>
          )}
        </nav>
      )}
    </>
  );
}

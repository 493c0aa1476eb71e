import { useLoaderData } from "react-router";
import type { RouteData } from "../../shared/types.ts";
import { Pagination } from "../../components/pagination.tsx";
import { PostList } from "../../components/post-list.tsx";
import { pagePath } from "../../shared/paths.ts";
import { site, siteLabels } from "../../browser/site-context.ts";

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
      <Pagination page={page} pageCount={pageCount} pathOf={pagePath} />
    </>
  );
}

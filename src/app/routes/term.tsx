import { useLoaderData } from "react-router";
import type { RouteData } from "../../shared/types.ts";
import { Pagination } from "../../components/pagination.tsx";
import { PostList } from "../../components/post-list.tsx";
import { PrefetchLink } from "../../components/prefetch-link.tsx";
import { taxonomyPath, termPath } from "../../shared/paths.ts";
import { siteLabels } from "../../browser/site-context.ts";

type TermData = Extract<RouteData, { kind: "term" }>;

/** The posts of one tag or category, newest first, at Hugo's `/tags/<tag>/` URL. */
export function TermPage() {
  const { taxonomy, term, posts, page, pageCount, total } = useLoaderData() as TermData;
  const title = taxonomy === "tags" ? siteLabels.taggedWith(term) : siteLabels.inCategory(term);
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <p className="page-intro">
        {siteLabels.postCount(total)} ·{" "}
        <PrefetchLink to={taxonomyPath(taxonomy)}>
          {taxonomy === "tags" ? siteLabels.allTags : siteLabels.allCategories}
        </PrefetchLink>
      </p>
      <PostList posts={posts} />
      <Pagination page={page} pageCount={pageCount} pathOf={(n) => termPath(taxonomy, term, n)} />
    </>
  );
}

import { useLoaderData } from "react-router";
import type { RouteData } from "../../shared/types.ts";
import { Pagination } from "../../components/pagination.tsx";
import { PostList } from "../../components/post-list.tsx";
import { PrefetchLink } from "../../components/prefetch-link.tsx";
import { taxonomyPath, termPath } from "../../shared/paths.ts";
import { site, siteLabels } from "../../browser/site-context.ts";
import { listLabels } from "../../shared/list-labels.ts";

const lists = listLabels(site.lang);

type TermData = Extract<RouteData, { kind: "term" }>;

/** The posts of one tag or category, newest first, at Hugo's `/tags/<tag>/` URL. */
export function TermPage() {
  const { taxonomy, term, posts, page, pageCount, total } = useLoaderData() as TermData;
  const title = taxonomy === "tags" ? lists.taggedWith(term) : lists.inCategory(term);
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <p className="page-intro">
        {siteLabels.postCount(total)} ·{" "}
        <PrefetchLink to={taxonomyPath(taxonomy)}>
          {taxonomy === "tags" ? lists.allTags : lists.allCategories}
        </PrefetchLink>
      </p>
      <PostList posts={posts} />
      <Pagination page={page} pageCount={pageCount} pathOf={(n) => termPath(taxonomy, term, n)} />
    </>
  );
}

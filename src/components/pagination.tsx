import { site, siteLabels } from "../browser/site-context.ts";
import { listLabels } from "../shared/list-labels.ts";
import { PrefetchLink } from "./prefetch-link.tsx";

const lists = listLabels(site.lang);

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The path of a page of this list. */
  pathOf: (page: number) => string;
}

/** Newer / older links between the pages of a post list (Hugo's `/page/N/`). */
export function Pagination({ page, pageCount, pathOf }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={lists.pagination}>
      {page > 1 && (
        <PrefetchLink to={pathOf(page - 1)} rel="prev">
          ← {lists.newer}
        </PrefetchLink>
      )}
      <span>{siteLabels.page(page, pageCount)}</span>
      {page < pageCount && (
        <PrefetchLink to={pathOf(page + 1)} rel="next">
          {lists.older} →
        </PrefetchLink>
      )}
    </nav>
  );
}

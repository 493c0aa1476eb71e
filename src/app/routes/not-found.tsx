import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { archivePath, pagePath, searchPath } from "../../shared/paths.ts";
import { siteLabels } from "../../browser/site-context.ts";

/** Shown for any URL that is not a page of the site, and for errors while loading one. */
export function NotFoundPage() {
  const error = useRouteError();
  const notFound = error === undefined || (isRouteErrorResponse(error) && error.status === 404);
  return (
    <section className="not-found">
      <h1>{notFound ? siteLabels.notFoundTitle : siteLabels.errorTitle}</h1>
      <p>
        {notFound
          ? siteLabels.notFoundText
          : String(isRouteErrorResponse(error) ? error.statusText : (error as Error)?.message)}
      </p>
      <ul className="not-found__ways">
        <li>
          <Link to={pagePath(1)}>{siteLabels.backHome}</Link>
        </li>
        <li>
          <Link to={archivePath()}>{siteLabels.archive}</Link>
        </li>
        <li>
          <Link to={searchPath()}>{siteLabels.search}</Link>
        </li>
      </ul>
    </section>
  );
}

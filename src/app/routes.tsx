import type { LazyRouteFunction, RouteObject } from "react-router";
import { Layout } from "./layout.tsx";
import { loadRouteData } from "../browser/route-data-source.ts";
import { NotFoundPage } from "./routes/not-found.tsx";

/** What a page's route keeps for the prerender: the module the page's code lives in. */
export interface PageHandle {
  module: string;
}

/**
 * A page whose code is loaded when the page is first shown (its own chunk): `module` is its
 * source file, named so the prerender can preload that chunk in the page's HTML, and the
 * browser loads it before hydrating (src/entry-client.tsx), so a prerendered page never
 * flashes its fallback. The import is written out in full for the bundler.
 */
function page(
  id: string,
  path: string | undefined,
  module: string,
  lazy: LazyRouteFunction<RouteObject>,
): RouteObject {
  const handle: PageHandle = { module };
  return path === undefined
    ? { id, index: true, loader: loadRouteData, lazy, handle }
    : { id, path, loader: loadRouteData, lazy, handle };
}

const home = () => import("./routes/home.tsx").then((m) => ({ Component: m.HomePage }));
const term = () => import("./routes/term.tsx").then((m) => ({ Component: m.TermPage }));
const terms = () => import("./routes/terms.tsx").then((m) => ({ Component: m.TermsPage }));

/**
 * The one route table, used by the prerender (static handler) and by hydration (browser
 * router). Ids are fixed so hydration data from the build matches. Posts live at whatever URL
 * their permalink gives, so they are the catch-all; an unknown URL is a 404 from its loader.
 * Each page's code is its own chunk: a page loads the code it shows, not every page's.
 */
export const routes: RouteObject[] = [
  {
    id: "root",
    path: "/",
    element: <Layout />,
    children: [
      {
        id: "pages",
        errorElement: <NotFoundPage />,
        // Shown while a page's code loads on a page rendered in the browser alone.
        hydrateFallbackElement: <p aria-busy="true">…</p>,
        children: [
          page("home", undefined, "src/app/routes/home.tsx", home),
          page("home-page", "page/:page/", "src/app/routes/home.tsx", home),
          page("timeline-index", "timeline/", "src/app/routes/timeline-index.tsx", () =>
            import("./routes/timeline-index.tsx").then((m) => ({ Component: m.TimelineIndexPage })),
          ),
          page("timeline-year", "timeline/:year/", "src/app/routes/timeline-year.tsx", () =>
            import("./routes/timeline-year.tsx").then((m) => ({ Component: m.TimelineYearPage })),
          ),
          ...(["tags", "categories"] as const).flatMap((taxonomy) => [
            page(`${taxonomy}-index`, `${taxonomy}/`, "src/app/routes/terms.tsx", terms),
            page(taxonomy, `${taxonomy}/:term/`, "src/app/routes/term.tsx", term),
            page(
              `${taxonomy}-page`,
              `${taxonomy}/:term/page/:page/`,
              "src/app/routes/term.tsx",
              term,
            ),
          ]),
          page("archive", "archive/", "src/app/routes/archive.tsx", () =>
            import("./routes/archive.tsx").then((m) => ({ Component: m.ArchivePage })),
          ),
          page("archive-year", "archive/:year/", "src/app/routes/archive-year.tsx", () =>
            import("./routes/archive-year.tsx").then((m) => ({ Component: m.ArchiveYearPage })),
          ),
          page("search", "search/", "src/app/routes/search.tsx", () =>
            import("./routes/search.tsx").then((m) => ({ Component: m.SearchPage })),
          ),
          page("content", "*", "src/app/routes/post.tsx", () =>
            import("./routes/post.tsx").then((m) => ({ Component: m.PostPage })),
          ),
        ],
      },
    ],
  },
];

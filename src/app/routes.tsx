import type { RouteObject } from "react-router";
import { Layout } from "./layout.tsx";
import { loadRouteData } from "../browser/route-data-source.ts";
import { HomePage } from "./routes/home.tsx";
import { NotFoundPage } from "./routes/not-found.tsx";
import { PostPage } from "./routes/post.tsx";
import { TimelineIndexPage } from "./routes/timeline-index.tsx";
import { TimelineYearPage } from "./routes/timeline-year.tsx";
import { ArchivePage } from "./routes/archive.tsx";
import { ArchiveYearPage } from "./routes/archive-year.tsx";
import { SearchPage } from "./routes/search.tsx";
import { TermPage } from "./routes/term.tsx";
import { TermsPage } from "./routes/terms.tsx";

/**
 * The one route table, used by the prerender (static handler) and by hydration (browser
 * router). Ids are fixed so hydration data from the build matches. Posts live at whatever URL
 * their permalink gives, so they are the catch-all; an unknown URL is a 404 from its loader.
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
        // Only seen in `npm run dev`, which renders in the browser alone; built pages hydrate.
        hydrateFallbackElement: <p aria-busy="true">…</p>,
        children: [
          { id: "home", index: true, loader: loadRouteData, element: <HomePage /> },
          { id: "home-page", path: "page/:page/", loader: loadRouteData, element: <HomePage /> },
          {
            id: "timeline-index",
            path: "timeline/",
            loader: loadRouteData,
            element: <TimelineIndexPage />,
          },
          {
            id: "timeline-year",
            path: "timeline/:year/",
            loader: loadRouteData,
            element: <TimelineYearPage />,
          },
          ...(["tags", "categories"] as const).flatMap((taxonomy) => [
            {
              id: `${taxonomy}-index`,
              path: `${taxonomy}/`,
              loader: loadRouteData,
              element: <TermsPage />,
            },
            {
              id: taxonomy,
              path: `${taxonomy}/:term/`,
              loader: loadRouteData,
              element: <TermPage />,
            },
            {
              id: `${taxonomy}-page`,
              path: `${taxonomy}/:term/page/:page/`,
              loader: loadRouteData,
              element: <TermPage />,
            },
          ]),
          { id: "archive", path: "archive/", loader: loadRouteData, element: <ArchivePage /> },
          {
            id: "archive-year",
            path: "archive/:year/",
            loader: loadRouteData,
            element: <ArchiveYearPage />,
          },
          { id: "search", path: "search/", loader: loadRouteData, element: <SearchPage /> },
          { id: "content", path: "*", loader: loadRouteData, element: <PostPage /> },
        ],
      },
    ],
  },
];

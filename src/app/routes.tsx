import type { RouteObject } from "react-router";
import { Layout } from "./layout";
import { loadRouteData } from "./route-data-source";
import { HomePage } from "./routes/home";
import { NotFoundPage } from "./routes/not-found";
import { PostPage } from "./routes/post";
import { TimelineIndexPage } from "./routes/timeline-index";
import { TimelineYearPage } from "./routes/timeline-year";

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
          { id: "content", path: "*", loader: loadRouteData, element: <PostPage /> },
        ],
      },
    ],
  },
];

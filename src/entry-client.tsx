import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import {
  createBrowserRouter,
  matchRoutes,
  RouterProvider,
  type LazyRouteFunction,
  type RouteObject,
} from "react-router";
import { routes } from "./app/routes.tsx";
import {
  basename,
  fetchRouteData,
  forgetRouteData,
  setRouteDataSource,
  type PageHydration,
} from "./browser/route-data-source.ts";
import { POST_BODY_CLASS, restorePostBody } from "./browser/post-body.ts";
import "./styles/main.css";

setRouteDataSource(fetchRouteData);

// The prerendered page carries its data as inert JSON (no inline script: CSP-safe).
const dataElement = document.getElementById("route-data");
const hydrationData = dataElement?.textContent
  ? (JSON.parse(dataElement.textContent) as PageHydration)
  : undefined;
// A post's body travels once, in the prerendered page (src/app/post-body.ts).
if (hydrationData?.postBodyInPage) {
  const body = document.querySelector(`#root .${POST_BODY_CLASS}`);
  restorePostBody(hydrationData.loaderData, body?.innerHTML ?? "");
}
// Each page's code is loaded lazily (src/app/routes.tsx). The prerendered page's own is loaded
// before hydrating (its chunk is preloaded in the page), as React Router asks of lazy routes
// with server rendering: otherwise the router would start without the page's component and
// show its fallback over the prerendered page until the chunk came.
if (hydrationData)
  await Promise.all(
    (matchRoutes(routes, window.location, basename || "/") ?? []).map(async ({ route }) => {
      if (typeof route.lazy !== "function") return;
      const loaded = await (route.lazy as LazyRouteFunction<RouteObject>)();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
const router = createBrowserRouter(routes, { basename: basename || "/", hydrationData });
const container = document.getElementById("root")!;
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);
if (hydrationData && container.firstElementChild) hydrateRoot(container, app);
else createRoot(container).render(app);

// In `npm run dev`: a post was saved; the open page loads its data again, in place.
if (import.meta.hot)
  import.meta.hot.on("furikaeri:content", () => {
    forgetRouteData();
    void router.revalidate();
  });

import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider, type HydrationState } from "react-router";
import { routes } from "./app/routes.tsx";
import {
  basename,
  fetchRouteData,
  forgetRouteData,
  setRouteDataSource,
} from "./browser/route-data-source.ts";
import { POST_BODY_CLASS, restorePostBody } from "./browser/post-body.ts";
import "./styles/main.css";

setRouteDataSource(fetchRouteData);

// The prerendered page carries its data as inert JSON (no inline script: CSP-safe).
const dataElement = document.getElementById("route-data");
const hydrationData = dataElement?.textContent
  ? (JSON.parse(dataElement.textContent) as HydrationState & { postBodyInPage?: boolean })
  : undefined;
// A post's body travels once, in the prerendered page (src/app/post-body.ts).
if (hydrationData?.postBodyInPage) {
  const body = document.querySelector(`#root .${POST_BODY_CLASS}`);
  restorePostBody(hydrationData.loaderData, body?.innerHTML ?? "");
}
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

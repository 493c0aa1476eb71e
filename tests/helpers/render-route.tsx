import { render } from "@testing-library/react";
import {
  createMemoryRouter,
  RouterProvider,
  type LazyRouteFunction,
  type RouteObject,
} from "react-router";
import type { DateInfo, PostLink, PostSummary, RouteData } from "../../src/shared/types.ts";
import { routes } from "../../src/app/routes.tsx";
import { setRouteDataSource } from "../../src/browser/route-data-source.ts";

/**
 * Every page's code, loaded once before any test renders: pages load their code lazily
 * (src/app/routes.tsx), and the first load of a module under test can take longer than a
 * query waits. The browser's lazy loading is tested in Chromium (tests/e2e).
 */
async function loadEveryPage(list: RouteObject[]): Promise<void> {
  await Promise.all(
    list.map(async (route) => {
      if (typeof route.lazy === "function") {
        const loaded = await (route.lazy as LazyRouteFunction<RouteObject>)();
        Object.assign(route, { ...loaded, lazy: undefined });
      }
      await loadEveryPage(route.children ?? []);
    }),
  );
}
await loadEveryPage(routes);

/**
 * Renders the app's real route table at a URL, with page data given by the test instead of
 * the build (bulletproof-react's renderApp, react-router's memory router).
 */
export function renderRoute(url: string, pages: Record<string, RouteData>) {
  setRouteDataSource((path) => Promise.resolve(pages[path] ?? null));
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  return { router, ...render(<RouterProvider router={router} />) };
}

/** A date as the build hands it over. */
export function day(written: string, label: string): DateInfo {
  return { written, day: written.slice(0, 10), label };
}

/** A post summary with defaults for what a test does not care about. */
export function summary(
  overrides: Partial<PostSummary> & Pick<PostLink, "url" | "title">,
): PostSummary {
  return {
    date: day("2017-12-31T02:10:01+09:00", "2017年12月31日"),
    lang: "ja",
    excerpt: "",
    tags: [],
    categories: [],
    readingMinutes: 1,
    ...overrides,
  };
}

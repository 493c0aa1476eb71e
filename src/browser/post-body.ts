import type { RouteData } from "../shared/types.ts";

/**
 * A post page carries its body once. The prerendered HTML already holds it, so the page data
 * embedded for hydration leaves it out (it would be the page's largest part a second time,
 * JSON-escaped), and the browser takes it back from the page before hydrating, and from a
 * page it fetched for in-app navigation (route-data-source.ts).
 */

/** The class of the element that shows a post's body. */
export const POST_BODY_CLASS = "post__body";

type LoaderData = Record<string, unknown> | null | undefined;

const isPost = (data: unknown): data is Extract<RouteData, { kind: "post" }> =>
  typeof data === "object" && data !== null && (data as RouteData).kind === "post";

/** The loader data with each post's body left out; `left` tells whether one was. */
export function withoutPostBody(loaderData: LoaderData): { loaderData: LoaderData; left: boolean } {
  if (!loaderData) return { loaderData, left: false };
  let left = false;
  const copy: Record<string, unknown> = {};
  for (const [route, data] of Object.entries(loaderData)) {
    if (isPost(data)) {
      copy[route] = { ...data, post: { ...data.post, html: "" } };
      left = true;
    } else copy[route] = data;
  }
  return { loaderData: copy, left };
}

/** Puts a post's body, as the page shows it, back into the loader data (in place). */
export function restorePostBody(loaderData: LoaderData, body: string): void {
  for (const data of Object.values(loaderData ?? {})) if (isPost(data)) data.post.html = body;
}

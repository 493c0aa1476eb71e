import type { RouteLookup, SiteInfo } from "../shared/types.ts";
import { renderPage } from "../entry-server.tsx";
import { fillTemplate } from "./fill-template.ts";

/**
 * The dev server's page: rendered as the production build renders it (src/entry-server.tsx),
 * into index.html as Vite transformed it (its client, React's refresh), without the CSP tag.
 * Loaded through Vite's ssrLoadModule, so a change to a component shows at the next request.
 */
export async function renderDevPage(
  sitePath: string,
  pages: RouteLookup,
  info: SiteInfo,
  template: string,
): Promise<{ status: number; html: string }> {
  const page = await renderPage(sitePath, pages, info);
  return { status: page.status, html: fillTemplate(template, page, { csp: false }) };
}

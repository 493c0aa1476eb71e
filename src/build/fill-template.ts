import type { RenderedPage } from "../entry-server.tsx";
import { cspMetaTag } from "../content/site/security-headers.ts";
import { escapeMarkup } from "../shared/format.ts";

// Apart from the prerender (prerender.ts), so that the dev server's page renderer
// (dev-render.ts) loads the app alone, not the whole content pipeline: it did, and loading it
// was 1.2 s of the dev server's first page on a second start (docs/dev-server.md).

/**
 * The chunks a prerendered page preloads: those the entry script imports (`entry`), and for
 * each lazily loaded module (a page's code, `pages`) its chunk and what that imports.
 */
export interface Preloads {
  entry: string[];
  pages: Record<string, string[]>;
}

/**
 * Puts a rendered page into the built index.html, with preload links for its page's code
 * (`preloads`, from chunkPreloads). The dev server leaves out the Content-Security-Policy
 * (`csp: false`): Vite's client and React's refresh run inline code.
 */
export function fillTemplate(
  template: string,
  page: RenderedPage,
  { csp = true, preloads = { entry: [], pages: {} } as Preloads } = {},
): string {
  const chunks = [...preloads.entry, ...page.modules.flatMap((m) => preloads.pages[m] ?? [])];
  const links = [...new Set(chunks)].map(
    (href) => `\n    <link rel="modulepreload" crossorigin href="${escapeMarkup(href)}" />`,
  );
  // Replacer functions, so a `$&` or `$'` in a title is text, not a replacement pattern.
  return template
    .replace(/<html lang="[^"]*">/, () => `<html lang="${escapeMarkup(page.lang)}">`)
    .replace(
      "<!--app-head-->",
      () => `${csp ? `${cspMetaTag()}\n    ` : ""}${page.head}${links.join("")}`,
    )
    .replace("<!--app-html-->", () => page.html)
    .replace(
      "<!--app-data-->",
      () => `<script type="application/json" id="route-data">${page.hydration}</script>`,
    );
}

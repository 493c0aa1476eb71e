/// <reference types="vitest/config" />
// `defineConfig` from vite, not vitest/config: the installed package builds with this file and
// has no vitest (a test tool); the reference above types the `test` key for the repository.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { furikaeriContent } from "./src/build/vite-plugin.ts";

/** Dependencies and the app's modules pages share (src/components, src/browser, src/shared). */
const SHARED = /node_modules|[\\/]src[\\/](components|browser|shared)[\\/]/;
/** Components of the list pages only: they ship in chunks of their own (see below). */
const LIST_PIECES =
  /[\\/]src[\\/](components|shared)[\\/](post-list|pagination|term-links|years-at-a-glance|post-labels|list-labels)\.tsx?$/;

export default defineConfig({
  plugins: [react(), furikaeriContent()],
  resolve: { alias: { "@": "/src" } },
  // The manifest tells the prerender which chunk holds each page's code (to preload it).
  build: {
    emptyOutDir: true,
    manifest: true,
    // The prerender preloads each page's chunks itself, from the manifest (src/build/prerender.ts).
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Each page's own code is a chunk (src/app/routes.tsx); React, the router and the
        // small modules two or more pages share are one chunk, not one each: a file is
        // compressed on its own, so many small ones ship more bytes. A module one page uses
        // (the search engine, the timeline's parts) stays with that page. The pieces of lists
        // (post lists, pagination, term links, the years-at-a-glance chart) stay out of the
        // shared chunk too: the timeline year, the page with the most code of its own, shows
        // none of them, and with them it was over 110 kB (docs/architecture.md, "Chunks").
        codeSplitting: {
          groups: [
            {
              name: "app",
              test: (id) => SHARED.test(id) && !LIST_PIECES.test(id),
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  // Test builds and reports are written inside the project; they are not sources.
  server: { watch: { ignored: ["**/.cache/**", "**/test-results/**", "**/playwright-report/**"] } },
  test: {
    // An upper bound, not an expectation: a test that reads and builds whole sites can take
    // more than vitest's default 5 s on a shared 2-core machine under load.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "content",
          include: [
            "tests/content/**/*.test.ts",
            "tests/build/**/*.test.ts",
            "tests/authoring/**/*.test.ts",
            "tests/package/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "app",
          include: ["tests/app/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/helpers/setup-dom.ts"],
        },
      },
    ],
  },
});

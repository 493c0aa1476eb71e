import path from "node:path";
import { loadConfigFromFile } from "vite";
import { expect, it } from "vitest";
import { root } from "../helpers/run-build.ts";

// What every `npm run dev` loads before it listens: vite.config.ts and the modules it is
// bundled with. A second start finds every post in the post cache and builds none, so the
// Markdown pipeline stays out of it, loaded only when a post must be built (vite-plugin.ts).
it("starts the dev server without loading the Markdown pipeline", async () => {
  const loaded = await loadConfigFromFile(
    { command: "serve", mode: "development" },
    path.join(root, "vite.config.ts"),
    root,
    "silent",
    undefined,
    "bundle",
  );
  const files = (loaded?.dependencies ?? []).map((file) =>
    path.relative(root, file).split(path.sep).join("/"),
  );
  // The plugin and what it loads the site with are there (so this test sees the graph)…
  expect(files).toContain("src/build/vite-plugin.ts");
  expect(files).toContain("src/content/site/load-site.ts");
  // …but no module that parses or renders Markdown.
  expect(
    files.filter((file) =>
      /^src\/(content\/post\/(build-post|markdown)|components\/post-body\/)/.test(file),
    ),
  ).toEqual([]);
});

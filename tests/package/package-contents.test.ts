import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../helpers/run-build.ts";

// What `npm install furikaeri` gets: the files `npm pack` puts in the tarball, and the
// packages it installs with them. The whole install-and-build check (npm pack, install into an
// empty folder, build the real blog) takes minutes; docs/publishing.md gives it and its figures.
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function packedFiles(): string[] {
  const json = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  return (JSON.parse(json) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map(
    (file) => file.path,
  );
}

/** The packages a source file imports at run time (not `import type`), by package name. */
function runtimeImports(source: string): string[] {
  const names: string[] = [];
  const pattern =
    /^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?["']([^"'./][^"']*)["']|\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/gm;
  for (const match of source.matchAll(pattern)) {
    const spec = match[1] ?? match[2]!;
    if (spec.startsWith("node:") || spec.startsWith("virtual:") || spec.startsWith("@/")) continue;
    const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
    if (!builtinModules.includes(name)) names.push(name);
  }
  return names;
}

describe("the npm package", () => {
  const files = packedFiles();

  it("holds the command, the engine's sources and the template, not tests or caches", () => {
    for (const file of [
      pkg.bin.furikaeri!,
      "scripts/build.mjs",
      "scripts/serve.mjs",
      "index.html",
      "vite.config.ts",
      "src/build/prerender.ts",
      "src/entry-client.tsx",
      "furikaeri.config.ts",
      "posts/2017.md",
    ])
      expect(files).toContain(file);
    expect(files.filter((file) => /^(tests|bench|\.cache|node_modules|dist)\//.test(file))).toEqual(
      [],
    );
  }, 30_000);

  it("lists every package its code imports at run time in dependencies", () => {
    const code = files.filter((file) => /\.(m?[jt]sx?)$/.test(file) && !file.endsWith(".d.ts"));
    expect(code.length).toBeGreaterThan(50);
    const missing = new Set<string>();
    for (const file of code)
      for (const name of runtimeImports(fs.readFileSync(path.join(root, file), "utf8")))
        if (!(name in pkg.dependencies)) missing.add(`${name} (${file})`);
    // vite.config.ts's `test` key is typed by a /// reference, not an import of vitest.
    expect([...missing]).toEqual([]);
  }, 30_000);

  it("keeps test tooling out of dependencies, so installing it downloads no browser", () => {
    for (const tool of [
      "@playwright/test",
      "@sparticuz/chromium",
      "lighthouse",
      "vitest",
      "@testing-library/react",
      "jsdom",
      "typescript",
    ]) {
      expect(pkg.dependencies, tool).not.toHaveProperty(tool);
      expect(pkg.devDependencies, tool).toHaveProperty(tool);
    }
  });
});

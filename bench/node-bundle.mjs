// Builds a bench entry (TypeScript that imports Furikaeri's sources) into one Node module with
// Vite's SSR build, so a timed run loads compiled code as the real build does.
import { execFileSync } from "node:child_process";
import path from "node:path";

/** Builds `entry` (a path inside the project, e.g. bench/search-entry.ts); returns the module. */
export function bundleEntry(project, entry) {
  const name = path.basename(entry).replace(/\.ts$/, "");
  const outDir = path.join(project, "node_modules/.cache/furikaeri", `bench-${name}`);
  execFileSync(
    process.execPath,
    [
      "node_modules/vite/bin/vite.js",
      "build",
      "--configLoader",
      "bundle",
      "--logLevel",
      "warn",
      "--ssr",
      entry,
      "--outDir",
      outDir,
      "--emptyOutDir",
    ],
    {
      cwd: project,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "1" },
    },
  );
  return path.join(outDir, `${name}.js`);
}

/** The arguments that point Hugo at a bench corpus with the bench's own layout. */
export function hugoSiteArgs(project, site, cacheDir) {
  return [
    "--source",
    site,
    "--layoutDir",
    path.join(project, "bench/hugo-layout"),
    "--config",
    `config.toml,${path.join(project, "bench/hugo-config.toml")}`,
    "--cacheDir",
    cacheDir,
  ];
}

// `npm run new:retrospective -- 2026 [--content DIR]`: writes the draft of a year's
// retrospective (src/authoring/new-retrospective.ts) into the blog at DIR (default
// BLOG_CONTENT, else posts/) and prints its path. Runs the TypeScript module through Vite's
// module runner, with no config file (no plugin, no content read at load).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

try {
  const { values, positionals } = parseArgs({
    options: { content: { type: "string" } },
    allowPositionals: true,
  });
  // npm runs scripts in the project; a relative folder is the caller's (INIT_CWD).
  const cwd = process.env.INIT_CWD || process.cwd();
  const content = path.resolve(cwd, values.content || process.env.BLOG_CONTENT || "posts");
  if (positionals.length !== 1 || !/^\d{4}$/.test(positionals[0]))
    throw new Error(
      "usage: npm run new:retrospective -- YEAR [--content DIR]; give the year to look back on, as in 2026",
    );
  const year = Number(positionals[0]);
  const { runnerImport } = await import("vite");
  const { module } = await runnerImport(path.join(project, "src/authoring/new-retrospective.ts"), {
    configFile: false,
    root: project,
    logLevel: "error",
  });
  const file = module.newRetrospective(content, year);
  const relative = path.relative(cwd, file);
  console.log(relative.startsWith("..") ? file : relative);
} catch (error) {
  // Content errors already say file:line:column: what; how to fix. No stack trace.
  console.error(String(error?.message ?? error));
  process.exitCode = 1;
}

#!/usr/bin/env node
// The `furikaeri` command: build, preview and write a blog, in this template repository
// (`npm run build` calls it) or installed as a package and pointed at any folder of posts or
// Hugo site (`npx furikaeri build --content ../my-blog`). Flags win over the environment
// variables the build reads (BLOG_CONTENT, BLOG_OUT, BLOG_BASE, BLOG_REPORT, PORT), which keep
// working. Each command is one entry of COMMANDS below: its flags, its help line, its run().
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8"));

const requireFromProject = createRequire(path.join(project, "package.json"));

/** Exit status for a command line this program does not understand (as getopt tools do). */
const USAGE_ERROR = 2;

const flag = (value, description) => ({ type: "string", value, description });
const CONTENT = flag("DIR", "folder of Markdown posts, or a Hugo site (BLOG_CONTENT; posts/)");
const OUT = flag("DIR", "output folder (BLOG_OUT; dist/)");
const BASE = flag("PATH", "path the site is served under, e.g. /my-blog/ (BLOG_BASE; /)");
const PORT = flag("N", "port to listen on (PORT; 4173 serve, 5173 dev)");

/** The commands. To add one, add an entry: `args` names its positionals for the help. */
const COMMANDS = {
  build: {
    summary: "build the static site",
    options: {
      content: CONTENT,
      out: OUT,
      base: BASE,
      report: flag("FILE", "write a JSON report of every file (BLOG_REPORT)"),
    },
    run: ({ values }) =>
      node([path.join(project, "scripts/build.mjs")], {
        BLOG_CONTENT: resolved(values.content),
        BLOG_OUT: resolved(values.out),
        BLOG_BASE: values.base,
        BLOG_REPORT: resolved(values.report),
      }),
  },
  dev: {
    summary: "serve the site with drafts, rebuilt as you save",
    options: {
      content: CONTENT,
      base: BASE,
      port: PORT,
      host: flag("H", "address to listen on, e.g. 0.0.0.0 for the network (localhost)"),
    },
    run: ({ values }) => {
      const vite = path.join(
        path.dirname(requireFromProject.resolve("vite/package.json")),
        "bin/vite.js",
      );
      const port = values.port ?? process.env.PORT;
      return node(
        [
          vite,
          project,
          "--configLoader",
          "bundle",
          ...(port ? ["--port", port] : []),
          ...(values.host ? ["--host", values.host] : []),
        ],
        { BLOG_CONTENT: resolved(values.content), BLOG_BASE: values.base },
      );
    },
  },
  serve: {
    summary: "serve a built site as a static host does",
    options: { out: OUT, port: PORT },
    run: ({ values }) =>
      node([path.join(project, "scripts/serve.mjs")], {
        BLOG_OUT: resolved(values.out),
        PORT: values.port,
      }),
  },
  "new post": {
    summary: "write a new post dated now in the site's time zone",
    args: '"Title"',
    positionals: 1,
    options: { content: CONTENT },
    run: async ({ values, positionals: [title] }) => {
      const { newPost } = await importSource("src/authoring/new-post.ts");
      return wrote(newPost({ content: contentOf(values), title }));
    },
  },
  "new retrospective": {
    summary: "draft YEAR's retrospective: its posts month by month, last year's plans",
    args: "YEAR",
    positionals: 1,
    options: { content: CONTENT },
    run: async ({ values, positionals: [year] }) => {
      if (!/^\d{4}$/.test(year)) return usage(`YEAR must be four digits, not "${year}"`);
      const { newRetrospective } = await importSource("src/authoring/new-retrospective.ts");
      return wrote(newRetrospective(contentOf(values), Number(year)));
    },
  },
};

const GLOBAL = { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } };
const GLOBAL_FLAGS = { "--help": 1, "-h": 1, "--version": 1, "-v": 1 };

async function main(argv) {
  const words = argv.filter((arg) => !arg.startsWith("-"));
  const name = [`${words[0]} ${words[1]}`, words[0]].find((key) => key in COMMANDS);
  if (!name) {
    if (argv.length === 1 && ["--help", "-h"].includes(argv[0])) return say(help());
    if (argv.length === 1 && ["--version", "-v"].includes(argv[0])) return say(pkg.version);
    if (argv.length === 0) return usage("no command given");
    return usage(
      words[0]
        ? `unknown command "${words.slice(0, 2).join(" ")}"`
        : `unknown option "${argv.find((arg) => !(arg in GLOBAL_FLAGS)) ?? argv[0]}"`,
    );
  }
  const command = COMMANDS[name];
  const rest = [...argv];
  for (const word of name.split(" ")) rest.splice(rest.indexOf(word), 1);
  const args = parse(rest, { ...command.options, ...GLOBAL }, command.positionals ?? 0);
  if (!args) return USAGE_ERROR;
  if (args.values.help) return say(help(name));
  if (args.values.version) return say(pkg.version);
  try {
    return (await command.run(args)) ?? 0;
  } catch (error) {
    // Content and config errors carry their file and the fix: no stack trace.
    return fail(String(error?.message ?? error));
  }
}

/** parseArgs, strict; on a mistake prints it with the usage and returns null. */
function parse(args, options, positionals) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    usage(error.message.replace(/\. To specify a positional argument.*$/s, ""));
    return null;
  }
  if (parsed.positionals.length !== positionals) {
    usage(
      parsed.positionals.length > positionals
        ? `unexpected argument "${parsed.positionals[positionals]}"`
        : "missing argument",
    );
    return null;
  }
  return parsed;
}

function help(name) {
  const lines = [`furikaeri ${pkg.version}: ${pkg.description}`, "", "Usage:"];
  const row = (left, right) => `  ${left.padEnd(36)}${right}`;
  for (const [key, command] of Object.entries(COMMANDS)) {
    if (name && key !== name) continue;
    lines.push(row(`furikaeri ${key}${command.args ? ` ${command.args}` : ""}`, command.summary));
    for (const [option, spec] of Object.entries(command.options))
      lines.push(row(`    --${option} ${spec.value}`, spec.description));
  }
  lines.push(row("furikaeri --help | --version", "this text | the version"));
  lines.push(
    "",
    "Flags win over the environment variables in brackets. Docs: docs/getting-started.md",
  );
  return lines.join("\n");
}

function usage(problem) {
  console.error(`furikaeri: ${problem}\n\n${help()}`);
  return USAGE_ERROR;
}

function fail(message) {
  console.error(`furikaeri: ${message}`);
  return 1;
}

function say(text) {
  console.log(text);
  return 0;
}

function wrote(file) {
  return say(`wrote ${path.relative(process.cwd(), file) || file}`);
}

/** A flag's path made absolute against the folder the command runs in. */
function resolved(value) {
  return value === undefined ? undefined : path.resolve(value);
}

function contentOf(values) {
  return path.resolve(values.content ?? process.env.BLOG_CONTENT ?? "posts");
}

/**
 * Runs Node on `args` with the environment, flags overriding; resolves to its exit status. A
 * SIGINT or SIGTERM sent to this process is passed on, so stopping `furikaeri serve` or `dev`
 * (by Ctrl-C or by a process manager) stops the server too.
 */
function node(args, overrides) {
  const env = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) env[key] = value;
  const child = spawn(process.execPath, args, { stdio: "inherit", env });
  const forward = (signal) => child.kill(signal);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on("error", (error) => resolve(fail(error.message)));
    child.on("exit", (code, signal) => {
      for (const name of ["SIGINT", "SIGTERM"]) process.off(name, forward);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

/** Imports one of the project's TypeScript modules (Node 20 cannot), through Vite's runner. */
async function importSource(file) {
  const { runnerImport } = await import("vite");
  const { module } = await runnerImport(path.join(project, file), {
    configFile: false,
    root: project,
    logLevel: "error",
  });
  return module;
}

process.exitCode = await main(process.argv.slice(2));

import fs from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { normaliseBase } from "../../src/content/read/config.ts";
import { root } from "../helpers/run-build.ts";

// The deploy settings shipped with the template, read as GitHub and Netlify read them.
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;

describe(".github/workflows/deploy.yml", () => {
  const workflow = parseYaml(read(".github/workflows/deploy.yml")) as Workflow;
  const { build, deploy } = workflow.jobs;
  const action = (steps: Step[], name: string) =>
    steps.find((step) => step.uses?.startsWith(`actions/${name}@`));

  it("runs on a push to main with the permissions Pages needs", () => {
    expect(workflow.on.push.branches).toEqual(["main"]);
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
  });

  it("configures Pages, installs, builds with npm run build, uploads dist, then deploys", () => {
    const steps = build!.steps;
    const order = ["checkout", "setup-node", "configure-pages", "upload-pages-artifact"].map(
      (name) => steps.indexOf(action(steps, name)!),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const buildStep = steps.find((step) => step.run === "npm run build")!;
    expect(steps.indexOf(buildStep)).toBeGreaterThan(order[2]!);
    expect(steps.indexOf(buildStep)).toBeLessThan(order[3]!);
    expect(steps.some((step) => /^npm ci\b/.test(step.run ?? ""))).toBe(true);
    // npm run build is the furikaeri command's build, which writes dist/.
    expect(scripts.build).toBe("node bin/furikaeri.mjs build");
    expect(action(steps, "upload-pages-artifact")!.with).toEqual({ path: "dist" });
    expect(deploy!.needs).toBe("build");
    expect(deploy!.environment?.name).toBe("github-pages");
    expect(action(deploy!.steps, "deploy-pages")).toBeDefined();
  });

  it("builds a project site under /<repository>/ and a user site at /", () => {
    const steps = build!.steps;
    const pages = action(steps, "configure-pages")!;
    const env = steps.find((step) => step.run === "npm run build")!.env!.BLOG_BASE!;
    expect(env).toContain(`steps.${pages.id}.outputs.base_path`);
    // What configure-pages gives for each kind of site, put into the expression.
    const base = (basePath: string) => normaliseBase(env.replace(/\$\{\{[^}]*\}\}/, basePath));
    expect(base("/my-blog")).toBe("/my-blog/");
    expect(base("")).toBe("/");
  });

  it("installs a Node the package supports", () => {
    const node = action(build!.steps, "setup-node")!.with!["node-version"];
    expect(Number(node)).toBeGreaterThanOrEqual(20);
  });
});

describe("netlify.toml", () => {
  it("runs npm run build and publishes dist", () => {
    const config = parseToml(read("netlify.toml")) as { build: Record<string, unknown> };
    expect(config.build).toMatchObject({ command: "npm run build", publish: "dist" });
  });
});

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { root } from "../helpers/run-build.ts";
import { newRetrospective } from "../../src/authoring/new-retrospective.ts";
import { until } from "../helpers/until.ts";

const PORT = 4398 + Number(process.env.FURIKAERI_TEST_PORT_OFFSET ?? 0);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-new-retro-dev-"));
let server: ChildProcess | null = null;
afterAll(() => {
  server?.kill();
  fs.rmSync(tmp, { recursive: true, force: true });
});

it("a new retrospective's draft is on the year's timeline in `npm run dev` as soon as it is written", async () => {
  const site = path.join(tmp, "posts");
  fs.cpSync(path.join(root, "posts"), site, { recursive: true });
  server = spawn(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "--configLoader", "bundle", "--port", String(PORT)].concat(
      "--strictPort",
    ),
    { cwd: root, env: { ...process.env, BLOG_CONTENT: site, BLOG_BASE: "" }, stdio: "ignore" },
  );
  const timeline = (year: number) =>
    fetch(`http://localhost:${PORT}/timeline/${year}/`, { headers: { Accept: "text/html" } }).then(
      (r) => r.status,
    );
  await until(
    () => timeline(2026),
    (status) => status === 200,
  );
  // Dated now: a draft dated later would wait, as any future post does.
  expect(await timeline(2025)).toBe(404);
  newRetrospective(site, 2025);
  await until(
    () => timeline(2025),
    (status) => status === 200,
  );
}, 90_000);

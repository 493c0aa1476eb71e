import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

export const root = path.resolve(import.meta.dirname, "../..");

/**
 * Runs the production build (`node scripts/build.mjs`, as `npm run build`) in a child process
 * into temporary folders, and cleans up after: the outputs and the manifests the build keeps
 * of them in node_modules/.cache (one per output folder).
 */
export function buildRunner(prefix: string) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const outs: string[] = [];
  return {
    /** A fresh output folder path inside the runner's temporary folder. */
    out(name: string) {
      const out = path.join(tmp, name);
      outs.push(out);
      return out;
    },
    /** Builds with the given environment; resolves to the exit code and the output. */
    async build(env: Record<string, string>) {
      const full: NodeJS.ProcessEnv = {
        ...process.env,
        VITE_CONFIG_NATIVE_IGNORE_WARNING: "1",
        ...env,
      };
      if (!env.BLOG_BASE) delete full.BLOG_BASE;
      if (!env.BLOG_REPORT) delete full.BLOG_REPORT;
      try {
        const { stdout, stderr } = await promisify(execFile)("node", ["scripts/build.mjs"], {
          cwd: root,
          env: full,
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
        return { code, stdout, stderr };
      }
    },
    cleanup() {
      fs.rmSync(tmp, { recursive: true, force: true });
      for (const out of outs) {
        const hash = createHash("sha256").update(out).digest("hex").slice(0, 12);
        fs.rmSync(path.join(root, "node_modules/.cache/furikaeri/out", `${hash}.json`), {
          force: true,
        });
      }
    },
  };
}

/** Every file under a folder, relative path → SHA-256 of its bytes. */
export function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile())
      out[file] = createHash("sha256").update(fs.readFileSync(full)).digest("hex");
  }
  return out;
}

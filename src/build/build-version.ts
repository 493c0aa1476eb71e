import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let version: string | null = null;

/**
 * A hash of the running build's own code (every script of its bundle's folder) and of the
 * lockfile: the caches of one build are only reused by a build of the same code.
 */
export function buildVersion(): string {
  if (version) return version;
  const hash = createHash("sha256");
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of fs.readdirSync(here).sort())
    if (/\.(m?js|ts|tsx)$/.test(name))
      hash.update(name).update(fs.readFileSync(path.join(here, name)));
  for (const file of ["package-lock.json", "package.json"])
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  version = hash.digest("hex");
  return version;
}

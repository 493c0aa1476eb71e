import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "./hash.ts";

let version: string | null = null;

/**
 * A hash of the running build's own code (every script of its bundle's folder) and of the
 * lockfile: the caches of one build are only reused by a build of the same code.
 */
export function buildVersion(): string {
  if (version) return version;
  const parts: (string | Uint8Array)[] = [];
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of fs.readdirSync(here).sort())
    if (/\.(m?js|ts|tsx)$/.test(name)) parts.push(name, fs.readFileSync(path.join(here, name)));
  for (const file of ["package-lock.json", "package.json"])
    if (fs.existsSync(file)) parts.push(fs.readFileSync(file));
  version = sha256(parts, "hex");
  return version;
}

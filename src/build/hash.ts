import { createHash } from "node:crypto";

/** SHA-256 of the parts in turn (a file's path and bytes, a page's version and data …). */
export function sha256(
  parts: readonly (string | Uint8Array)[],
  encoding: "base64" | "hex" = "base64",
): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest(encoding);
}

/** A short name from a text (a site's cache folder, an output folder's manifest). */
export function shortHash(text: string): string {
  return sha256([text], "hex").slice(0, 12);
}

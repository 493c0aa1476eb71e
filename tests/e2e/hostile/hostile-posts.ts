import fs from "node:fs";
import path from "node:path";

/** The hostile fixture blog: posts of our own whose payloads set `__pwned` or open a dialog. */
export const HOSTILE_DIR = path.resolve(import.meta.dirname, "../../fixtures/hostile");

/** A post of the hostile blog, with the sentences a reader must still see. */
export interface HostilePost {
  /** Path relative to the fixture folder, POSIX slashes. */
  file: string;
  text: string;
  /** Every "Still readable: …." sentence of the post. */
  readable: string[];
}

/** Every Markdown file of the hostile blog, sorted. */
export function hostilePosts(): HostilePost[] {
  return (fs.readdirSync(HOSTILE_DIR, { recursive: true }) as string[])
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(HOSTILE_DIR, name), "utf8");
      const readable = text.match(/Still readable: [^<\n\]]*[.。]/g) ?? [];
      return { file: name.split(path.sep).join("/"), text, readable };
    });
}

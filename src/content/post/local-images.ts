import fs from "node:fs";
import path from "node:path";
import { imageSize as measureImage } from "image-size";
import { visit } from "unist-util-visit";
import type { Root } from "mdast";
import { positionAt, type ContentWarning } from "../errors.ts";

/** The site's own files (Hugo's `static/`, the project's `public/`), as posts reference them. */
export interface LocalFiles {
  /** Width and height of a local image, measured once; null when unknown or not an image. */
  size(src: string): { width: number; height: number } | null;
  /** Whether a root-relative URL (`/images/x.jpg`) names a file that will be published. */
  exists(src: string): boolean;
}

/** Looks up root-relative URLs in the given folders, in order. */
export function makeLocalFiles(dirs: string[], base: string): LocalFiles {
  const found = new Map<string, string | null>();
  const sizes = new Map<string, { width: number; height: number } | null>();
  const fileOf = (src: string): string | null => {
    const rel = sitePathOf(src, base);
    if (rel === null) return null;
    if (found.has(rel)) return found.get(rel)!;
    let file: string | null = null;
    for (const dir of dirs) {
      const candidate = path.join(dir, rel);
      if (
        candidate.startsWith(dir) &&
        fs.existsSync(candidate) &&
        fs.statSync(candidate).isFile()
      ) {
        file = candidate;
        break;
      }
    }
    found.set(rel, file);
    return file;
  };
  return {
    exists: (src) => fileOf(src) !== null,
    size: (src) => {
      const file = fileOf(src);
      if (!file) return null;
      if (!sizes.has(file)) {
        let size: { width: number; height: number } | null = null;
        try {
          const measured = measureImage(fs.readFileSync(file));
          if (measured.width && measured.height)
            size = { width: measured.width, height: measured.height };
        } catch {
          size = null;
        }
        sizes.set(file, size);
      }
      return sizes.get(file)!;
    },
  };
}

/** `/images/a b.jpg?x#y` → `/images/a b.jpg`; null for anything that is not a root-relative path. */
function sitePathOf(src: string, base: string): string | null {
  if (!src.startsWith("/") || src.startsWith("//")) return null;
  let rel = src.split(/[?#]/)[0]!;
  try {
    rel = decodeURIComponent(rel);
  } catch {
    /* keep as written */
  }
  if (base !== "/" && rel.startsWith(base)) rel = rel.slice(base.length - 1);
  return rel;
}

const HTML_IMG_SRC = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * Warns about each local image a post shows (Markdown `![](/images/x.jpg)` or raw `<img>`)
 * that no static folder holds: the page would show a broken image. Lines are the file's.
 */
export function missingImageWarnings(
  tree: Root,
  files: Pick<LocalFiles, "exists">,
): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  const check = (src: string, line: number, column: number) => {
    if (src.startsWith("/") && !src.startsWith("//") && !files.exists(src))
      warnings.push({
        line,
        column,
        message: `image ${src} is not in the site's static files, so it will show as broken; add the file (static${src.split(/[?#]/)[0]} in a Hugo site) or fix the path`,
      });
  };
  visit(tree, (node) => {
    const start = node.position?.start;
    if (!start) return;
    if (node.type === "image") check(node.url, start.line, start.column);
    else if (node.type === "html") {
      for (const m of node.value.matchAll(HTML_IMG_SRC)) {
        const at = positionAt(node.value, m.index);
        check(
          m[1] ?? m[2] ?? m[3] ?? "",
          start.line + at.line - 1,
          at.line === 1 ? start.column + at.column - 1 : at.column,
        );
      }
    }
  });
  return warnings;
}

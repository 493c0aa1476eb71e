import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureDir } from "../../src/build/ensure-dir.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});
const tempRoot = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-dirs-"));
  roots.push(root);
  return root;
};

describe("ensureDir", () => {
  it("makes a post's dated folders, then siblings and deeper folders next to them", () => {
    const out = path.join(tempRoot(), "dist");
    ensureDir(path.join(out, "writing/2015/10/04/otto"));
    ensureDir(path.join(out, "writing/2015/10/05/go"));
    ensureDir(path.join(out, "writing/2016/01/01/new-year"));
    ensureDir(path.join(out, "writing/2015/10/04/otto/images"));
    for (const folder of [
      "writing/2015/10/04/otto/images",
      "writing/2015/10/05/go",
      "writing/2016/01/01/new-year",
    ])
      expect(fs.statSync(path.join(out, folder)).isDirectory()).toBe(true);
  });

  it("accepts a folder someone else made in between, and fails where a file is in the way", () => {
    const out = path.join(tempRoot(), "dist");
    ensureDir(path.join(out, "tags"));
    fs.mkdirSync(path.join(out, "tags/go"));
    expect(() => ensureDir(path.join(out, "tags/go"))).not.toThrow();
    fs.writeFileSync(path.join(out, "tags/rust"), "a file, not a folder");
    expect(() => ensureDir(path.join(out, "tags/rust/page/2"))).toThrow(/ENOTDIR|EEXIST/);
  });

  it("makes the folders again when one it made was deleted since", () => {
    const out = path.join(tempRoot(), "dist");
    ensureDir(path.join(out, "writing/2017"));
    fs.rmSync(out, { recursive: true });
    ensureDir(path.join(out, "writing/2017/12/31/furikaeri"));
    expect(fs.statSync(path.join(out, "writing/2017/12/31/furikaeri")).isDirectory()).toBe(true);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { folderMaker, openOutputFolder } from "../../src/build/output-folder.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});
const tempRoot = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-out-"));
  roots.push(root);
  return root;
};

describe("folderMaker", () => {
  it("makes a post's dated folders, then siblings and deeper folders next to them", async () => {
    const out = path.join(tempRoot(), "dist");
    const { make } = folderMaker(out);
    await Promise.all([
      make(path.join(out, "writing/2015/10/04/otto")),
      make(path.join(out, "writing/2015/10/05/go")),
      make(path.join(out, "writing/2016/01/01/new-year")),
      make(path.join(out, "writing/2015/10/04/otto/images")),
    ]);
    for (const folder of [
      "writing/2015/10/04/otto/images",
      "writing/2015/10/05/go",
      "writing/2016/01/01/new-year",
    ])
      expect(fs.statSync(path.join(out, folder)).isDirectory()).toBe(true);
  });

  it("accepts a folder someone else made in between, and fails where a file is in the way", async () => {
    const out = path.join(tempRoot(), "dist");
    const { make } = folderMaker(out);
    await make(path.join(out, "tags"));
    fs.mkdirSync(path.join(out, "tags/go"));
    await expect(make(path.join(out, "tags/go"))).resolves.toBeUndefined();
    fs.writeFileSync(path.join(out, "tags/rust"), "a file, not a folder");
    await expect(make(path.join(out, "tags/rust/page/2"))).rejects.toThrow(/ENOTDIR|EEXIST/);
  });
});

describe("openOutputFolder", () => {
  const open = (root: string) =>
    openOutputFolder(
      path.join(root, "dist"),
      path.join(root, "manifest.json"),
      path.join(root, "trash"),
    );

  it("has every file on disk once finish() resolves, and keeps unchanged ones next time", async () => {
    const root = tempRoot();
    const first = open(root);
    for (let i = 0; i < 200; i++)
      first.write(`writing/2015/10/${i}/index.html`, `<p>post ${i}</p>`);
    first.write("index.xml", "<rss/>");
    expect(await first.finish()).toEqual({ written: 201, kept: 0, removed: 0 });
    expect(fs.readFileSync(path.join(root, "dist/writing/2015/10/199/index.html"), "utf8")).toBe(
      "<p>post 199</p>",
    );
    const second = open(root);
    for (let i = 0; i < 199; i++)
      second.write(`writing/2015/10/${i}/index.html`, `<p>post ${i}</p>`);
    second.write("index.xml", "<rss>changed</rss>");
    expect(await second.finish()).toEqual({ written: 1, kept: 199, removed: 1 });
    expect(fs.existsSync(path.join(root, "dist/writing/2015/10/199"))).toBe(false);
    expect(fs.readFileSync(path.join(root, "dist/index.xml"), "utf8")).toBe("<rss>changed</rss>");
  });

  it("fails finish() with the error of a write that could not be made", async () => {
    const root = tempRoot();
    const folder = open(root);
    folder.write("tags/rust", "a file where a folder is wanted next");
    await folder.finish();
    const next = open(root);
    next.write("tags/rust", "a file where a folder is wanted next");
    next.write("tags/rust/index.html", "<p>rust</p>");
    await expect(next.finish()).rejects.toThrow(/ENOTDIR|EEXIST/);
  });
});

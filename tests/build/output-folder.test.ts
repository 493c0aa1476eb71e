import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openOutputFolder } from "../../src/build/output-folder.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});
const tempRoot = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-out-"));
  roots.push(root);
  return root;
};

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

  it("makes a post's dated folders, siblings and deeper folders, whatever the order", async () => {
    const root = tempRoot();
    const folder = open(root);
    for (const rel of [
      "writing/2015/10/04/otto/index.html",
      "writing/2015/10/05/go/index.html",
      "writing/2016/01/01/new-year/index.html",
      "writing/2015/10/04/otto/images/a.png",
      "writing/2015/index.html",
    ])
      folder.write(rel, rel);
    await folder.finish();
    for (const rel of ["writing/2015/10/04/otto/images/a.png", "writing/2015/index.html"])
      expect(fs.readFileSync(path.join(root, "dist", rel), "utf8")).toBe(rel);
  });

  it("copies files, and a page given as bytes is written as given", async () => {
    const root = tempRoot();
    const source = path.join(root, "photo.jpg");
    fs.writeFileSync(source, Buffer.from([0xff, 0xd8, 0xff, 0x00]));
    const folder = open(root);
    folder.copy("images/photo.jpg", source);
    folder.write("ja/index.html", Buffer.from("振り返り"));
    folder.write("en/index.html", "looking back ✓");
    expect(await folder.finish()).toEqual({ written: 3, kept: 0, removed: 0 });
    expect(fs.readFileSync(path.join(root, "dist/images/photo.jpg"))).toEqual(
      fs.readFileSync(source),
    );
    expect(fs.readFileSync(path.join(root, "dist/ja/index.html"), "utf8")).toBe("振り返り");
    expect(fs.readFileSync(path.join(root, "dist/en/index.html"), "utf8")).toBe("looking back ✓");
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

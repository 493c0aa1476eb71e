import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dateIn, newPost } from "../../src/authoring/new-post.ts";

let tmp = "";
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
const folder = () => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-new-post-")));

describe("dateIn", () => {
  it.each([
    // 2017-12-30T17:10:01Z is already December 31 in Tokyo, still December 30 in Los Angeles.
    ["2017-12-30T17:10:01Z", "Asia/Tokyo", "2017-12-31T02:10:01+09:00"],
    ["2017-12-30T17:10:01Z", "America/Los_Angeles", "2017-12-30T09:10:01-08:00"],
    ["2017-07-01T12:00:00Z", "America/Los_Angeles", "2017-07-01T05:00:00-07:00"],
    ["2017-12-30T17:10:01Z", "UTC", "2017-12-30T17:10:01+00:00"],
    ["2017-12-30T23:30:00Z", "Asia/Kolkata", "2017-12-31T05:00:00+05:30"],
  ])("%s in %s is %s", (instant, zone, expected) => {
    expect(dateIn(new Date(instant), zone)).toBe(expected);
  });

  it("names a time zone it does not know, and the fix", () => {
    expect(() => dateIn(new Date(), "Mars/Olympus")).toThrow(
      'timeZone: "Mars/Olympus" is not a time zone; write an IANA name such as "Asia/Tokyo" or "UTC"',
    );
  });
});

describe("newPost", () => {
  const now = new Date("2026-11-30T20:00:00Z");

  it("writes the post into a plain folder with its title and the date in the site's zone", () => {
    const dir = folder();
    const file = newPost({ content: dir, title: "Hello, World", now, timeZone: "Asia/Tokyo" });
    expect(file).toBe(path.join(dir, "hello-world.md"));
    expect(fs.readFileSync(file, "utf8")).toBe(
      "---\ntitle: Hello, World\ndate: 2026-12-01T05:00:00+09:00\n---\n\n",
    );
  });

  it("writes into a Hugo site's content/posts/, dated in the site's own timeZone", () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, "content"));
    fs.writeFileSync(path.join(dir, "hugo.toml"), 'title = "x"\ntimeZone = "America/New_York"\n');
    const file = newPost({ content: dir, title: "2026年振り返り", now, timeZone: "Asia/Tokyo" });
    expect(file).toBe(path.join(dir, "content/posts/2026年振り返り.md"));
    expect(fs.readFileSync(file, "utf8")).toContain("date: 2026-11-30T15:00:00-05:00\n");
  });

  it("never overwrites a post: the second one with the same title is refused", () => {
    const dir = folder();
    const file = newPost({ content: dir, title: "Same", now, timeZone: "UTC" });
    fs.appendFileSync(file, "Words the author wrote.\n");
    expect(() => newPost({ content: dir, title: "Same", now, timeZone: "UTC" })).toThrow(
      `${file} already exists; it was left as it is. Edit it, or choose another title`,
    );
    expect(fs.readFileSync(file, "utf8")).toContain("Words the author wrote.");
  });

  it("quotes a title YAML would misread", () => {
    const dir = folder();
    const file = newPost({ content: dir, title: "yes: no #1", now, timeZone: "UTC" });
    expect(fs.readFileSync(file, "utf8")).toContain('title: "yes: no #1"\n');
  });
});

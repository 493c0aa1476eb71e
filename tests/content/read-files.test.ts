import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/errors.ts";
import { decodeUtf8 } from "../../src/content/read/read-files.ts";

/** The error decoding the bytes throws, as the build prints it. */
function errorOf(bytes: number[] | Buffer): string {
  try {
    decodeUtf8(Uint8Array.from(bytes), "post.md");
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error("expected a ContentError");
}

const NOT_UTF8 =
  'the file is not valid UTF-8; save it as UTF-8 (most editors offer this under "Save with encoding")';

describe("decodeUtf8", () => {
  it("decodes UTF-8, drops a BOM, and keeps a real U+FFFD", () => {
    expect(decodeUtf8(Buffer.from("日本語\n\uFFFD ok"), "post.md")).toBe("日本語\n\uFFFD ok");
    expect(decodeUtf8(Buffer.from("\uFEFF---\n"), "post.md")).toBe("---\n");
  });

  it.each([
    { name: "Latin-1 é", bytes: Buffer.from("title: Caf\xe9 au lait", "latin1"), at: "1:11" },
    {
      name: "Latin-1 after real U+FFFD and Japanese",
      bytes: Buffer.concat([Buffer.from("\uFFFD日本\nab"), Buffer.from([0xe9, 0x20])]),
      at: "2:3",
    },
    { name: "a stray continuation byte", bytes: [0x61, 0x0a, 0x62, 0x80, 0x63], at: "2:2" },
    { name: "a sequence cut short at the end", bytes: [0x61, 0x62, 0xe6, 0x97], at: "1:3" },
    { name: "Shift_JIS", bytes: Buffer.from([0x93, 0xfa, 0x96, 0x7b]), at: "1:1" },
  ])("locates $name at $at", ({ bytes, at }) => {
    expect(errorOf(bytes)).toBe(`post.md:${at}: ${NOT_UTF8}`);
  });

  it.each([
    { name: "UTF-16 LE", bytes: Buffer.from("\uFEFF---\n", "utf16le") },
    { name: "UTF-16 BE", bytes: Buffer.from("\uFEFF---\n", "utf16le").swap16() },
  ])("names $name", ({ bytes }) => {
    expect(errorOf(bytes)).toBe(
      'post.md:1:1: the file is UTF-16, not UTF-8; save it as UTF-8 (most editors offer this under "Save with encoding")',
    );
  });

  it("calls a file with a NUL byte binary, at that byte", () => {
    expect(errorOf([0x89, 0x50, 0x0a, 0x0a, 0x41, 0x00])).toBe(
      "post.md:3:2: this looks like a binary file, not Markdown (it holds a NUL byte); remove it from the content folder or rename it away from .md",
    );
  });
});

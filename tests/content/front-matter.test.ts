import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/errors.ts";
import { parseFrontMatter } from "../../src/content/read/front-matter.ts";

const parse = (text: string) => parseFrontMatter(text, "content/post.md");

/** The error a parse throws, as the build prints it. */
function errorOf(text: string): string {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error("expected a ContentError");
}

describe("parseFrontMatter: good input", () => {
  it.each([
    {
      name: "YAML",
      text: '---\ntitle: "2017年振り返り"\ndate: 2017-12-31T02:10:01+09:00\n---\n\nBody\n',
      format: "yaml",
      data: { title: "2017年振り返り", date: "2017-12-31T02:10:01+09:00" },
      bodyLine: 5,
    },
    {
      name: "YAML with a blank line after the opening delimiter",
      text: "---\n\ntitle: 'A'\ndate: 2014-11-17\n---\nBody\n",
      format: "yaml",
      data: { title: "A", date: "2014-11-17" },
      bodyLine: 6,
    },
    {
      name: "YAML with a BOM and CRLF line ends",
      text: "\uFEFF---\r\ntitle: A\r\ndate: 2014-11-17\r\n---\r\nBody\r\n",
      format: "yaml",
      data: { title: "A", date: "2014-11-17" },
      bodyLine: 5,
    },
    {
      name: "TOML",
      text: '+++\ntitle = "A"\ndate = 2017-12-31T02:10:01+09:00\ntags = ["go"]\n+++\nBody\n',
      format: "toml",
      data: { title: "A", tags: ["go"] },
      bodyLine: 6,
    },
    {
      name: "JSON",
      text: '{\n  "title": "A",\n  "date": "2014-11-17"\n}\nBody\n',
      format: "json",
      data: { title: "A", date: "2014-11-17" },
      bodyLine: 5,
    },
    {
      name: "JSON with braces inside strings and nested objects",
      text: '{\n  "title": "a } b {",\n  "params": { "x": 1 }\n}\nBody\n',
      format: "json",
      data: { title: "a } b {", params: { x: 1 } },
      bodyLine: 5,
    },
    {
      name: "empty YAML",
      text: "---\n---\nBody\n",
      format: "yaml",
      data: {},
      bodyLine: 3,
    },
    { name: "no front matter", text: "Just text\n", format: "none", data: {}, bodyLine: 1 },
  ])("reads $name", ({ text, format, data, bodyLine }) => {
    const fm = parse(text);
    expect(fm.format).toBe(format);
    expect(fm.data).toMatchObject(data);
    expect(fm.bodyLine).toBe(bodyLine);
    expect(fm.body.trim()).toBe(format === "none" ? "Just text" : "Body");
    expect(fm.body).not.toContain("\r");
  });

  it("keeps a TOML date's written offset", () => {
    const fm = parse("+++\ndate = 2017-12-31T02:10:01+09:00\n+++\n");
    expect((fm.data.date as Date).toISOString()).toBe("2017-12-31T02:10:01.000+09:00");
  });

  it.each([
    { format: "YAML", text: "---\n\ntitle: A\n\ndate: x\n---\n", title: 3, date: 5 },
    {
      format: "TOML",
      text: '+++\ntitle = "A"\n\ndate = 1\n[params]\ndate = 2\n+++\n',
      title: 2,
      date: 4,
    },
    {
      format: "JSON",
      text: '{\n    "title": "A",\n    "x": {"date": 1},\n    "date": 1\n}\n',
      title: 2,
      date: 4,
    },
  ])("knows the line of each top-level $format key", ({ text, title, date }) => {
    expect(parse(text).keyLines).toMatchObject({ title, date });
  });
});

describe("parseFrontMatter: bad input, located from the top of the file", () => {
  it.each([
    {
      name: "unclosed YAML",
      text: "---\ntitle: A\ndate: 2014-11-17\n\nBody\n",
      error:
        "content/post.md:1:1: front matter opened with `---` is never closed; add a line with only `---` after the last front matter field",
    },
    {
      name: "unclosed TOML",
      text: '+++\ntitle = "A"\n',
      error:
        "content/post.md:1:1: front matter opened with `+++` is never closed; add a line with only `+++` after the last front matter field",
    },
    {
      name: "unclosed JSON",
      text: '{\n  "title": "A"\n\nBody\n',
      error:
        "content/post.md:1:1: JSON front matter opened with `{` is never closed; end the JSON object with a matching `}`",
    },
    {
      name: "invalid YAML (a colon in a plain value)",
      text: "---\n\ntitle: Go: the language\ndate: 2014-11-17\n---\n",
      error:
        "content/post.md:3:8: invalid YAML front matter: Nested mappings are not allowed in compact mappings; fix the YAML between the `---` lines (quote values that contain `: ` or start with a special character)",
    },
    {
      name: "invalid YAML after CRLF and a BOM",
      text: "\uFEFF---\r\ntitle: A\r\ntags: [a, b\r\n---\r\n",
      error:
        "content/post.md:3:12: invalid YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ]; fix the YAML between the `---` lines (quote values that contain `: ` or start with a special character)",
    },
    {
      name: "invalid TOML (an unquoted string)",
      text: "+++\ntitle = A\n+++\n",
      error:
        'content/post.md:2:9: invalid TOML front matter: invalid value; fix the TOML between the `+++` lines (strings in quotes: title = "…")',
    },
    {
      name: "invalid TOML (an impossible date)",
      text: '+++\n\ntitle = "A"\ndate = 2017-13-01\n+++\n',
      error:
        'content/post.md:4:8: invalid TOML front matter: invalid date; fix the TOML between the `+++` lines (strings in quotes: title = "…")',
    },
    {
      name: "invalid JSON (a trailing comma)",
      text: '{\n  "title": "A",\n  "date": "2014-11-17",\n}\n',
      error:
        "content/post.md:4:1: invalid JSON front matter: expected double-quoted property name; fix the JSON object at the top of the file (keys and strings in double quotes, no trailing commas)",
    },
    {
      name: "invalid JSON (a missing comma)",
      text: '{\n  "title": "A"\n  "date": "2014-11-17"\n}\n',
      error:
        "content/post.md:3:3: invalid JSON front matter: expected ',' or '}' after property value; fix the JSON object at the top of the file (keys and strings in double quotes, no trailing commas)",
    },
    {
      name: "invalid JSON (a bare word)",
      text: '{\n  "title": "A",\n  "draft": yes\n}\n',
      error:
        "content/post.md:3:12: invalid JSON front matter: unexpected token 'y'; fix the JSON object at the top of the file (keys and strings in double quotes, no trailing commas)",
    },
    {
      name: "YAML that is a list, not fields",
      text: "---\n- a\n- b\n---\n",
      error:
        "content/post.md:2:1: front matter is not a set of `key: value` fields; write one `key: value` per line between the `---` lines",
    },
  ])("$name", ({ text, error }) => {
    expect(errorOf(text)).toBe(error);
  });
});

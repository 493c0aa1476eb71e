import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import projectConfig from "../../furikaeri.config.ts";
import { findContentSource, readHugoConfig, resolveConfig } from "../../src/content/read/config.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "furikaeri-config-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes a Hugo config file into a fresh folder and returns its path. */
function configFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(tmp, "site-"));
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
}

describe("readHugoConfig", () => {
  it.each([
    {
      name: "config.toml",
      text: 'baseurl = "https://deeeet.com"\ntitle = "SOTA"\nlanguageCode = "ja-jp"\n[permalinks]\n    writing = "/writing/:year/:month/:day/:filename/"\n[params]\n    description = "d"\n',
    },
    {
      name: "hugo.toml",
      text: 'BaseURL = "https://deeeet.com"\nTITLE = "SOTA"\nlanguagecode = "ja-jp"\n[Params]\nDescription = "d"\n[permalinks.page]\nWriting = "/writing/:year/:month/:day/:filename/"\n',
    },
    {
      name: "config.yaml",
      text: "baseURL: https://deeeet.com\ntitle: SOTA\nlanguageCode: ja-jp\nparams:\n  description: d\npermalinks:\n  writing: /writing/:year/:month/:day/:filename/\n",
    },
    {
      name: "config.json",
      text: '{"baseURL": "https://deeeet.com", "title": "SOTA", "languageCode": "ja-jp", "params": {"description": "d"}, "permalinks": {"writing": "/writing/:year/:month/:day/:filename/"}}',
    },
  ])("reads $name with keys in any case", ({ name, text }) => {
    expect(readHugoConfig(configFile(name, text))).toEqual({
      baseURL: "https://deeeet.com",
      title: "SOTA",
      languageCode: "ja-jp",
      description: "d",
      permalinks: { writing: "/writing/:year/:month/:day/:filename/" },
      slugFallback: "title",
    });
  });

  it.each([
    {
      name: "config.toml",
      text: 'title = "SOTA"\nbaseURL = https://x\n',
      message:
        "config.toml:2:11: invalid Hugo config: invalid value; fix config.toml (Hugo would not read it either)",
    },
    {
      name: "config.yaml",
      text: "title: SOTA\nbaseURL: [x\n",
      message:
        "config.yaml:3:1: invalid Hugo config: Flow sequence in block collection must be sufficiently indented and end with a ]; fix config.yaml (Hugo would not read it either)",
    },
  ])("locates a syntax error in $name", ({ name, text, message }) => {
    expect(() => readHugoConfig(configFile(name, text))).toThrow(message);
  });
});

describe("findContentSource and resolveConfig", () => {
  it("treats a folder with a Hugo config beside content/ as a Hugo site, with its static/", () => {
    const root = path.dirname(configFile("config.toml", '[permalinks]\nwriting = "/w/:slug/"\n'));
    fs.mkdirSync(path.join(root, "content"));
    fs.mkdirSync(path.join(root, "static"));
    const source = findContentSource(root);
    expect(source).toMatchObject({
      kind: "hugo",
      contentDir: path.join(root, "content"),
      staticDirs: [path.join(root, "static")],
    });
    const config = resolveConfig(projectConfig, source, { BLOG_BASE: "my-blog" });
    // The Hugo site's patterns replace Furikaeri's default; other sections get Hugo's default.
    expect(config.permalinks).toEqual({ writing: "/w/:slug/" });
    expect(config.base).toBe("/my-blog/");
    expect(config.title).toBe(projectConfig.title);
  });

  it("gives a Hugo site its own description, or none: never Furikaeri's tagline", () => {
    const root = path.dirname(
      configFile("config.toml", 'title = "SOTA"\n[params]\ntwitter = "x"\n'),
    );
    fs.mkdirSync(path.join(root, "content"));
    const config = resolveConfig(projectConfig, findContentSource(root), {});
    expect(projectConfig.description).not.toBe("");
    expect(config.description).toBe("");
    const described = path.dirname(
      configFile("hugo.toml", 'title = "SOTA"\n[params]\ndescription = "Notes on SRE"\n'),
    );
    fs.mkdirSync(path.join(described, "content"));
    expect(resolveConfig(projectConfig, findContentSource(described), {}).description).toBe(
      "Notes on SRE",
    );
  });

  it("treats any other folder as a plain folder of posts with Furikaeri's config", () => {
    const source = findContentSource(tmp);
    expect(source).toMatchObject({ kind: "folder", contentDir: tmp, staticDirs: [] });
    expect(resolveConfig(projectConfig, source, {}).permalinks).toEqual(projectConfig.permalinks);
  });

  it("rejects an unknown permalink attribute before reading any post", () => {
    const root = path.dirname(
      configFile("config.toml", '[permalinks]\nwriting = "/:yaer/:slug/"\n'),
    );
    fs.mkdirSync(path.join(root, "content"));
    expect(() => resolveConfig(projectConfig, findContentSource(root), {})).toThrow(
      'permalink attribute not recognised: ":yaer" in "/:yaer/:slug/"',
    );
  });

  it("names a content folder that does not exist", () => {
    expect(() => findContentSource(path.join(tmp, "nope"))).toThrow(
      /^content folder not found: .*nope; set BLOG_CONTENT to a folder of Markdown posts or a Hugo site$/,
    );
  });
});

import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/content/read/front-matter.ts";
import { AggregateContentError } from "../../src/content/errors.ts";
import { readPostMeta } from "../../src/content/read/post-schema.ts";

const read = (yaml: string, filename = "post") =>
  readPostMeta(
    parseFrontMatter(`---\n${yaml}\n---\nBody\n`, "content/post.md"),
    "content/post.md",
    filename,
  );

/** Every error message the front matter gets, as the build prints them. */
function errorsOf(yaml: string, filename = "post"): string[] {
  try {
    read(yaml, filename);
  } catch (error) {
    if (error instanceof AggregateContentError) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe("readPostMeta", () => {
  it.each([
    { field: "tags: go", tags: ["go"] },
    { field: "tags: [go, docker]", tags: ["go", "docker"] },
    { field: "tags:\n  - go\n  - 2017", tags: ["go", "2017"] },
    { field: "tags:", tags: [] },
    { field: 'tags: ""', tags: [] },
    { field: "tags: []", tags: [] },
  ])("tags from `$field`", ({ field, tags }) => {
    expect(read(`date: 2014-11-17\n${field}`).tags).toEqual(tags);
  });

  it.each([
    { field: "categories: docker", categories: ["docker"] },
    { field: "categories: [docker, go]", categories: ["docker", "go"] },
    { field: "categories:", categories: [] },
  ])("categories from `$field`", ({ field, categories }) => {
    expect(read(`date: 2014-11-17\n${field}`).categories).toEqual(categories);
  });

  it.each([
    {
      fields: "date: 2017-01-02\npublishDate: 2017-01-03\nlastmod: 2017-01-04",
      date: "2017-01-02",
    },
    { fields: "publishDate: 2017-01-03\nlastmod: 2017-01-04", date: "2017-01-03" },
    { fields: "lastmod: 2017-01-04", date: "2017-01-04" },
    { fields: "pubdate: 2017-01-05", date: "2017-01-05" },
    { fields: "Date: 2017-01-06", date: "2017-01-06" },
    { fields: "title: x", date: "2016-05-07", filename: "2016-05-07-post" },
  ])("Hugo's date chain: $fields → $date", ({ fields, date, filename }) => {
    expect(read(fields, filename).date.written).toBe(date);
  });

  it("reads the other Hugo fields", () => {
    const meta = read(
      [
        "title: '  A title '",
        "date: 2014-11-17",
        "draft: true",
        "slug: my-slug",
        "url: /about/",
        "aliases: [/old/, old-name]",
        "description: Said briefly",
        "expiryDate: 2030-01-01",
      ].join("\n"),
    );
    expect(meta).toMatchObject({
      title: "A title",
      draft: true,
      slug: "my-slug",
      url: "/about/",
      aliases: ["/old/", "old-name"],
      summary: "Said briefly",
    });
    expect(meta.expiryDate?.written).toBe("2030-01-01");
  });

  it("takes the file name as title when there is none", () => {
    expect(read("date: 2014-11-17", "my-post").title).toBe("my-post");
  });

  it.each([
    {
      name: "a draft that is not true or false",
      yaml: 'title: A\ndate: 2014-11-17\ndraft: "yes"',
      errors: [
        'content/post.md:4:1: "draft" must be true or false, got "yes"; write draft: true or draft: false',
      ],
    },
    {
      name: "an impossible month",
      yaml: "title: A\n\ndate: 2017-13-01",
      errors: [
        'content/post.md:4:1: the "date" front matter field is not a valid date: "2017-13-01"; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+09:00',
      ],
    },
    {
      name: "February 30th in publishDate",
      yaml: "date: 2017-02-01\npublishDate: 2017-02-30",
      errors: [
        'content/post.md:3:1: the "publishDate" front matter field is not a valid date: "2017-02-30"; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+09:00',
      ],
    },
    {
      name: "no date at all",
      yaml: "title: A",
      errors: [
        "content/post.md:1:1: the post has no date; add `date: YYYY-MM-DD` to its front matter",
      ],
    },
    {
      name: "tags as a table",
      yaml: "date: 2014-11-17\ntags:\n  a: 1",
      errors: [
        'content/post.md:3:1: "tags" must be a word or a list of words, got a table; write tags: ["a", "b"]',
      ],
    },
    {
      name: "an alias that is a full URL",
      yaml: "date: 2014-11-17\naliases: [https://example.com/old/]",
      errors: [
        'content/post.md:3:1: the alias "https://example.com/old/" is a full URL, not a path on this site; write it as a path such as /old/path/',
      ],
    },
    {
      name: "a url that is a full URL",
      yaml: "date: 2014-11-17\nurl: https://example.com/about/",
      errors: [
        'content/post.md:3:1: "url" is a full URL ("https://example.com/about/"), not a path on this site; write the path the post should have, such as url: /about/',
      ],
    },
    {
      name: "two problems at once",
      yaml: "title: [a]\ndate: 2014-02-30",
      errors: [
        'content/post.md:3:1: the "date" front matter field is not a valid date: "2014-02-30"; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+09:00',
        'content/post.md:2:1: "title" must be text, got a list; write title: "…"',
      ],
    },
  ])("reports $name at its line", ({ yaml, errors }) => {
    expect(errorsOf(yaml)).toEqual(errors);
  });
});

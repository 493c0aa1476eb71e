import { describe, expect, it } from "vitest";
import { makeSiteLinkResolver } from "../../src/content/post/link-resolver.ts";

const posts = new Set(["/writing/2016/12/31/2016/", "/posts/2020/"]);
const aliases = new Map([["/old/2016/", "/writing/2016/12/31/2016/"]]);

describe("makeSiteLinkResolver", () => {
  const resolve = makeSiteLinkResolver(
    { baseURL: "https://deeeet.com/", base: "/" },
    posts,
    aliases,
  );

  it.each([
    ["http://deeeet.com/writing/2016/12/31/2016/", "/writing/2016/12/31/2016/"],
    ["https://deeeet.com/writing/2016/12/31/2016/", "/writing/2016/12/31/2016/"],
    ["http://www.deeeet.com/writing/2016/12/31/2016/", "/writing/2016/12/31/2016/"],
    ["https://WWW.DEEEET.COM/writing/2016/12/31/2016", "/writing/2016/12/31/2016/"],
    ["http://deeeet.com/writing/2016/12/31/2016/#month", "/writing/2016/12/31/2016/#month"],
    ["http://deeeet.com/old/2016/", "/writing/2016/12/31/2016/"],
    ["//deeeet.com/writing/2016/12/31/2016/", "/writing/2016/12/31/2016/"],
    ["/posts/2020/", "/posts/2020/"],
    ["/images/x.jpg", "/images/x.jpg"],
  ])("%s becomes the in-app link %s", (href, inApp) => {
    expect(resolve(href)?.href).toBe(inApp);
  });

  it.each([
    "http://deeeet.com/writing/2099/01/01/missing/",
    "http://deeeet.com/",
    "https://example.com/writing/2016/12/31/2016/",
    "ftp://deeeet.com/writing/2016/12/31/2016/",
    "#section",
    "mailto:me@deeeet.com",
    "relative/path/",
  ])("%s stays as written", (href) => {
    expect(resolve(href)).toBeNull();
  });

  it("names the post a link points to", () => {
    expect(resolve("http://deeeet.com/writing/2016/12/31/2016/")?.post).toBe(
      "/writing/2016/12/31/2016/",
    );
    expect(resolve("/images/x.jpg")?.post).toBeUndefined();
  });

  it("puts in-app links under the base path, and reads a baseURL with a path", () => {
    const under = makeSiteLinkResolver(
      { baseURL: "https://me.github.io/my-blog/", base: "/my-blog/" },
      posts,
      aliases,
    );
    expect(under("https://me.github.io/my-blog/posts/2020/")?.href).toBe("/my-blog/posts/2020/");
    expect(under("/images/x.jpg")?.href).toBe("/my-blog/images/x.jpg");
    expect(under("https://me.github.io/other/posts/2020/")).toBeNull();
  });
});

import path from "node:path";

/** The sites the browser tests build and serve, each on its own port and output folder. */
const root = path.resolve(import.meta.dirname, "../..");
const out = (name: string) => path.join(root, ".cache/e2e", name);

export const CORPUS = path.resolve(root, "../shared/corpus/deeeet");
/** Posts of our own that try to run script (tests/e2e/hostile). */
export const HOSTILE = path.join(root, "tests/fixtures/hostile");

export const E2E_SITES = {
  example: {
    port: 4311,
    url: "http://localhost:4311/",
    env: { BLOG_OUT: out("example"), BLOG_CONTENT: "posts" },
  },
  basePath: {
    port: 4312,
    url: "http://localhost:4312/my-blog/",
    env: { BLOG_OUT: out("base-path"), BLOG_CONTENT: "posts", BLOG_BASE: "/my-blog/" },
  },
  corpus: {
    port: 4313,
    url: "http://localhost:4313/",
    env: {
      BLOG_OUT: out("corpus"),
      BLOG_CONTENT: CORPUS,
      BLOG_REPORT: path.join(out("corpus"), "..", "corpus-report.json"),
    },
  },
  hostile: {
    port: 4314,
    url: "http://localhost:4314/",
    env: {
      BLOG_OUT: out("hostile"),
      BLOG_CONTENT: HOSTILE,
      BLOG_REPORT: path.join(out("hostile"), "..", "hostile-report.json"),
    },
  },
};

import path from "node:path";
import { CORPUS } from "./shared-data.ts";

/** The sites the browser tests build and serve, each on its own port and output folder. */
const root = path.resolve(import.meta.dirname, "../..");
const out = (name: string) => path.join(root, ".cache/e2e", name);

export { CORPUS };
/** The project's own small Hugo blog (tests/e2e/hugo-fixture), built in every clone. */
export const HUGO_FIXTURE = path.join(root, "tests/fixtures/content/hugo-site");
/** Posts of our own that try to run script (tests/e2e/hostile). */
export const HOSTILE = path.join(root, "tests/fixtures/hostile");

/**
 * Ports start at 4311; FURIKAERI_TEST_PORT_OFFSET moves them, so two checkouts can run their
 * browser tests at once without one reusing the other's server.
 */
const offset = Number(process.env.FURIKAERI_TEST_PORT_OFFSET ?? 0);
const port = (n: number) => 4311 + offset + n;

export const E2E_SITES = {
  example: {
    port: port(0),
    url: `http://localhost:${port(0)}/`,
    env: { BLOG_OUT: out("example"), BLOG_CONTENT: "posts" },
  },
  basePath: {
    port: port(1),
    url: `http://localhost:${port(1)}/my-blog/`,
    env: { BLOG_OUT: out("base-path"), BLOG_CONTENT: "posts", BLOG_BASE: "/my-blog/" },
  },
  corpus: {
    port: port(2),
    url: `http://localhost:${port(2)}/`,
    env: {
      BLOG_OUT: out("corpus"),
      BLOG_CONTENT: CORPUS,
      BLOG_REPORT: path.join(out("corpus"), "..", "corpus-report.json"),
    },
  },
  hugoFixture: {
    port: port(4),
    url: `http://localhost:${port(4)}/`,
    env: {
      BLOG_OUT: out("hugo-fixture"),
      BLOG_CONTENT: HUGO_FIXTURE,
      BLOG_REPORT: path.join(out("hugo-fixture"), "..", "hugo-fixture-report.json"),
    },
  },
  hostile: {
    port: port(3),
    url: `http://localhost:${port(3)}/`,
    env: {
      BLOG_OUT: out("hostile"),
      BLOG_CONTENT: HOSTILE,
      BLOG_REPORT: path.join(out("hostile"), "..", "hostile-report.json"),
    },
  },
};

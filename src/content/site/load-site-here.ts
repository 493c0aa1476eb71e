// The content pipeline on this thread, nothing kept: tests and tools. The build and the dev
// server use loadSiteWith (load-site.ts), with their cache and threads, and the dev server
// does not load the Markdown pipeline (post/build-post.ts) until a post must be built.
import { buildPostSafely } from "../post/build-post.ts";
import { makePostContext } from "../post/post-context.ts";
import { readSite, type LoadOptions } from "../read/read-site.ts";
import { assemble } from "./load-site.ts";
import type { LoadedSite } from "./site-post.ts";

/** Reads the content and builds every post on this thread. */
export function loadSite(options: LoadOptions): LoadedSite {
  const read = readSite(options);
  const site = makePostContext(read.facts);
  return assemble(
    read,
    read.posts.map((input) => buildPostSafely(input, site)),
  );
}

// Building posts, for the post cache (post-cache.ts): on this thread (`buildAsking`) and on the
// pool's threads (the tasks below). The one module of src/build that loads the Markdown
// pipeline: the production build and the build threads import it; the dev server loads it
// only when a post must be built (src/build/vite-plugin.ts).
import { buildPostSafely } from "../content/post/build-post.ts";
import { makePostContext, type PostContext } from "../content/post/post-context.ts";
import type { PostInput, SiteFacts } from "../content/read/read-site.ts";
import { recording, type Asked, type BuildAsking } from "./post-cache.ts";
import { defineTask } from "./thread-pool.ts";

/** Builds a post, writing down what it asked. */
export const buildAsking: BuildAsking = (input, site) => {
  const asked: Asked = [];
  return { result: buildPostSafely(input, recording(site, asked)), asked };
};

// On the pool's threads: the site's facts are given once per build, then batches of posts.
let threadSite: PostContext | null = null;
defineTask("post-facts", (facts: SiteFacts) => {
  threadSite = makePostContext(facts);
});
defineTask("post-build", (inputs: PostInput[]) => {
  if (!threadSite) throw new Error("post-build before post-facts");
  const site = threadSite;
  return inputs.map((input) => buildAsking(input, site));
});

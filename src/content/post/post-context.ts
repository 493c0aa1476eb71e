// What building a post asks of the rest of the site, and what it gives back: light on
// purpose. The dev server loads this side alone on a start whose posts are all in the cache;
// the Markdown pipeline (build-post.ts) loads when a post must be built.
import type { ContentErrorData, ContentWarning } from "../errors.ts";
import type { PostInput, SiteFacts } from "../read/read-site.ts";
import type { PostDetail } from "../../shared/types.ts";
import type { TextCounts } from "./text-stats.ts";
import { makeLocalFiles } from "./local-images.ts";
import { makeSiteLinkResolver, type ResolvedLink } from "./link-resolver.ts";

/** What the pages need from one post. */
export interface PostOutput {
  detail: PostDetail;
  /** Site paths of the blog's own posts this post links to. */
  linksTo: string[];
  /** The post's whole plain text, one block a line, code blocks included (for search). */
  searchText: string;
  /**
   * Every word of the post (title, tags, categories, headings, text, code) and its weight for
   * search, flat: `[word, weight, …]`.
   */
  searchWeights: (string | number)[];
  /** The retrospective's entries rendered to HTML, when the post is one. */
  timeline: RenderedRetrospective | null;
  /** Problems that do not stop the post, such as an image missing from the static files. */
  warnings: ContentWarning[];
  /** How much the post says (for the year in numbers). */
  counts: TextCounts;
}

/** A retrospective's month entries and sections, rendered. */
export interface RenderedRetrospective {
  year: number;
  /** The detection rule that made the post a retrospective, and that rule in words. */
  rule: string;
  reason: string;
  months: { months: number[]; days: string | null; html: string; anchor: string }[];
  highlights: { title: string; html: string; anchor: string }[];
  outlook: { title: string; html: string; anchor: string }[];
}

/** The questions a post asks the site while it is built. */
export interface PostContext {
  languageCode: string;
  resolveUrl(url: string): ResolvedLink | null;
  imageSize(src: string): { width: number; height: number } | null;
  imageExists(src: string): boolean;
}

/** The site's answers, from its facts. */
export function makePostContext(facts: SiteFacts): PostContext {
  const resolveUrl = makeSiteLinkResolver(
    { baseURL: facts.baseURL, base: facts.base },
    new Set(facts.urls),
    new Map(facts.aliases),
  );
  const files = makeLocalFiles(facts.localDirs, facts.base);
  return {
    languageCode: facts.languageCode,
    resolveUrl,
    imageSize: files.size,
    imageExists: files.exists,
  };
}

/** A post's output, or why it could not be built. */
export type PostResult = { output: PostOutput } | { errors: ContentErrorData[] };

/**
 * Builds many posts: the build may spread them over threads and answer from a cache. Results
 * come back in the order of the inputs.
 */
export type PostBuilder = (inputs: PostInput[], facts: SiteFacts) => Promise<PostResult[]>;

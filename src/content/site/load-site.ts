// All posts → the site: reads the files, builds each post, and accounts for every file as
// published, skipped (with why) or an error.
import { fromErrorData } from "../errors.ts";
import {
  buildPostSafely,
  makePostContext,
  type PostBuilder,
  type PostResult,
} from "../post/build-post.ts";
import { readSite, type LoadOptions, type ReadSite } from "../read/read-site.ts";
import { compareText, recordFailure } from "../report.ts";
import type { LoadedSite, SitePost } from "./site-post.ts";

/**
 * The content pipeline on this thread, nothing kept (tests and tools); the build and the dev
 * server use loadSiteWith.
 */
export function loadSite(options: LoadOptions): LoadedSite {
  const read = readSite(options);
  const site = makePostContext(read.facts);
  return assemble(
    read,
    read.posts.map((input) => buildPostSafely(input, site)),
  );
}

/**
 * The site of the newest posts alone, built before the others so that a page of them (the
 * first page of the post list) can be shown before the whole site is built: the dev server's
 * first start. `ready` gets it; its lists and counts stop at those posts.
 */
export interface EarlySite {
  posts: number;
  ready(site: LoadedSite): void;
}

/** loadSite, with the posts built by `builder` (a cache, and threads in the production build). */
export async function loadSiteWith(
  options: LoadOptions,
  builder: PostBuilder,
  early?: EarlySite,
): Promise<LoadedSite> {
  const read = readSite(options);
  if (early && read.posts.length > early.posts) {
    // Posts are read newest first. Built again below, they come from the builder's cache.
    const newest = read.posts.slice(0, early.posts);
    const results = await builder(newest, read.facts);
    early.ready(
      assemble(
        { ...read, posts: newest, report: [...read.report], errors: [...read.errors] },
        results,
      ),
    );
  }
  return assemble(read, await builder(read.posts, read.facts));
}

/** The site from its read posts and their results (in the same order). */
function assemble(read: ReadSite, results: PostResult[]): LoadedSite {
  const posts: SitePost[] = [];
  read.posts.forEach((input, i) => {
    const result = results[i]!;
    if ("errors" in result) {
      recordFailure(read, input.source.file, result.errors.map(fromErrorData));
      return;
    }
    const { warnings: buildWarnings, ...output } = result.output;
    // What the front matter read leniently, then what building the post found.
    const warnings = [...(input.meta.warnings ?? []), ...buildWarnings];
    read.report.push({
      file: input.source.file,
      status: "published",
      url: input.url,
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(output.timeline
        ? {
            retrospective: {
              year: output.timeline.year,
              rule: output.timeline.rule,
              reason: output.timeline.reason,
            },
          }
        : {}),
    });
    posts.push({ source: input.source, meta: input.meta, url: input.url, ...output });
  });
  read.report.sort((a, b) => compareText(a.file, b.file));
  read.errors.sort((a, b) => compareText(a.file, b.file) || a.line - b.line);
  const { config, source, aliases, report, errors } = read;
  return { config, source, posts, aliases, report, errors };
}

// All posts → the site: reads the files, has each post built, and accounts for every file as
// published, skipped (with why) or an error. The posts are built by a PostBuilder (the build's
// and the dev server's cache and threads); loadSite (load-site-here.ts) builds them itself.
import { fromErrorData } from "../errors.ts";
import type { PostBuilder, PostOutput, PostResult } from "../post/post-context.ts";
import {
  permalinkPatterns,
  readPostFile,
  readSite,
  type LoadOptions,
  type ReadInput,
  type ReadSite,
} from "../read/read-site.ts";
import { compareText, recordFailure, type ReportEntry } from "../report.ts";
import type { LoadedSite, SitePost } from "./site-post.ts";

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
export function assemble(read: ReadSite, results: PostResult[]): LoadedSite {
  const posts: SitePost[] = [];
  read.posts.forEach((input, i) => {
    const result = results[i]!;
    if ("errors" in result) {
      recordFailure(read, input.source.file, result.errors.map(fromErrorData));
      return;
    }
    const published = publish(input, result.output);
    read.report.push(published.entry);
    posts.push(published.post);
  });
  read.report.sort((a, b) => compareText(a.file, b.file));
  read.errors.sort((a, b) => compareText(a.file, b.file) || a.line - b.line);
  const { config, source, aliases, report, errors, facts } = read;
  return { config, source, posts, aliases, report, errors, facts };
}

/** A built post as the site holds it, and its line in the report. */
function publish(input: ReadInput, built: PostOutput): { post: SitePost; entry: ReportEntry } {
  const { warnings: buildWarnings, ...output } = built;
  // What the front matter read leniently, then what building the post found.
  const warnings = [...(input.meta.warnings ?? []), ...buildWarnings];
  const entry: ReportEntry = {
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
  };
  return { post: { source: input.source, meta: input.meta, url: input.url, ...output }, entry };
}

/**
 * The site after one published post's file was saved, reading and building that post alone:
 * the dev server's save, which at 10,000 posts cannot afford to look at every file again.
 * Null when the save reaches beyond the post, and the whole site must be loaded again: its
 * URL, date or aliases changed (other posts link to it, lists order by date), it is no longer
 * published, or it has errors now. Otherwise what every other post was built from (the site's
 * facts) is as it was, so their builds stand; the lists, timelines and pages are made from
 * the posts afterwards, as after any load.
 */
export async function reloadPost(
  site: LoadedSite,
  absPath: string,
  options: LoadOptions,
  builder: PostBuilder,
): Promise<LoadedSite | null> {
  const index = site.posts.findIndex((post) => post.source.absPath === absPath);
  const before = site.posts[index];
  if (!before) return null;
  let input: ReadInput | string;
  try {
    input = readPostFile(
      before.source,
      permalinkPatterns(site.config),
      options,
      options.now ?? new Date(),
    );
  } catch {
    // It has an error now: the whole load reports it, located, with the rest of the site.
    return null;
  }
  if (
    typeof input === "string" ||
    input.url !== before.url ||
    input.meta.date.instant !== before.meta.date.instant ||
    JSON.stringify(input.meta.aliases) !== JSON.stringify(before.meta.aliases)
  )
    return null;
  const [result] = await builder([input], site.facts);
  if (!result || "errors" in result) return null;
  const { post, entry } = publish(input, result.output);
  const posts = site.posts.slice();
  posts[index] = post;
  const report = site.report.map((line) => (line.file === entry.file ? entry : line));
  return { ...site, posts, report };
}

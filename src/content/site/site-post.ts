import type { PostOutput } from "../post/post-context.ts";
import type { PostMeta } from "../read/post-schema.ts";
import type { SourceFile } from "../read/read-files.ts";
import type { BlogConfig } from "../read/define-config.ts";
import type { ContentSource } from "../read/config.ts";
import type { SiteFacts } from "../read/read-site.ts";
import type { ContentError } from "../errors.ts";
import type { ReportEntry } from "../report.ts";
import type { PostLink } from "../../shared/types.ts";

/** A published post: its file, its checked front matter, its URL and its output. */
export interface SitePost extends Omit<PostOutput, "warnings"> {
  source: SourceFile;
  meta: PostMeta;
  url: string;
}

/** The whole site, as the pages, feeds and search index are made from it. */
export interface LoadedSite {
  config: BlogConfig;
  source: ContentSource;
  /** Published posts, newest first. */
  posts: SitePost[];
  /** Alias path → post URL. */
  aliases: Map<string, string>;
  report: ReportEntry[];
  errors: ContentError[];
  /** What every post was built from (its links resolve against it). */
  facts: SiteFacts;
}

const links = new WeakMap<SitePost, PostLink>();

/**
 * A link to a post, as lists and the timeline use it. Made once per post: a post is in many
 * lists, and the dev server makes every page's data again after a save (the posts that did
 * not change are the same objects then).
 */
export function linkTo(post: SitePost): PostLink {
  let link = links.get(post);
  if (!link) {
    const { url, title, date, lang } = post.detail;
    links.set(post, (link = { url, title, date, lang }));
  }
  return link;
}

const years = new WeakMap<readonly SitePost[], Map<number, SitePost[]>>();

/**
 * The posts of each year (the year they are dated), in their order; made once per list of
 * posts (each year's timeline and numbers looked through every post: at 10,000 posts and 50
 * years, half a million steps).
 */
export function postsByYear(posts: readonly SitePost[]): Map<number, SitePost[]> {
  let byYear = years.get(posts);
  if (!byYear) {
    byYear = new Map();
    for (const post of posts) {
      const list = byYear.get(post.meta.date.year);
      if (list) list.push(post);
      else byYear.set(post.meta.date.year, [post]);
    }
    years.set(posts, byYear);
  }
  return byYear;
}

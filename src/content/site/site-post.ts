import type { PostOutput } from "../post/build-post.ts";
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

/** A link to a post, as lists and the timeline use it. */
export function linkTo(post: SitePost): PostLink {
  const { url, title, date, lang } = post.detail;
  return { url, title, date, lang };
}

import { Feed } from "feed";
import type { BlogConfig } from "../read/define-config.ts";
import type { SitePost } from "./site-post.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { FEED_PATH } from "../../shared/paths.ts";

/** How many of the newest posts the feed carries. */
export const FEED_SIZE = 20;

/**
 * The site's RSS 2.0 feed (served at Hugo's `/index.xml`): the newest posts first, each with
 * its absolute link, date and excerpt (a summary, as Hugo's own feed gives, so feed readers
 * never see a post's relative links or embeds out of context). Posts come newest first.
 */
export function rssFeed(config: BlogConfig, posts: SitePost[]): string {
  const home = absoluteUrl(config, "/");
  const newest = posts.slice(0, FEED_SIZE);
  const feed = new Feed({
    title: config.title,
    description: config.description || config.title,
    id: home,
    link: home,
    language: config.languageCode,
    feedLinks: { rss: absoluteUrl(config, FEED_PATH) },
    updated: newest[0] ? new Date(newest[0].meta.date.instant) : undefined,
    generator: "Furikaeri",
    copyright: "",
  });
  for (const post of newest) {
    const link = absoluteUrl(config, post.url);
    feed.addItem({
      title: post.detail.title,
      id: link,
      link,
      date: new Date(post.meta.date.instant),
      description: post.detail.excerpt,
      category: [...post.meta.categories, ...post.meta.tags].map((name) => ({ name })),
    });
  }
  return feed.rss2();
}

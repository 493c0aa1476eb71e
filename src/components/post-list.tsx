import type { PostSummary } from "../shared/types.ts";
import { postLabels } from "../shared/post-labels.ts";
import { PostDate } from "./post-date.tsx";
import { PrefetchLink } from "./prefetch-link.tsx";
import { TermLinks } from "./term-links.tsx";

/** Posts, grouped by the year they were written, each with date, excerpt and reading time. */
export function PostList({ posts }: { posts: PostSummary[] }) {
  const years: { year: string; posts: PostSummary[] }[] = [];
  for (const post of posts) {
    const year = post.date.day.slice(0, 4);
    const last = years[years.length - 1];
    if (last?.year === year) last.posts.push(post);
    else years.push({ year, posts: [post] });
  }
  return (
    <div className="post-list">
      {years.map((group) => (
        <section key={group.year} aria-labelledby={`year-${group.year}`}>
          <h2 id={`year-${group.year}`} className="post-list__year">
            {group.year}
          </h2>
          <ul>
            {group.posts.map((post) => (
              <li key={post.url} lang={post.lang}>
                <article className="post-card">
                  <h3 className="post-card__title">
                    <PrefetchLink to={post.url}>{post.title}</PrefetchLink>
                  </h3>
                  <p className="post-card__meta">
                    <PostDate date={post.date} /> ·{" "}
                    {postLabels(post.lang).readingTime(post.readingMinutes)}
                  </p>
                  {post.excerpt && <p className="post-card__excerpt">{post.excerpt}</p>}
                  <TermLinks
                    tags={post.tags}
                    categories={post.categories}
                    lang={post.lang}
                    className="terms post-card__terms"
                  />
                </article>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

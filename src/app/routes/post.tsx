import { useLoaderData } from "react-router";
import type { PostLink, RouteData } from "../../shared/types.ts";
import { HtmlContent } from "../../components/html-content.tsx";
import { POST_BODY_CLASS } from "../../browser/post-body.ts";
import { PostDate } from "../../components/post-date.tsx";
import { PrefetchLink } from "../../components/prefetch-link.tsx";
import { TermLinks } from "../../components/term-links.tsx";
import { TableOfContents } from "../../components/toc.tsx";
import { postLabels } from "../../shared/post-labels.ts";
import { timelinePath } from "../../shared/paths.ts";

type PostData = Extract<RouteData, { kind: "post" }>;

/** One post at its permanent URL. */
export function PostPage() {
  const { post, previous, next, related } = useLoaderData() as PostData;
  const labels = postLabels(post.lang);
  return (
    <article className="post" lang={post.lang}>
      <header className="post__header">
        <h1>{post.title}</h1>
        <p className="post__meta">
          <PostDate date={post.date} /> · {labels.readingTime(post.readingMinutes)}
        </p>
        {post.retrospectiveOf !== null && (
          <p className="post__timeline-link">
            <PrefetchLink to={timelinePath(post.retrospectiveOf)}>
              {labels.openTimeline} →
            </PrefetchLink>
          </p>
        )}
      </header>
      <TableOfContents headings={post.toc ?? []} title={labels.contents} />
      <HtmlContent className={`${POST_BODY_CLASS} prose`} html={post.html} />
      <footer className="post__footer">
        <TermLinks
          tags={post.tags}
          categories={post.categories}
          lang={post.lang}
          className="terms post__terms"
        />
        {related.length > 0 && (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">{labels.related}</h2>
            <PostLinks posts={related} />
          </section>
        )}
        <nav className="post__nav" aria-label={`${labels.previousPost} / ${labels.nextPost}`}>
          {previous && (
            <PrefetchLink to={previous.url} rel="prev">
              ← {labels.previousPost}: {previous.title}
            </PrefetchLink>
          )}
          {next && (
            <PrefetchLink to={next.url} rel="next">
              {labels.nextPost}: {next.title} →
            </PrefetchLink>
          )}
        </nav>
      </footer>
    </article>
  );
}

function PostLinks({ posts }: { posts: PostLink[] }) {
  return (
    <ul>
      {posts.map((p) => (
        <li key={p.url} lang={p.lang}>
          <PrefetchLink to={p.url}>{p.title}</PrefetchLink> <PostDate date={p.date} />
        </li>
      ))}
    </ul>
  );
}

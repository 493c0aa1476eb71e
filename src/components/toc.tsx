import type { TocHeading } from "../shared/types.ts";

/** A long post's table of contents: its top headings, with those under them nested. */
export function TableOfContents({ headings, title }: { headings: TocHeading[]; title: string }) {
  if (headings.length === 0) return null;
  const groups: { top: TocHeading | null; children: TocHeading[] }[] = [];
  for (const heading of headings) {
    if (heading.depth === 1 || groups.length === 0)
      groups.push({ top: heading.depth === 1 ? heading : null, children: [] });
    if (heading.depth === 2) groups[groups.length - 1]!.children.push(heading);
  }
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" className="toc__title">
        {title}
      </h2>
      <ol>
        {groups.map((group, i) => (
          <li key={group.top?.id ?? `group-${i}`}>
            {group.top && <a href={`#${group.top.id}`}>{group.top.text}</a>}
            {group.children.length > 0 && (
              <ol>
                {group.children.map((h) => (
                  <li key={h.id}>
                    <a href={`#${h.id}`}>{h.text}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

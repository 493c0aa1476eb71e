import { postLabels } from "../shared/post-labels.ts";
import { termPath, urlize } from "../shared/paths.ts";
import { PrefetchLink } from "./prefetch-link.tsx";

interface TermLinksProps {
  tags: string[];
  categories: string[];
  /** The language of the labels (the post's). */
  lang: string;
  className?: string;
}

/** A post's categories and tags, each linking to its list at Hugo's URL. */
export function TermLinks({ tags, categories, lang, className = "terms" }: TermLinksProps) {
  const labels = postLabels(lang);
  const groups = [
    { label: labels.categories, taxonomy: "categories" as const, names: categories },
    { label: labels.tags, taxonomy: "tags" as const, names: tags },
  ].filter((g) => g.names.some((name) => urlize(name)));
  if (groups.length === 0) return null;
  return (
    <dl className={className}>
      {groups.map((group) => (
        <div key={group.taxonomy}>
          <dt>{group.label}</dt>
          {group.names
            .filter((name) => urlize(name))
            .map((name) => (
              <dd key={name}>
                <PrefetchLink to={termPath(group.taxonomy, name)}>{name}</PrefetchLink>
              </dd>
            ))}
        </div>
      ))}
    </dl>
  );
}

import type { YearNumbers as Numbers } from "../shared/types.ts";
import { lookingBackLabels } from "../shared/looking-back-labels.ts";
import { site } from "../browser/site-context.ts";
import { PrefetchLink } from "./prefetch-link.tsx";

const labels = lookingBackLabels(site.lang);

/**
 * The year in numbers: how many posts the blog published, how much they say (characters in
 * Japanese, words otherwise), and its most used tags (or categories), each linking to its posts.
 */
export function YearNumbers({ year, numbers }: { year: number; numbers: Numbers | undefined }) {
  if (!numbers) return null;
  return (
    <section className="year-numbers" aria-labelledby="numbers-heading">
      <h2 id="numbers-heading">{labels.numbersTitle(year)}</h2>
      <dl>
        <div>
          <dt>{labels.posts}</dt>
          <dd>{labels.postCount(numbers.posts)}</dd>
        </div>
        <div>
          <dt>{labels.written}</dt>
          <dd>{labels.writtenCount(numbers.characters, numbers.words)}</dd>
        </div>
        {numbers.terms.length > 0 && (
          <div className="year-numbers__terms">
            <dt>{numbers.taxonomy === "tags" ? labels.topTags : labels.topCategories}</dt>
            <dd>
              <ul>
                {numbers.terms.map((term) => (
                  <li key={term.url}>
                    <PrefetchLink to={term.url}>{term.name}</PrefetchLink> ({term.count})
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

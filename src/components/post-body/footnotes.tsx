import type { ComponentProps } from "react";
import type { ExtraProps } from "react-markdown";

type SectionProps = ComponentProps<"section"> & ExtraProps & { "data-footnotes"?: unknown };

/**
 * A post's footnotes: GitHub's markup (remark-rehype writes it; each note links back to where
 * it is cited), as a section named by its heading so screen readers can jump to it.
 */
export function PostSection({ node, children, ...props }: SectionProps) {
  if (props["data-footnotes"] === undefined) return <section {...props}>{children}</section>;
  const label = node?.children.find(
    (child) => child.type === "element" && /^h[1-6]$/.test(child.tagName),
  );
  const labelId =
    label?.type === "element" && typeof label.properties.id === "string"
      ? label.properties.id
      : undefined;
  return (
    <section {...props} data-footnotes="" aria-labelledby={labelId}>
      {children}
    </section>
  );
}

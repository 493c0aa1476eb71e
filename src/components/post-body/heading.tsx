import { createElement, type ComponentProps } from "react";
import type { ExtraProps } from "react-markdown";
import type { Element, ElementContent } from "hast";

type HeadingProps = ComponentProps<"h2"> & ExtraProps;

const holdsLink = (node: Element | ElementContent): boolean =>
  node.type === "element" && (node.tagName === "a" || node.children.some(holdsLink));

/**
 * A heading of a post, with its id (a slug of its text, from the build) and a link to itself,
 * so a reader can copy the address of a section. A heading that already holds a link (or a
 * footnote reference) keeps its text as written: links cannot nest.
 */
function Heading({ level, node, children, ...props }: HeadingProps & { level: number }) {
  // A heading only screen readers see (the footnotes' label) gets no link to tab to.
  const hidden = /(?:^|\s)sr-only(?:\s|$)/.test(props.className ?? "");
  const selfLink = props.id && !hidden && !(node && holdsLink(node));
  return createElement(
    `h${level}`,
    props,
    selfLink ? (
      <a className="heading-link" href={`#${props.id}`}>
        {children}
      </a>
    ) : (
      children
    ),
  );
}

export const H1 = (props: HeadingProps) => <Heading level={1} {...props} />;
export const H2 = (props: HeadingProps) => <Heading level={2} {...props} />;
export const H3 = (props: HeadingProps) => <Heading level={3} {...props} />;
export const H4 = (props: HeadingProps) => <Heading level={4} {...props} />;
export const H5 = (props: HeadingProps) => <Heading level={5} {...props} />;
export const H6 = (props: HeadingProps) => <Heading level={6} {...props} />;

import type { Components } from "react-markdown";
import { CodeBlock } from "./code-block.tsx";
import { PostSection } from "./footnotes.tsx";
import { H1, H2, H3, H4, H5, H6 } from "./heading.tsx";
import { PostImage } from "./post-image.tsx";
import { PostLink } from "./post-link.tsx";
import { TableCell, TableHeaderCell } from "./table-cell.tsx";

/**
 * How a post's body looks: the components react-markdown renders each element with, at build
 * time (src/content/post/markdown.ts). This folder is the one place to change it.
 */
export const postBodyComponents: Components = {
  a: PostLink,
  img: PostImage,
  pre: CodeBlock,
  section: PostSection,
  td: TableCell,
  th: TableHeaderCell,
  h1: H1,
  h2: H2,
  h3: H3,
  h4: H4,
  h5: H5,
  h6: H6,
};

export { EmbedCard } from "./embed-card.tsx";
export { languageOf } from "./code-block.tsx";

import type { ComponentProps } from "react";
import type { ExtraProps } from "react-markdown";
import { EmbedCard } from "./embed-card.tsx";
import { isExternal } from "./external.ts";

type LinkProps = ComponentProps<"a"> & ExtraProps & { "data-embed-card"?: string };

/**
 * A link in a post. Links to the blog's own posts arrive here as site paths (the renderer's
 * `urlTransform` rewrote them), and the page's post body opens them inside the app
 * (HtmlContent); links to other sites open without handing them this page (`rel`).
 */
export function PostLink({ node: _node, children, ...props }: LinkProps) {
  if (props["data-embed-card"] !== undefined && props.href)
    return <EmbedCard href={props.href}>{children}</EmbedCard>;
  return (
    <a {...props} rel={isExternal(props.href) ? "noopener noreferrer" : props.rel}>
      {children}
    </a>
  );
}

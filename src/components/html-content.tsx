import type { MouseEvent } from "react";
import { useNavigate } from "react-router";
import { basename } from "../browser/route-data-source.ts";

interface HtmlContentProps {
  /** HTML rendered and sanitised at build time. */
  html: string;
  className?: string;
  lang?: string;
}

/**
 * Shows HTML made at build time (a post body, a timeline entry). Links to the blog's own pages
 * navigate inside the app instead of reloading the page.
 */
export function HtmlContent({ html, className, lang }: HtmlContentProps) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = (event.target as Element).closest("a");
    if (!anchor || anchor.target || anchor.hasAttribute("download")) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || !url.pathname.startsWith(`${basename}/`)) return;
    if (url.pathname === window.location.pathname && url.hash) return; // in-page anchor
    if (/\.[a-z0-9]+$/i.test(url.pathname)) return; // a file (image, feed), not a page
    event.preventDefault();
    navigate(url.pathname.slice(basename.length) + url.search + url.hash);
  };
  return (
    // The click handler only upgrades ordinary links; every link still works with the keyboard.
    <div
      className={className}
      lang={lang}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

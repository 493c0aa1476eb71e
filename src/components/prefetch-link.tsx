import { useEffect, useRef, type ComponentProps } from "react";
import { Link } from "react-router";
import { prefetchRouteData } from "../browser/route-data-source.ts";

/**
 * A link to a page of the site whose data is fetched as soon as the reader shows interest
 * (hover, focus, touch) or the link comes into view, so the click shows the page at once.
 */
export function PrefetchLink({ to, ...props }: ComponentProps<typeof Link> & { to: string }) {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        prefetchRouteData(to.split("#")[0]!);
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [to]);
  const prefetch = () => prefetchRouteData(to.split("#")[0]!);
  return (
    <Link
      ref={ref}
      to={to}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
      {...props}
    />
  );
}

import type { ComponentProps } from "react";
import type { ExtraProps } from "react-markdown";

type ImageProps = ComponentProps<"img"> & ExtraProps;

/**
 * An image in a post: loaded lazily, decoded off the main thread, and given its width and
 * height when the build measured the file (so the page does not jump as it loads). An image
 * without alternative text is marked decorative (`alt=""`) rather than read out as a file name.
 */
export function PostImage({ node: _node, src, alt, width, height, ...props }: ImageProps) {
  return (
    <img
      src={src}
      alt={alt ?? ""}
      {...props}
      loading="lazy"
      decoding="async"
      width={width}
      height={height}
    />
  );
}

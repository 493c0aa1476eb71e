import { ContentError } from "./content-error";

/**
 * Refuses a post URL with `.` or `..` segments (from `slug: ../../timeline` or such a `url`):
 * the browser would resolve it onto another page, and the written file would replace that
 * page or land outside the output folder.
 */
export function checkUrlPath(url: string, file: string, line: number): void {
  let segments: string[];
  try {
    segments = decodeURI(url).split("/");
  } catch {
    segments = url.split("/");
  }
  if (segments.some((segment) => segment === "." || segment === "..")) {
    throw new ContentError(
      file,
      line,
      1,
      `its URL ${url} has a "." or ".." segment, which would put the post at another page's URL`,
      "write the slug or url without ./ or ../ (a slug is one word of the URL: slug: my-post)",
    );
  }
}

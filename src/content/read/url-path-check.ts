import { ContentError } from "../errors.ts";
import {
  archivePath,
  FEED_PATH,
  pagePath,
  SEARCH_INDEX_PATH,
  searchPath,
  SITEMAP_PATH,
  taxonomyPath,
  timelinePath,
} from "../../shared/paths.ts";

/** The pages and files Furikaeri makes itself; no post may take their URLs. */
const RESERVED = [
  pagePath(2).replace(/2\/$/, ""),
  timelinePath(),
  taxonomyPath("tags"),
  taxonomyPath("categories"),
  archivePath(),
  searchPath(),
  SEARCH_INDEX_PATH,
  "/assets/",
];
const RESERVED_FILES = [FEED_PATH, SITEMAP_PATH, "/robots.txt", "/404.html", "/_headers"];

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
  const taken =
    url === "/" || RESERVED_FILES.includes(url)
      ? url
      : RESERVED.find((prefix) => url.startsWith(prefix));
  if (taken) {
    throw new ContentError(
      file,
      line,
      1,
      `its URL ${url} is inside ${taken}, where Furikaeri publishes its own pages`,
      "give the post another slug or url",
    );
  }
}

import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import projectConfig from "../../furikaeri.config.ts";
import { findContentSource, readHugoConfig } from "../content/read/config.ts";
import { urlize } from "../shared/paths.ts";

export interface NewPostOptions {
  /** The content folder: a folder of posts, or a Hugo site (the post goes in content/posts/). */
  content: string;
  title: string;
  /** The moment the post is dated; now by default. */
  now?: Date;
  /**
   * The time zone (IANA name) when the content is not a Hugo site with its own `timeZone`:
   * furikaeri.config.ts's by default, else this machine's.
   */
  timeZone?: string;
}

/**
 * Writes a new post with its front matter (title, and the date in the site's time zone with its
 * offset, so it is the same day for every reader), never over an existing file; returns its path.
 */
export function newPost(options: NewPostOptions): string {
  const title = options.title.trim();
  if (!title) throw new Error('a post needs a title: furikaeri new post "My title"');
  const source = findContentSource(options.content);
  const hugo = source.configFile ? readHugoConfig(source.configFile) : {};
  const timeZone =
    hugo.timeZone ??
    options.timeZone ??
    projectConfig.timeZone ??
    Intl.DateTimeFormat().resolvedOptions().timeZone;
  const dir = source.kind === "hugo" ? path.join(source.contentDir, "posts") : source.contentDir;
  const file = path.join(dir, `${urlize(title) || "post"}.md`);
  const front = stringify({ title, date: dateIn(options.now ?? new Date(), timeZone) });
  fs.mkdirSync(dir, { recursive: true });
  try {
    // `wx`: fails if the file is there, even if it appeared since it was looked for.
    fs.writeFileSync(file, `---\n${front}---\n\n`, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new Error(
      `${file} already exists; it was left as it is. Edit it, or choose another title`,
    );
  }
  return file;
}

/** `2026-11-30T09:05:00+09:00`: the wall-clock time in `timeZone`, with its offset. */
export function dateIn(instant: Date, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "longOffset",
    }).formatToParts(instant);
  } catch {
    throw new Error(
      `timeZone: "${timeZone}" is not a time zone; write an IANA name such as "Asia/Tokyo" or "UTC"`,
    );
  }
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? "";
  const offset = get("timeZoneName").replace(/^GMT/, "") || "+00:00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}${offset}`;
}

import fs from "node:fs";
import path from "node:path";
import type { RootContent } from "mdast";
import { projectConfig } from "../content/read/blog-env.ts";
import type { BlogConfig } from "../content/read/define-config.ts";
import { ContentError } from "../content/errors.ts";
import { parseMarkdown } from "../content/post/markdown.ts";
import { extractRetrospective } from "../content/post/timeline/extract-retrospective.ts";
import { bodyOf } from "../content/read/read-site.ts";
import { loadSite } from "../content/site/load-site-here.ts";
import type { SitePost } from "../content/site/site-post.ts";
import { labelsFor } from "../shared/labels.ts";

/**
 * `new retrospective YEAR`: the draft of a year's retrospective, written where the blog keeps
 * its retrospectives, with what the author would otherwise dig out by hand every December:
 * last year's plans as a checklist to answer, and the year's posts month by month, ready to
 * be written around. A draft (`draft: true`): `dev` shows it on the timeline, `build` skips it.
 */

export interface NewRetrospectiveOptions {
  /** The draft's date (default: now). */
  now?: Date;
  /** Furikaeri's settings (default: furikaeri.config.ts), overlaid by a Hugo site's own. */
  projectConfig?: BlogConfig;
}

/** What the draft is made of: where it goes, and its text. */
export interface RetrospectiveDraft {
  /** Absolute path of the file to write. */
  path: string;
  text: string;
}

/**
 * Writes the draft of `year`'s retrospective into the blog at `content` and returns its path.
 * Never overwrites: an existing file is an error naming it.
 */
export function newRetrospective(
  content: string,
  year: number,
  options: NewRetrospectiveOptions = {},
): string {
  const draft = draftRetrospective(content, year, options);
  try {
    // `wx`: fails if the file exists, even if it appeared since it was looked for.
    fs.mkdirSync(path.dirname(draft.path), { recursive: true });
    fs.writeFileSync(draft.path, draft.text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw exists(draft.path);
    throw error;
  }
  return draft.path;
}

/** The draft of `year`'s retrospective for the blog at `content`, without writing it. */
export function draftRetrospective(
  content: string,
  year: number,
  options: NewRetrospectiveOptions = {},
): RetrospectiveDraft {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new Error(
      `not a year: ${String(year)}; give the year to look back on, as in \`new retrospective 2026\``,
    );
  const now = options.now ?? new Date();
  const site = loadSite({
    content,
    projectConfig: options.projectConfig ?? projectConfig,
    mode: "production",
    now,
    env: {},
  });
  const ja = site.config.languageCode.toLowerCase().startsWith("ja");
  const labels = labelsFor(ja ? "ja" : "en");
  const retrospectives = site.posts
    .filter((p) => p.detail.retrospectiveOf !== null)
    .sort((a, b) => a.meta.date.instant - b.meta.date.instant);
  const file = draftPath(site.source, retrospectives, year);
  if (fs.existsSync(file)) throw exists(file);

  const lines: string[] = [
    "---",
    `title: ${JSON.stringify(ja ? `${year}年振り返り` : `${year} Year in Review`)}`,
    `date: ${now.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    "draft: true",
    `retrospective: ${year}`,
    "---",
    "",
  ];
  const previous = retrospectives.filter((p) => p.detail.retrospectiveOf === year - 1);
  const plans = previous.flatMap((post) =>
    planItems(post, year - 1).map((item) => ({ post, item })),
  );
  if (plans.length > 0) {
    lines.push(ja ? `## ${year - 1}年に立てた計画` : `## Plans made in ${year - 1}`, "");
    for (const post of previous.filter((p) => plans.some((plan) => plan.post === p))) {
      lines.push(
        ja
          ? `[${post.meta.title}](${post.url})に書いたこと:`
          : `From [${post.meta.title}](${post.url}):`,
        "",
      );
      for (const plan of plans.filter((p) => p.post === post)) lines.push(`- [ ] ${plan.item}`);
      lines.push("");
    }
  }
  const ofYear = site.posts
    .filter((p) => p.meta.date.year === year && p.detail.retrospectiveOf === null)
    .sort((a, b) => a.meta.date.instant - b.meta.date.instant);
  for (let month = 1; month <= 12; month++) {
    lines.push(`## ${labels.monthName(month)}`, "");
    const posts = ofYear.filter((p) => p.meta.date.month === month);
    for (const post of posts) lines.push(`- [${escapeLinkText(post.meta.title)}](${post.url})`);
    if (posts.length > 0) lines.push("");
  }
  lines.push(ja ? "## ハイライト" : "## Highlights", "");
  lines.push(ja ? `## ${year + 1}年に向けて` : `## Looking ahead to ${year + 1}`, "");
  return { path: file, text: lines.join("\n") };
}

/**
 * Where the draft goes: beside the latest earlier retrospective (or, for a year before them
 * all, the first), named like it with the year changed (`writing/2017.md` → `writing/2026.md`),
 * else as `YEAR.md`; without any, in `posts/` of a Hugo site's content, or in the folder of posts.
 */
function draftPath(
  source: ReturnType<typeof loadSite>["source"],
  retrospectives: SitePost[],
  year: number,
): string {
  // The latest retrospective before this year, else the first after it.
  const yearOf = (p: SitePost) => p.detail.retrospectiveOf!;
  const latest =
    retrospectives
      .filter((p) => yearOf(p) < year)
      .sort((a, b) => yearOf(a) - yearOf(b))
      .at(-1) ??
    retrospectives.filter((p) => yearOf(p) > year).sort((a, b) => yearOf(a) - yearOf(b))[0];
  if (latest) {
    const dir = path.dirname(latest.source.absPath);
    const name = path.basename(latest.source.absPath);
    const of = String(latest.detail.retrospectiveOf);
    const ext = path.extname(name);
    return path.join(dir, name.includes(of) ? name.replace(of, String(year)) : `${year}${ext}`);
  }
  const dir = source.kind === "hugo" ? path.join(source.contentDir, "posts") : source.contentDir;
  return path.join(dir, `${year}.md`);
}

/** Each plan of a retrospective's outlook, as one line of Markdown (links kept). */
function planItems(post: SitePost, year: number): string[] {
  const body = bodyOf(post.source);
  const tree = parseMarkdown(body);
  const items: string[] = [];
  const slice = (node: RootContent) => {
    const { start, end } = node.position ?? {};
    return start?.offset === undefined || end?.offset === undefined
      ? ""
      : body.slice(start.offset, end.offset);
  };
  const line = (text: string) =>
    text
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, "")
      .replace(/^\s*>\s?/gm, "")
      .replace(/\s*\n\s*/g, " ")
      .trim();
  const add = (node: RootContent) => {
    if (node.type === "list") for (const item of node.children) items.push(line(slice(item)));
    else if (node.type === "blockquote") node.children.forEach(add);
    else if (node.type === "paragraph") items.push(line(slice(node)));
  };
  for (const section of extractRetrospective(tree, year).outlook) section.nodes.forEach(add);
  return items.filter((item) => item !== "");
}

/** A post title as link text: brackets that would end the link escaped. */
function escapeLinkText(title: string): string {
  return title.replace(/([[\]\\])/g, "\\$1");
}

function exists(file: string): ContentError {
  const relative = path.relative(process.cwd(), file);
  return new ContentError(
    relative.startsWith("..") || path.isAbsolute(relative) ? file : relative,
    1,
    1,
    "a file is already there; new retrospective never overwrites",
    "edit that file, or move it away to start a new draft",
  );
}

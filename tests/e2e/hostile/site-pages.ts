import fs from "node:fs";
import path from "node:path";
import { E2E_SITES } from "../../helpers/e2e-sites.ts";

const out = E2E_SITES.hostile.env.BLOG_OUT;

/** Every page of the hostile site (`/`, `/writing/…/`, `/timeline/2023/` …), not redirects. */
export function builtPages(): string[] {
  return (fs.readdirSync(out, { recursive: true }) as string[])
    .filter(
      (file) =>
        path.basename(file) === "index.html" &&
        fs.readFileSync(path.join(out, file), "utf8").includes('id="route-data"'),
    )
    .map((file) => `/${path.dirname(file).split(path.sep).join("/")}/`.replace(/^\/\.\/$/, "/"))
    .sort();
}

/** The in-site links (`href="/…/"`) of a built page. */
export function linksOn(sitePath: string): string[] {
  const html = fs.readFileSync(path.join(out, sitePath, "index.html"), "utf8");
  return [...html.matchAll(/<a [^>]*href="(\/(?:[^"#]*\/)?)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, "&"),
  );
}

/** File → URL of each published post, from the build report. */
export function publishedUrls(): Map<string, string> {
  const report = JSON.parse(fs.readFileSync(E2E_SITES.hostile.env.BLOG_REPORT, "utf8")) as {
    files: { file: string; status: string; url?: string }[];
  };
  return new Map(report.files.filter((f) => f.url).map((f) => [f.file, f.url!]));
}

import path from "node:path";
import projectConfig from "../../../furikaeri.config.ts";
import { findContentSource, resolveConfig, type ContentSource } from "./config.ts";
import type { BlogConfig } from "./define-config.ts";

/** The build's settings from the environment: where content is, where output goes. */
export interface BlogEnv {
  content: string;
  outDir: string;
  report: string | null;
  source: ContentSource;
  config: BlogConfig;
}

/** Reads BLOG_CONTENT, BLOG_OUT, BLOG_REPORT and BLOG_BASE, with the defaults `posts/` and `dist/`. */
export function readBlogEnv(env: Record<string, string | undefined> = process.env): BlogEnv {
  const content = path.resolve(env.BLOG_CONTENT || "posts");
  const source = findContentSource(content);
  return {
    content,
    outDir: path.resolve(env.BLOG_OUT || "dist"),
    report: env.BLOG_REPORT ? path.resolve(env.BLOG_REPORT) : null,
    source,
    config: resolveConfig(projectConfig, source, env),
  };
}

export { projectConfig };

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown, { defaultUrlTransform, type Options, type UrlTransform } from "react-markdown";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeHighlight from "rehype-highlight";
import { toString as hastToString } from "hast-util-to-string";
import type { Root as MdastRoot, RootContent } from "mdast";
import type { Element, Root as HastRoot } from "hast";
import type { Processor } from "unified";
import type { VFile } from "vfile";
import { rehypeEmbedCards } from "./embeds.ts";
import { postBodyComponents } from "../../components/post-body/index.ts";

/** What rendering one post needs to know about the rest of the site. */
export interface RenderContext {
  /** Ids to give top-level blocks, by the source offset where the block starts. */
  anchors?: Map<number, string>;
  /** Rewrites a link target (site-absolute URLs to posts, `/images/...`) or leaves it (null). */
  resolveUrl?: (url: string) => string | null;
  /** Width and height of a local image, when known at build time. */
  imageSize?: (src: string) => { width: number; height: number } | null;
}

/** Parses a Markdown body into an mdast tree (GFM on): see markdown-it-mdast.ts. */
export { parseMarkdown } from "./markdown-it-mdast.ts";

// GitHub's schema, as react-markdown's docs recommend for untrusted Markdown; heading ids,
// anchors and highlighting are added after sanitising, so they need no allowance here.
// `<style>` goes with its text (GitHub's schema strips only `<script>`); no `style` attribute
// is kept either, so posts need no `style-src 'unsafe-inline'`.
const schema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), "style"],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), "dataEmbedCard"],
  },
};

/**
 * react-markdown renders a post: it runs remark-rehype and these rehype passes on the tree,
 * then hands the elements to the project's components (src/components/post-body/), and React
 * writes the HTML. The passes are the same for every post; only their options (what the post
 * links to, its anchors) change, so each pass is cheap to set up, and the costly one
 * (rehype-highlight's grammars) is set up once here and shared.
 */
const highlight = rehypeHighlight({ detect: false });
const slug = rehypeSlug();

/**
 * rehype-highlight and rehype-slug each walk the whole tree with unist-util-visit, which was
 * most of what react-markdown's rendering cost over the renderer before it; they are handed
 * only what they change (the code blocks, the headings, in document order). The figures are
 * in docs/rendering.md (bench/render-time.mjs).
 */
function rehypeHighlightCode() {
  return (_: HastRoot, file: VFile) => {
    const blocks = elementsOf(file).filter((node) => node.tagName === "pre");
    if (blocks.length > 0) highlight({ type: "root", children: blocks }, file);
  };
}

function rehypeSlugHeadings() {
  return (_: HastRoot, file: VFile) => {
    const headings = elementsOf(file).filter((node) => /^h[1-6]$/.test(node.tagName));
    if (headings.length > 0) slug({ type: "root", children: headings });
  };
}

/**
 * The Markdown is parsed once, by markdown-it (markdown-it-mdast.ts): this remark plugin makes
 * react-markdown's processor take that tree instead of parsing its string with remark-parse.
 */
function remarkParsedTree(this: Processor, tree: MdastRoot) {
  this.parser = () => tree;
}

/** The rehype passes for one render; with raw HTML in the post, it is parsed (then sanitised). */
function rehypePasses(raw: boolean, context: RenderContext, headings: RenderedHeading[]) {
  return [
    // Embeds (`<iframe>`, Speaker Deck's `<script>`) can only come from raw HTML.
    ...(raw ? [rehypeRaw, rehypeEmbedCards] : []),
    [rehypeSanitize, schema],
    rehypeListElements,
    // Parsing the whole page again for raw HTML is a tenth of a post's rendering; most posts
    // have none, and without any raw node the step changes nothing.
    ...(raw ? [] : [rehypeLikeRaw]),
    rehypeClobberedHashLinks,
    rehypeDemoteHeadings,
    rehypeSlugHeadings,
    [rehypeBlockAnchors, context.anchors],
    [rehypeImageSizes, context.imageSize],
    rehypeHighlightCode,
    [rehypeCollectHeadings, headings],
  ] as Options["rehypePlugins"];
}

/**
 * react-markdown's own URL check (`javascript:` and other schemes go), then links and images
 * that point at the site's own posts and files are rewritten to their paths under the base.
 * A URL that is not safe is dropped (no `href=""` that would reload the page).
 */
function urlTransformFor(context: RenderContext): UrlTransform {
  return (url, key, node) => {
    const safe = defaultUrlTransform(url);
    if (!safe) return undefined;
    const local =
      (key === "href" && node.tagName === "a") || (key === "src" && node.tagName === "img");
    return (local && context.resolveUrl?.(safe)) || safe;
  };
}

/** A heading as rendered: its level (after demotion), its id and its text. */
export interface RenderedHeading {
  level: number;
  id: string;
  text: string;
}

/** A post's sanitised HTML and the headings in it. */
export interface RenderedPost {
  html: string;
  headings: RenderedHeading[];
}

/** Renders mdast nodes to sanitised HTML, with its headings. Nothing from the post can run script. */
export function renderPost(
  nodes: MdastRoot | RootContent[],
  context: RenderContext = {},
): RenderedPost {
  const root: MdastRoot = Array.isArray(nodes) ? { type: "root", children: nodes } : nodes;
  const headings: RenderedHeading[] = [];
  const html = renderToStaticMarkup(
    createElement(Markdown, {
      remarkPlugins: [[remarkParsedTree, root]],
      remarkRehypeOptions: { clobberPrefix: "" },
      rehypePlugins: rehypePasses(hasRawHtml(root), context, headings),
      components: postBodyComponents,
      skipHtml: false,
      urlTransform: urlTransformFor(context),
    }),
  );
  return { html, headings };
}

/** Renders mdast nodes to sanitised HTML. */
export function renderHtml(nodes: MdastRoot | RootContent[], context: RenderContext = {}): string {
  return renderPost(nodes, context).html;
}

/**
 * What parsing with rehype-raw does to a tree without raw HTML: parse5 drops a line feed at
 * the start of a `<pre>`'s code, so a code block renders the same whether or not its post
 * also holds raw HTML.
 */
function rehypeLikeRaw() {
  return (_: HastRoot, file: VFile) => {
    for (const node of elementsOf(file)) {
      const code = node.tagName === "pre" ? node.children[0] : undefined;
      const text = code?.type === "element" && code.tagName === "code" ? code.children[0] : null;
      if (text?.type === "text" && text.value.startsWith("\n")) text.value = text.value.slice(1);
    }
  };
}

function hasRawHtml(node: MdastRoot | RootContent): boolean {
  if (node.type === "html") return true;
  return "children" in node && node.children.some(hasRawHtml);
}

/**
 * Lists the sanitised tree's elements once, in document order, for the passes that follow:
 * each of them looks at every element, and walking the tree again for each costs more than
 * their work. (Later passes add no element they would need to see.)
 */
function rehypeListElements() {
  return (tree: HastRoot, file: VFile) => {
    const elements: Element[] = [];
    const walk = (node: HastRoot | Element) => {
      for (const child of node.children)
        if (child.type === "element") {
          elements.push(child);
          walk(child);
        }
    };
    walk(tree);
    (file.data as { elements?: Element[] }).elements = elements;
  };
}

function elementsOf(file: VFile): Element[] {
  return (file.data as { elements?: Element[] }).elements ?? [];
}

/**
 * Sanitising prefixes ids with `user-content-` (so a post cannot clobber globals); point
 * in-page links (`#fn-1`) at the prefixed ids, as GitHub does.
 */
function rehypeClobberedHashLinks() {
  return (_: HastRoot, file: VFile) => {
    const ids = new Set<string>();
    for (const node of elementsOf(file))
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    for (const node of elementsOf(file)) {
      const href = node.properties.href;
      if (node.tagName !== "a" || typeof href !== "string" || !href.startsWith("#")) continue;
      const target = decodeURIComponent(href.slice(1));
      if (!ids.has(target) && ids.has(`user-content-${target}`)) {
        node.properties.href = `#user-content-${target}`;
      }
    }
  };
}

/**
 * The page's title is its one `<h1>`: a body that uses `#` headings has every heading moved one
 * level down (h6 stays h6), so the outline reads title → sections for screen readers.
 */
function rehypeDemoteHeadings() {
  return (_: HastRoot, file: VFile) => {
    const elements = elementsOf(file);
    if (!elements.some((node) => node.tagName === "h1")) return;
    for (const node of elements) {
      const level = /^h([1-5])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Number(level) + 1}`;
    }
  };
}

/** Hands the headings (with their final ids) back, as Astro's pipeline does. */
function rehypeCollectHeadings(headings: RenderedHeading[]) {
  return (_: HastRoot, file: VFile) => {
    for (const node of elementsOf(file)) {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level && typeof node.properties.id === "string") {
        const text = hastToString(node).replace(/\s+/g, " ").trim();
        if (text) headings.push({ level: Number(level), id: node.properties.id, text });
      }
    }
  };
}

/** Gives top-level blocks the ids the timeline links to ("read in context"). */
function rehypeBlockAnchors(anchors: RenderContext["anchors"]) {
  return (tree: HastRoot) => {
    if (!anchors || anchors.size === 0) return;
    for (const node of tree.children) {
      if (node.type !== "element") continue;
      const offset = node.position?.start.offset;
      const id = offset === undefined ? undefined : anchors.get(offset);
      if (!id) continue;
      // A heading keeps its slug id (its own link); the line anchor goes on a marker inside it.
      if (node.properties.id) {
        node.children.unshift({
          type: "element",
          tagName: "span",
          properties: { id },
          children: [],
        });
      } else node.properties.id = id;
    }
  };
}

/**
 * Gives local images the width and height measured from their files (by the URL as written,
 * before it is rewritten under the base path); PostImage shows them.
 */
function rehypeImageSizes(imageSize: RenderContext["imageSize"]) {
  return (_: HastRoot, file: VFile) => {
    if (!imageSize) return;
    for (const node of elementsOf(file)) {
      const src = node.tagName === "img" ? node.properties.src : undefined;
      if (typeof src !== "string") continue;
      const safe = defaultUrlTransform(src);
      const size = safe ? imageSize(safe) : null;
      if (size) {
        node.properties.width = size.width;
        node.properties.height = size.height;
      }
    }
  };
}

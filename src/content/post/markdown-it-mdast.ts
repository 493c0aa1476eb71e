import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import type {
  AlignType,
  List,
  ListItem,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from "mdast";
import type { Position } from "unist";

/**
 * The build's Markdown parser: markdown-it (CommonMark, with GFM's tables, strikethrough,
 * autolink literals and task lists, and footnotes) read into the mdast remark would give, so
 * everything after the parse (the timeline reader, the rehype renderer, the checks) works on
 * the same tree. markdown-it parses about ten times faster than micromark (remark-parse) on
 * the real blog's posts (BENCHMARKS.md), and parsing was most of a post's build. Where
 * they differ, it is in corners of the specs: `~one~` stays text (two tildes strike through),
 * as in Hugo's goldmark; linkify's rules for where a bare URL or e-mail address ends.
 *
 * markdown-it gives block positions (lines) but none inside a paragraph: inline nodes carry
 * their block's position.
 */
// markdown-it parses nested brackets and blocks by recursion, as deep as `maxNesting`: 2,000
// overflowed the stack on 10,000 `[` in a row. 600 is past the 500 levels a post may nest (the
// located error of post-limits.ts) and survives 10,000 `[`, `![`, `[^` or `>` in a row.
const md = new MarkdownIt({ html: true, linkify: true, maxNesting: 600 })
  .use(footnote)
  // GFM has no inline footnotes (`^[…]`).
  .disable("footnote_inline");
// Every link becomes a link; the renderer drops unsafe URLs (as it does for remark's tree).
md.validateLink = () => true;
// GFM (and Hugo's goldmark) link bare `http(s)://`, `www.` and e-mail addresses, not bare
// domains (`example.com`), `ftp://` or `//host`. linkify's search for bare domains (fuzzyLink)
// was a sixth of a post's build on the 10,000-post copy (BENCHMARKS.md), only to find links
// dropped again: `www.` is its own prefix here instead, ended by linkify's rules for a host and
// path, and allowed where GFM allows it (at the start, after a space or one of `*_~(`). As in
// goldmark, a `www.` address needs one more dot and any top-level domain (`www.go.dev`).
md.linkify
  .set({ fuzzyLink: false, fuzzyEmail: true })
  .add("ftp:", null)
  .add("//", null)
  .add("www.", {
    validate(text, pos, self) {
      const before = text[pos - 5];
      if (before !== undefined && !/[\s*_~(]/.test(before)) return 0;
      const tail = (wwwTail ??= new RegExp(
        `(?:(?:${self.re.get_domain().source})\\.){1,9}(?:${self.re.get_domain_root().source})` +
          self.re.get_host_terminator().source +
          self.re.get_path().source,
        "iy",
      ));
      tail.lastIndex = pos;
      return tail.exec(text)?.[0].length ?? 0;
    },
    normalize(match) {
      match.url = `http://${match.url}`;
    },
  });
let wwwTail: RegExp | undefined;

type Open = Parent;
type Token = ReturnType<typeof md.parse>[number];

export function parseMarkdown(body: string): Root {
  const positionOf = linePositions(body);
  const root: Root = { type: "root", children: [] };
  // The open containers, innermost last; a token without a node of its own opens null.
  const stack: (Open | null)[] = [root];
  const parent = () => stack.findLast((n) => n !== null)!;
  const add = (node: RootContent) => (parent().children as RootContent[]).push(node);
  // Paragraphs markdown-it hides: those of tight list items, shown without <p>.
  const tight = new WeakSet<Parent>();
  for (const t of md.parse(body, {})) {
    const position = positionOf(t.map as [number, number] | null);
    if (t.nesting === 1) {
      const node = openingNode(t, position, stack);
      if (node) {
        if (t.hidden) tight.add(node);
        add(node as RootContent);
      }
      stack.push(node);
    } else if (t.nesting === -1) {
      const node = stack.pop();
      if (node) closeNode(node, tight);
    } else if (t.type === "inline") {
      for (const node of inline(t.children ?? [], parent().position)) add(node);
    } else {
      const node = leafNode(t, position);
      if (node) add(node);
    }
  }
  return root;
}

/** A block's position from markdown-it's line map: its first to last line. */
function linePositions(body: string) {
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineText = (l: number) =>
    body.slice(lineStarts[l] ?? body.length, (lineStarts[l + 1] ?? body.length + 1) - 1);
  return (map: [number, number] | null): Position | undefined => {
    if (!map) return undefined;
    const [a, b] = map;
    const first = lineText(a);
    const indent = first.length - first.trimStart().length;
    const lastLine = Math.max(a, b - 1);
    const last = lineText(lastLine).replace(/\r$/, "");
    return {
      start: { line: a + 1, column: indent + 1, offset: lineStarts[a]! + indent },
      end: {
        line: lastLine + 1,
        column: last.length + 1,
        offset: lineStarts[lastLine]! + last.length,
      },
    };
  };
}

/** The container an opening token starts, or null for one mdast has no node for (`<thead>`). */
function openingNode(
  t: Token,
  position: Position | undefined,
  stack: readonly (Open | null)[],
): Open | null {
  switch (t.type) {
    case "paragraph_open":
      return { type: "paragraph", children: [], position } as Open;
    case "heading_open":
      return { type: "heading", depth: Number(t.tag.slice(1)), children: [], position } as Open;
    case "blockquote_open":
      return { type: "blockquote", children: [], position } as Open;
    case "bullet_list_open":
    case "ordered_list_open":
      return {
        type: "list",
        ordered: t.type === "ordered_list_open",
        start: t.type === "ordered_list_open" ? Number(t.attrGet("start") ?? 1) : null,
        spread: false,
        children: [],
        position,
      } as Open;
    case "list_item_open":
      return { type: "listItem", spread: false, checked: null, children: [], position } as Open;
    case "table_open":
      return { type: "table", align: [], children: [], position } as Open;
    case "tr_open":
      return { type: "tableRow", children: [], position } as Open;
    case "th_open":
    case "td_open": {
      if (t.type === "th_open") {
        const align = /text-align:(\w+)/.exec(String(t.attrGet("style") ?? ""))?.[1] ?? null;
        (stack.findLast((n) => n?.type === "table") as Table).align!.push(align as AlignType);
      }
      return { type: "tableCell", children: [], position } as Open;
    }
    case "footnote_open": {
      const label = String((t.meta as { label?: string }).label ?? "");
      return {
        type: "footnoteDefinition",
        identifier: normalizeIdentifier(label).toLowerCase(),
        label,
        children: [],
      } as Open;
    }
    case "thead_open":
    case "tbody_open":
    case "footnote_block_open":
      return null;
    default:
      throw new Error(`markdown-it token ${t.type} has no mdast counterpart here`);
  }
}

/** What mdast knows only once a container is closed: whether a list or item is spread. */
function closeNode(node: Open, tight: WeakSet<Parent>) {
  if (node.type === "listItem") finishListItem(node as ListItem, tight);
  if (node.type === "list")
    (node as List).spread = (node as List).children.some((item) => item.spread);
}

/** The node of a block token that holds no other blocks (code, rule, raw HTML). */
function leafNode(t: Token, position: Position | undefined): RootContent | null {
  switch (t.type) {
    case "fence": {
      const [lang, ...meta] = t.info.trim().split(/\s+/);
      return {
        type: "code",
        lang: lang || null,
        meta: meta.join(" ") || null,
        value: t.content.replace(/\n$/, ""),
        position,
      };
    }
    case "code_block":
      return {
        type: "code",
        lang: null,
        meta: null,
        value: t.content.replace(/\n$/, ""),
        position,
      };
    case "hr":
      return { type: "thematicBreak", position };
    case "html_block":
      return { type: "html", value: t.content.replace(/\n$/, ""), position };
    case "footnote_anchor":
      return null;
    default:
      throw new Error(`markdown-it token ${t.type} has no mdast counterpart here`);
  }
}

/** A list item is spread when a paragraph of it is shown as one; `[ ]`/`[x]` make it a task. */
function finishListItem(item: ListItem, tight: WeakSet<Parent>) {
  item.spread = item.children.some((child) => child.type === "paragraph" && !tight.has(child));
  const first = item.children[0];
  if (first?.type !== "paragraph") return;
  const text = first.children[0];
  const task = text?.type === "text" ? /^\[([ xX])\][ \t]/.exec(text.value) : null;
  if (!task || text?.type !== "text") return;
  item.checked = task[1] !== " ";
  text.value = text.value.slice(task[0].length);
  if (text.value === "") first.children.shift();
}

/** How deep emphasis, strikethrough and links may nest in a paragraph. */
const MAX_INLINE_DEPTH = 100;

function inline(tokens: Token[], block: Position | undefined): PhrasingContent[] {
  // Each node its own copy: later passes move positions node by node.
  const copy = (): Position | undefined =>
    block && { start: { ...block.start }, end: { ...block.end } };
  const out: PhrasingContent[] = [];
  const stack: { children: PhrasingContent[] }[] = [{ children: out }];
  const top = () => stack[stack.length - 1]!;
  const text = (value: string) => {
    const kids = top().children;
    const last = kids[kids.length - 1];
    if (last?.type === "text") last.value += value;
    else kids.push({ type: "text", value, position: copy() });
  };
  // Whether each open token made a node (closers pop only those). Emphasis can nest as deep as
  // a post has asterisks (20,000 around a letter): past MAX_INLINE_DEPTH the marks are dropped
  // and the text kept, so no later pass recurses that deep.
  const made: boolean[] = [];
  const open = (node: PhrasingContent & { children: PhrasingContent[] }) => {
    made.push(stack.length <= MAX_INLINE_DEPTH);
    if (!made[made.length - 1]) return;
    top().children.push(node);
    stack.push(node);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case "text":
        text(t.content);
        break;
      case "softbreak":
        text("\n");
        break;
      case "hardbreak":
        top().children.push({ type: "break", position: copy() });
        break;
      case "code_inline":
        top().children.push({ type: "inlineCode", value: t.content, position: copy() });
        break;
      case "em_open":
        open({ type: "emphasis", children: [], position: copy() });
        break;
      case "strong_open":
        open({ type: "strong", children: [], position: copy() });
        break;
      case "s_open":
        open({ type: "delete", children: [], position: copy() });
        break;
      case "link_open":
        open({
          type: "link",
          url: String(t.attrGet("href") ?? ""),
          title: titleOf(t),
          children: [],
          position: copy(),
        });
        break;
      case "em_close":
      case "strong_close":
      case "s_close":
      case "link_close":
        if (made.pop()) stack.pop();
        break;
      case "image":
        top().children.push({
          type: "image",
          url: String(t.attrGet("src") ?? ""),
          alt: t.content,
          title: titleOf(t),
          position: copy(),
        });
        break;
      case "html_inline":
        top().children.push({ type: "html", value: t.content, position: copy() });
        break;
      case "footnote_ref": {
        const label = String((t.meta as { label?: string }).label ?? "");
        top().children.push({
          type: "footnoteReference",
          identifier: normalizeIdentifier(label).toLowerCase(),
          label,
          position: copy(),
        });
        break;
      }
      case "footnote_anchor":
        break;
      default:
        throw new Error(`markdown-it inline token ${t.type} has no mdast counterpart here`);
    }
  }
  return out;
}

function titleOf(token: Token): string | null {
  const title = token.attrGet("title");
  return title === null ? null : String(title);
}

// SPIKE (not for main): markdown-it tokens -> mdast, to measure speed and parity.
// @ts-nocheck
import MarkdownIt from "/tmp/mdit/node_modules/markdown-it/index.mjs";

const md = new MarkdownIt({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: false });

export function parseWithMarkdownIt(body: string) {
  const tokens = md.parse(body, {});
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineText = (l: number) => body.slice(lineStarts[l], (lineStarts[l + 1] ?? body.length + 1) - 1);
  const pos = (map: [number, number] | null) => {
    if (!map) return undefined;
    const [a, b] = map;
    const first = lineText(a);
    const indent = first.length - first.trimStart().length;
    const lastLine = Math.max(a, b - 1);
    const last = lineText(lastLine).replace(/\r$/, "");
    return {
      start: { line: a + 1, column: indent + 1, offset: lineStarts[a] + indent },
      end: { line: lastLine + 1, column: last.length + 1, offset: lineStarts[lastLine] + last.length },
    };
  };
  const root = { type: "root", children: [] as any[] };
  const stack: any[] = [root];
  const top = () => stack[stack.length - 1];
  const push = (node: any) => { top().children.push(node); return node; };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const p = pos(t.map);
    switch (t.type) {
      case "paragraph_open": stack.push(push({ type: "paragraph", children: [], position: p, hidden: t.hidden })); break;
      case "heading_open": stack.push(push({ type: "heading", depth: Number(t.tag.slice(1)), children: [], position: p })); break;
      case "blockquote_open": stack.push(push({ type: "blockquote", children: [], position: p })); break;
      case "bullet_list_open": stack.push(push({ type: "list", ordered: false, start: null, spread: false, children: [], position: p })); break;
      case "ordered_list_open": stack.push(push({ type: "list", ordered: true, start: Number(t.attrGet("start") ?? 1), spread: false, children: [], position: p })); break;
      case "list_item_open": stack.push(push({ type: "listItem", spread: false, checked: null, children: [], position: p })); break;
      case "table_open": stack.push(push({ type: "table", align: [], children: [], position: p })); break;
      case "tr_open": stack.push(push({ type: "tableRow", children: [], position: p })); break;
      case "th_open": case "td_open": {
        const style = t.attrGet("style") ?? "";
        const align = /text-align:(\w+)/.exec(style)?.[1] ?? null;
        const table = stack.find((n) => n.type === "table");
        if (t.type === "th_open") table.align.push(align);
        stack.push(push({ type: "tableCell", children: [], position: p }));
        break;
      }
      case "thead_open": case "tbody_open": case "thead_close": case "tbody_close": break;
      case "paragraph_close": case "heading_close": case "blockquote_close": case "bullet_list_close":
      case "ordered_list_close": case "list_item_close": case "table_close": case "tr_close": case "th_close": case "td_close": {
        const node = stack.pop();
        if (node.type === "listItem") node.spread = node.children.some((c) => c.type === "paragraph" && !c.hidden);
        if (node.type === "list") node.spread = node.children.some((c) => c.spread);

        break;
      }
      case "fence": {
        const info = t.info.trim();
        const [lang, ...meta] = info.split(/\s+/);
        push({ type: "code", lang: lang || null, meta: meta.join(" ") || null, value: t.content.replace(/\n$/, ""), position: p });
        break;
      }
      case "code_block": push({ type: "code", lang: null, meta: null, value: t.content.replace(/\n$/, ""), position: p }); break;
      case "hr": push({ type: "thematicBreak", position: p }); break;
      case "html_block": push({ type: "html", value: t.content.replace(/\n$/, ""), position: p }); break;
      case "inline": {
        const block = top();
        for (const c of inline(t.children, block.position)) block.children.push(c);
        break;
      }
      default: throw new Error("unhandled block token " + t.type);
    }
  }
  return root;
}

function inline(tokens: any[], position: any) {
  const out: any[] = [];
  const stack: any[] = [{ children: out }];
  const top = () => stack[stack.length - 1];
  const text = (value: string) => {
    const kids = top().children;
    const last = kids[kids.length - 1];
    if (last?.type === "text") last.value += value;
    else kids.push({ type: "text", value, position });
  };
  for (const t of tokens) {
    switch (t.type) {
      case "text": text(t.content); break;
      case "softbreak": text("\n"); break;
      case "hardbreak": top().children.push({ type: "break", position }); break;
      case "code_inline": top().children.push({ type: "inlineCode", value: t.content, position }); break;
      case "em_open": stack.push(pushTo(top(), { type: "emphasis", children: [], position })); break;
      case "strong_open": stack.push(pushTo(top(), { type: "strong", children: [], position })); break;
      case "s_open": stack.push(pushTo(top(), { type: "delete", children: [], position })); break;
      case "link_open": stack.push(pushTo(top(), { type: "link", url: t.attrGet("href"), title: t.attrGet("title") ?? null, children: [], position })); break;
      case "em_close": case "strong_close": case "s_close": case "link_close": stack.pop(); break;
      case "image": top().children.push({ type: "image", url: t.attrGet("src"), alt: t.content, title: t.attrGet("title") ?? null, position }); break;
      case "html_inline": top().children.push({ type: "html", value: t.content, position }); break;
      default: throw new Error("unhandled inline token " + t.type);
    }
  }
  return out;
}
const pushTo = (parent: any, node: any) => { parent.children.push(node); return node; };

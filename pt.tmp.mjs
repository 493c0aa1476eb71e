import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
const n = Number(process.argv[2]);
const md = new MarkdownIt({ html: true, linkify: true, maxNesting: n }).use(footnote).disable("footnote_inline");
md.linkify.set({ fuzzyLink: true });
const cases = [["[ x10k", "[".repeat(10000) + "a"], ["![ x10k", "![".repeat(10000) + "a"], ["[^ x5k", "[^".repeat(5000)], ["> x10k", ">".repeat(10000) + " a"], ["- nested 3k", Array.from({length: 3000}, (_, i) => " ".repeat(i * 2) + "- a").join("\n")], ["* x20k a", "*".repeat(20000) + "a" + "*".repeat(20000)], ["*a **b x20k", "*a **b ".repeat(20000)], ["` x10k", "`".repeat(10000)], ["<a> x10k", "<a>".repeat(10000)], ["[a]( x10k", "[a](".repeat(10000)], ["1. > - x3k", Array.from({length: 3000}, () => "1. > - ").join("") + "a"]];
for (const [name, s] of cases) { const t = performance.now(); try { md.parse(s, {}); console.log(n, name, (performance.now() - t).toFixed(0), "ms"); } catch (e) { console.log(n, name, "FAILED", e.constructor.name); } }

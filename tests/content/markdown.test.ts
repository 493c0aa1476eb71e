import { describe, expect, it } from "vitest";
import { parseMarkdown, renderHtml } from "../../src/content/post/markdown.ts";

const render = (md: string, anchors?: Map<number, string>) =>
  renderHtml(parseMarkdown(md), anchors ? { anchors } : {});

describe("a post body's headings", () => {
  it("moves every heading one level down when the body uses # (the title is the page's h1)", () => {
    const html = render("# Work\n\ntext\n\n## Detail\n\n###### Small\n");
    expect(html).not.toContain("<h1");
    expect(html).toContain('<h2 id="work"><a class="heading-link" href="#work">Work</a></h2>');
    expect(html).toContain(
      '<h3 id="detail"><a class="heading-link" href="#detail">Detail</a></h3>',
    );
    expect(html).toContain('<h6 id="small"><a class="heading-link" href="#small">Small</a></h6>');
  });

  it("keeps the levels of a body that starts at ##", () => {
    expect(render("## 2018年\n\ntext\n")).toContain(
      '<h2 id="2018年"><a class="heading-link" href="#2018年">2018年</a></h2>',
    );
  });

  it("gives a heading that starts a timeline section its line anchor without losing its slug", () => {
    const html = render("intro\n\n## 2018年\n\ntext\n", new Map([[7, "L3"]]));
    expect(html).toContain(
      '<h2 id="2018年"><a class="heading-link" href="#2018年"><span id="L3"></span>2018年</a></h2>',
    );
  });

  it("gives a paragraph its line anchor as its id", () => {
    expect(render("first\n\nsecond\n", new Map([[7, "L3"]]))).toContain('<p id="L3">second</p>');
  });
});

describe("GitHub-flavoured Markdown, as a reader sees it", () => {
  it("numbers footnotes in the order they are cited and links them both ways", () => {
    const html = render("Cited.[^b] Again.[^a]\n\n[^a]: First defined.\n[^b]: Cited first.\n");
    expect(html).toContain('<sup><a href="#user-content-fn-b" id="user-content-fnref-b"');
    expect(html).toContain(">1</a></sup> Again.");
    expect(html).toContain(
      '<section data-footnotes="" class="footnotes" aria-labelledby="user-content-footnote-label">',
    );
    // The footnotes' heading is for screen readers only: no self-link to tab to.
    expect(html).toContain('<h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2>');
    expect(html).toContain('<li id="user-content-fn-b">');
    expect(html).toContain('href="#user-content-fnref-b"');
    expect(html.indexOf("Cited first.")).toBeLessThan(html.indexOf("First defined."));
    expect(render("Inline ^[not a footnote] stays.")).toContain("Inline ^[not a footnote] stays.");
  });

  it("shows task lists as disabled checkboxes, and `[ ]` elsewhere as text", () => {
    const html = render("- [ ] todo\n- [x] done\n- not [ ] a task\n");
    expect(html).toContain(
      '<li class="task-list-item"><input type="checkbox" disabled=""/> todo</li>',
    );
    expect(html).toContain(
      '<li class="task-list-item"><input type="checkbox" disabled="" checked=""/> done</li>',
    );
    expect(html).toContain("<li>not [ ] a task</li>");
  });

  it("links bare web and e-mail addresses, but not bare domain names or other schemes", () => {
    const html = render("See www.example.com, https://example.com/a_(b) or me@example.com.\n");
    expect(html).toContain('<a href="http://www.example.com" rel="noopener noreferrer">');
    expect(html).toContain('<a href="https://example.com/a_(b)" rel="noopener noreferrer">');
    expect(html).toContain('<a href="mailto:me@example.com">me@example.com</a>.');
    const plain = render("Bare example.com, go.dev and ftp://example.org/file stay text.\n");
    expect(plain).not.toContain("<a");
  });

  it("links `www.` where GFM does: at the start, after a space or `*_~(`, not inside a word", () => {
    expect(render("www.go.dev/doc and (www.example.com/a) *www.example.org*\n")).toBe(
      '<p><a href="http://www.go.dev/doc" rel="noopener noreferrer">www.go.dev/doc</a> and (<a href="http://www.example.com/a" rel="noopener noreferrer">www.example.com/a</a>) <em><a href="http://www.example.org" rel="noopener noreferrer">www.example.org</a></em></p>',
    );
    expect(render("foo.www.example.com, 1www.example.com and www.x stay text.\n")).not.toContain(
      "<a",
    );
  });

  it("strikes through ~~two tildes~~ and leaves one, as in ~/.bashrc, as written (as Hugo does)", () => {
    expect(render("~~gone~~ and ~/.bashrc, ~/.zshrc\n")).toBe(
      "<p><del>gone</del> and ~/.bashrc, ~/.zshrc</p>",
    );
  });

  it("aligns table columns as the delimiter row says", () => {
    const html = render("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");
    expect(html).toContain('<th align="left">a</th>');
    expect(html).toContain('<td align="center">2</td>');
    expect(html).toContain('<td align="right">3</td>');
    // As an attribute, not an inline style: the pages' CSP allows none.
    expect(html).not.toContain("style=");
  });
});

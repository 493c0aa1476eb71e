import { describe, expect, it } from "vitest";
import { parseMarkdown, renderHtml } from "../../src/content/markdown.ts";

const render = (md: string, anchors?: Map<number, string>) =>
  renderHtml(parseMarkdown(md), anchors ? { anchors } : {});

describe("a post body's headings", () => {
  it("moves every heading one level down when the body uses # (the title is the page's h1)", () => {
    const html = render("# Work\n\ntext\n\n## Detail\n\n###### Small\n");
    expect(html).not.toContain("<h1");
    expect(html).toContain('<h2 id="work">Work</h2>');
    expect(html).toContain('<h3 id="detail">Detail</h3>');
    expect(html).toContain('<h6 id="small">Small</h6>');
  });

  it("keeps the levels of a body that starts at ##", () => {
    expect(render("## 2018年\n\ntext\n")).toContain('<h2 id="2018年">2018年</h2>');
  });

  it("gives a heading that starts a timeline section its line anchor without losing its slug", () => {
    const html = render("intro\n\n## 2018年\n\ntext\n", new Map([[7, "L3"]]));
    expect(html).toContain('<h2 id="2018年"><span id="L3"></span>2018年</h2>');
  });

  it("gives a paragraph its line anchor as its id", () => {
    expect(render("first\n\nsecond\n", new Map([[7, "L3"]]))).toContain('<p id="L3">second</p>');
  });
});

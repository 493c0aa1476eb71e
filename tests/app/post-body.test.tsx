import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { CodeBlock } from "../../src/components/post-body/code-block.tsx";
import { EmbedCard } from "../../src/components/post-body/embed-card.tsx";
import { PostImage } from "../../src/components/post-body/post-image.tsx";
import { PostLink } from "../../src/components/post-body/post-link.tsx";
import { parseMarkdown, renderPost, type RenderContext } from "../../src/content/post/markdown.ts";

/** A post rendered as the build does (react-markdown through the post-body components), shown. */
function showPost(markdown: string, context: RenderContext = {}) {
  const { html } = renderPost(parseMarkdown(markdown), context);
  const { container } = render(<div />);
  container.firstElementChild!.innerHTML = html;
  return container;
}

describe("a post's links", () => {
  it("opens other sites without handing them the page, and keeps the blog's own links plain", () => {
    render(
      <>
        <PostLink href="https://example.org/">elsewhere</PostLink>
        <PostLink href="/2017/12/31/2017/">an older post</PostLink>
      </>,
    );
    expect(screen.getByRole("link", { name: "elsewhere" })).toHaveAttribute(
      "rel",
      "noopener noreferrer",
    );
    expect(screen.getByRole("link", { name: "an older post" })).not.toHaveAttribute("rel");
  });

  it("points a link to one of the blog's posts at its path under the base", () => {
    const resolveUrl = (url: string) =>
      url === "https://blog.example.com/2017/" ? "/base/2017/" : null;
    showPost("Read [last year](https://blog.example.com/2017/).\n", { resolveUrl });
    const link = screen.getByRole("link", { name: "last year" });
    expect(link).toHaveAttribute("href", "/base/2017/");
    expect(link).not.toHaveAttribute("rel");
  });

  it("drops a link target that could run script, keeping the text", () => {
    showPost("[click](javascript:alert(1))\n");
    expect(screen.getByText("click")).not.toHaveAttribute("href");
  });
});

describe("an embed in a post", () => {
  it("is a card linking to the video", () => {
    render(<EmbedCard href="https://www.youtube.com/watch?v=abc">Video on YouTube</EmbedCard>);
    expect(screen.getByRole("link", { name: "Video on YouTube" })).toHaveAttribute(
      "href",
      "https://www.youtube.com/watch?v=abc",
    );
  });

  it("replaces an iframe written in the post, and nothing of it is left to run", () => {
    const container = showPost(
      '<iframe src="https://player.vimeo.com/video/123" onload="alert(1)"></iframe>\n',
    );
    const card = screen.getByRole("link", { name: "Video on Vimeo" });
    expect(card).toHaveAttribute("href", "https://vimeo.com/123");
    expect(card).toHaveAttribute("data-embed-card");
    expect(container.querySelector("iframe, [onload]")).toBeNull();
  });
});

describe("an image in a post", () => {
  it("loads lazily with its measured size and keeps its description", () => {
    render(<PostImage src="/images/a.png" alt="A cat" width={640} height={480} />);
    const image = screen.getByRole("img", { name: "A cat" });
    expect(image).toHaveAttribute("loading", "lazy");
    expect(image).toHaveAttribute("decoding", "async");
    expect(image).toHaveAttribute("width", "640");
    expect(image).toHaveAttribute("height", "480");
  });

  it("is decorative when the post gives it no description", () => {
    render(<PostImage src="/images/a.png" />);
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByRole("presentation")).toHaveAttribute("alt", "");
  });

  it("gets the size of the file it names, and its path under the base", () => {
    showPost("![A cat](/images/cat.png)\n", {
      imageSize: (src) => (src === "/images/cat.png" ? { width: 300, height: 200 } : null),
      resolveUrl: (url) => (url.startsWith("/images/") ? `/base${url}` : null),
    });
    const image = screen.getByRole("img", { name: "A cat" });
    expect(image).toHaveAttribute("src", "/base/images/cat.png");
    expect(image).toHaveAttribute("width", "300");
    expect(image).toHaveAttribute("height", "200");
  });
});

describe("a code block in a post", () => {
  it("is highlighted at build time and labelled with its language", () => {
    const container = showPost("```ruby\nputs 'hi'\n```\n\n```\nplain\n```\n");
    const [ruby, plain] = container.querySelectorAll("pre");
    expect(ruby).toHaveAttribute("data-language", "ruby");
    expect(within(ruby!).getByText("'hi'")).toHaveClass("hljs-string");
    expect(plain).not.toHaveAttribute("data-language");
  });

  it("shows no label for a block marked as plain text", () => {
    const { container } = render(
      <CodeBlock
        node={{
          type: "element",
          tagName: "pre",
          properties: {},
          children: [
            {
              type: "element",
              tagName: "code",
              properties: { className: ["language-text"] },
              children: [],
            },
          ],
        }}
      >
        <code>plain</code>
      </CodeBlock>,
    );
    expect(container.querySelector("pre")).not.toHaveAttribute("data-language");
  });
});

describe("a heading in a post", () => {
  it("has an id and links to itself", () => {
    showPost("## 振り返り\n\ntext\n");
    const heading = screen.getByRole("heading", { level: 2, name: "振り返り" });
    expect(heading).toHaveAttribute("id", "振り返り");
    expect(within(heading).getByRole("link", { name: "振り返り" })).toHaveAttribute(
      "href",
      "#振り返り",
    );
  });

  it("keeps a link written in it as the only link (links cannot nest)", () => {
    showPost("## See [the docs](https://example.org/)\n");
    const heading = screen.getByRole("heading", { level: 2, name: "See the docs" });
    const links = within(heading).getAllByRole("link");
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute("href", "https://example.org/");
  });
});

describe("footnotes in a post", () => {
  it("are a section named by their heading, each linked from where it is cited", () => {
    showPost("A claim.[^1]\n\n[^1]: The source.\n");
    const notes = screen.getByRole("region", { name: "Footnotes" });
    expect(within(notes).queryAllByRole("link", { name: "Footnotes" })).toHaveLength(0);
    const item = within(notes).getByRole("listitem");
    expect(item).toHaveTextContent("The source.");
    const citation = screen.getByRole("link", { name: "1" });
    expect(citation).toHaveAttribute("href", `#${item.id}`);
    expect(within(item).getByRole("link", { name: "Back to reference 1" })).toHaveAttribute(
      "href",
      `#${citation.id}`,
    );
  });
});

describe("a table in a post", () => {
  it("aligns its columns with attributes, not inline styles", () => {
    showPost("| a | b |\n|:--|--:|\n| 1 | 2 |\n");
    expect(screen.getByRole("columnheader", { name: "a" })).toHaveAttribute("align", "left");
    expect(screen.getByRole("cell", { name: "2" })).toHaveAttribute("align", "right");
    expect(screen.getByRole("cell", { name: "2" })).not.toHaveAttribute("style");
  });
});

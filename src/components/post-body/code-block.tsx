import type { ComponentProps } from "react";
import type { ExtraProps } from "react-markdown";
import type { Element } from "hast";

type PreProps = ComponentProps<"pre"> & ExtraProps;

/** Languages not worth a label: the block is plain text. */
const PLAIN = new Set(["text", "txt", "plain", "plaintext", "nohighlight", "no-highlight"]);

/** The language a fenced code block names (` ```ruby `), from its `<code>`'s class. */
export function languageOf(pre: Element | undefined): string | null {
  const code = pre?.children.find((child) => child.type === "element" && child.tagName === "code");
  if (code?.type !== "element") return null;
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  for (const name of classes) {
    const lang = /^language-(.+)$/.exec(String(name))?.[1];
    if (lang) return PLAIN.has(lang.toLowerCase()) ? null : lang;
  }
  return null;
}

/**
 * A code block. It arrives highlighted (rehype-highlight ran at build time, so the browser
 * needs no highlighter) and shows the language it is written in as a label.
 */
export function CodeBlock({ node, children, ...props }: PreProps) {
  const lang = languageOf(node);
  return (
    <pre {...props} data-language={lang ?? undefined}>
      {children}
    </pre>
  );
}

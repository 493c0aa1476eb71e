import type { ComponentProps } from "react";
import type { ExtraProps } from "react-markdown";

type CellProps = ComponentProps<"td"> & ExtraProps;

/**
 * A table cell aligned as the Markdown's delimiter row says (`|:-:|`), with the `align`
 * attribute. react-markdown turns `align` into an inline style; pages allow no inline style
 * (the Content-Security-Policy has no `style-src 'unsafe-inline'`), so it goes back here.
 */
function alignOf({ style, align }: CellProps): CellProps["align"] {
  const textAlign = style?.textAlign;
  return textAlign === "left" || textAlign === "center" || textAlign === "right"
    ? textAlign
    : align;
}

export function TableCell({ node: _node, style: _style, ...props }: CellProps) {
  return <td {...props} align={alignOf({ style: _style, align: props.align })} />;
}

export function TableHeaderCell({ node: _node, style: _style, ...props }: CellProps) {
  return <th {...props} align={alignOf({ style: _style, align: props.align })} />;
}

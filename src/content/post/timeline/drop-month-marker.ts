import type { Paragraph, RootContent } from "mdast";
import { parseMonthMarker } from "./month-marker.ts";

/**
 * What may close a marker that can be dropped: punctuation, not a particle (`1月に`) and not
 * a space into the sentence (`August at Gunma:` keeps its month: the rest would not stand).
 */
const CLOSED = /[．.。:：、，,;)）\]】］\-‐‑–—―−－~〜～]$/u;

/**
 * A month entry's blocks as the timeline shows them: when the entry opens with its own month
 * marker (`1月．…` shown under the heading 1月, `7月〜8月．` under the range line 7月〜8月,
 * `1月2日．` under the day 1月2日), the marker is left out, since the timeline already says it;
 * the author's words are kept otherwise. A marker that runs into the sentence (`1月に転職した`)
 * or says more or less than the timeline shows stays. The post's own page is not touched, and
 * neither are the given nodes (they are copied where changed).
 */
export function withoutOwnMonthMarker(
  nodes: RootContent[],
  months: number[],
  days: string | null,
): RootContent[] {
  const first = nodes[0];
  if (first?.type !== "paragraph") return nodes;
  const lead = first.children[0];
  if (lead?.type !== "text") return nodes;
  const marker = parseMonthMarker(lead.value);
  if (!marker || marker.days !== days || marker.months.join() !== months.join()) return nodes;
  const said = lead.value.slice(0, lead.value.length - marker.rest.length);
  if (!CLOSED.test(said.trimEnd())) return nodes;
  const rest = lead.value.slice(said.length);
  const children =
    rest === "" ? first.children.slice(1) : [{ ...lead, value: rest }, ...first.children.slice(1)];
  if (children.length === 0) return nodes; // a marker alone: keep it rather than show nothing
  const paragraph: Paragraph = { ...first, children };
  return [paragraph, ...nodes.slice(1)];
}

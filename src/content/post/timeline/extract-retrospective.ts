/*
 * How a retrospective's top-level blocks are sorted, in document order:
 * - A paragraph, list item or heading that starts with a month (`1月．`, `- **12月**:`, `## 1月〜3月`)
 *   starts a month entry. A list with some marked items is split: each marked item is an entry, and
 *   runs of unmarked items stay together as a copy of the list.
 * - Blocks without a marker join the entry above them, until the next marker or a heading that is not
 *   a month. A deeper heading under a month heading stays in that month.
 * - Blocks before any heading or marker are the intro: the first highlight, titled "".
 * - A heading that is not a month starts a highlight, or an outlook section when it is about the next
 *   year; month markers in the outlook are next year's and stay text. `References`/`参考`/`Links`
 *   sections (and their sub-headings) are left out. Front matter nodes (`yaml`, `toml`) are skipped.
 * - Entries and sections left empty are dropped; the tree itself is never changed.
 */
import type { Heading, List, ListItem, Node, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { headingMarker, listItemMarker, paragraphMarker } from "./block-marker.ts";
import { classifyHeading, isOutlookLabel } from "./heading-kind.ts";
import { monthInSentence } from "./month-in-sentence.ts";
import type { MonthMarker } from "./month-marker.ts";

export interface MonthEntry {
  /** months (1-12) this entry belongs to; a range gives each month of the range, in order */
  months: number[];
  /** day-level precision if written (`1月2日` → "01-02"; a range `12月29日-1月20日` → "12-29/01-20"), else null */
  days: string | null;
  /**
   * mdast nodes that make the entry's content (a paragraph, or a list item's children), marker text
   * kept, followed by the unmarked blocks after it; under a month heading, the blocks below the heading
   */
  nodes: RootContent[];
  /** source offset (node.position.start.offset) of the top-level block that holds this entry; -1 without positions */
  anchorOffset: number;
  /** 1-based source line of that block (position.start.line); -1 without positions */
  anchorLine: number;
}

export interface RetrospectiveSection {
  /** the heading's text; "" for the intro (the blocks before the first heading or month marker) */
  title: string;
  nodes: RootContent[];
  /** offset of the heading (of the first block, for the intro); -1 without positions */
  anchorOffset: number;
  /** line of the heading (of the first block, for the intro); -1 without positions */
  anchorLine: number;
}

export interface ExtractedRetrospective {
  /** month entries in document order */
  months: MonthEntry[];
  /** the intro (titled "", first, when there is one), then each topic section with no month */
  highlights: RetrospectiveSection[];
  /** the sections about the next year */
  outlook: RetrospectiveSection[];
}

/** Where the blocks being read go: a section, a month entry, the outlook, or nowhere (references). */
type Place =
  | { kind: "section"; section: RetrospectiveSection }
  | { kind: "month"; entry: MonthEntry; depth: number | null }
  | { kind: "outlook"; section: RetrospectiveSection; depth: number }
  | { kind: "dropped"; depth: number };

const offsetOf = (node: Node) => node.position?.start.offset ?? -1;
const lineOf = (node: Node) => node.position?.start.line ?? -1;
const hasNodes = (block: { nodes: RootContent[] }) => block.nodes.length > 0;

/** A copy of `list` that holds only `items` (a run of `list`'s items starting at `index`). */
function listFragment(list: List, items: ListItem[], index: number): List {
  const first = items[0]?.position;
  const last = items[items.length - 1]?.position;
  return {
    ...list,
    children: items,
    start: typeof list.start === "number" ? list.start + index : list.start,
    position: first && last ? { start: first.start, end: last.end } : list.position,
  };
}

/** Reads a retrospective's top-level blocks in order and sorts them into months and sections. */
class RetrospectiveBuilder {
  private readonly months: MonthEntry[] = [];
  private readonly highlights: RetrospectiveSection[] = [];
  private readonly outlook: RetrospectiveSection[] = [];
  private readonly intro: RetrospectiveSection;
  private place: Place;
  /** The depth of the last heading read (0 before any). */
  private headingDepth = 0;
  /** The section the blocks go to when no month run holds them. */
  private section: RetrospectiveSection;
  /** Outlook sections opened by a paragraph standing as a title, with that paragraph. */
  private readonly labels = new Map<RetrospectiveSection, Paragraph>();

  constructor(private readonly year: number) {
    this.intro = { title: "", nodes: [], anchorOffset: -1, anchorLine: -1 };
    this.highlights.push(this.intro);
    this.section = this.intro;
    this.place = { kind: "section", section: this.intro };
  }

  /** Takes the next top-level block (`next` is the one after it, if any). */
  add(block: RootContent, next?: RootContent): void {
    if (block.type === "heading") this.heading(block);
    else if (block.type === "paragraph" && this.label(block, next)) return;
    else if (block.type === "paragraph") this.paragraph(block);
    else if (block.type === "list") this.list(block);
    else if (block.type !== "yaml" && (block.type as string) !== "toml") this.append(block, block);
  }

  /** The months, highlights and outlook read so far, without empty ones. */
  result(): ExtractedRetrospective {
    // A title paragraph with nothing under it was only a short paragraph: it keeps its words.
    for (const [section, paragraph] of this.labels)
      if (section.nodes.length === 0) section.nodes.push(paragraph);
    return {
      months: this.months.filter(hasNodes),
      highlights: this.highlights.filter(hasNodes),
      outlook: this.outlook.filter(hasNodes),
    };
  }

  private heading(heading: Heading): void {
    const depth = typeof heading.depth === "number" ? heading.depth : 1;
    const place = this.place;
    this.headingDepth = depth;
    // Sub-headings of the outlook or of references stay there, months included (they are next year's).
    if ((place.kind === "outlook" || place.kind === "dropped") && depth > place.depth) {
      this.append(heading, heading);
      return;
    }
    const marker = headingMarker(heading, this.year);
    const monthDepth = place.kind === "month" ? place.depth : null;
    const nested = monthDepth !== null && depth > monthDepth;
    if (marker) {
      this.startMonth(marker, [], heading, nested ? monthDepth : depth);
      return;
    }
    // A sub-heading under a month heading is part of that month.
    if (nested) {
      this.append(heading, heading);
      return;
    }
    const title = toString(heading).trim();
    const kind = classifyHeading(title, this.year);
    if (kind === "references") {
      this.place = { kind: "dropped", depth };
      return;
    }
    // `### 11月` with nothing under it but a rule, then `### 香川でうどん食べてた`: that is November's.
    if (
      kind === "topic" &&
      place.kind === "month" &&
      place.depth === depth &&
      place.entry.nodes.every((node) => node.type === "thematicBreak")
    ) {
      this.append(heading, heading);
      return;
    }
    const section = {
      title,
      nodes: [],
      anchorOffset: offsetOf(heading),
      anchorLine: lineOf(heading),
    };
    if (kind === "outlook") {
      this.outlook.push(section);
      this.place = { kind: "outlook", section, depth };
    } else {
      this.highlights.push(section);
      this.section = section;
      this.place = { kind: "section", section };
    }
  }

  /**
   * A paragraph that is only a short title (`**Try**`, `2023年やること・やりたいこと`) about the next
   * year opens the outlook, as a heading would: up to the next heading as high as the last one,
   * or, when headings follow at once, as high as their parent.
   */
  private label(paragraph: Paragraph, next: RootContent | undefined): boolean {
    if (!this.readsMarkers()) return false;
    const text = toString(paragraph).trim();
    const strong = paragraph.children.length === 1 && paragraph.children[0]?.type === "strong";
    const short = text.length <= 24 && !/[。．.!！?？、,]/.test(text) && !text.includes("\n");
    if (!(strong || short) || text === "") return false;
    if (!isOutlookLabel(text, this.year)) return false;
    const depth =
      next?.type === "heading"
        ? Math.max(0, Math.min(next.depth, this.headingDepth || next.depth) - 1)
        : this.headingDepth;
    const section = {
      title: text,
      nodes: [],
      anchorOffset: offsetOf(paragraph),
      anchorLine: lineOf(paragraph),
    };
    this.outlook.push(section);
    this.labels.set(section, paragraph);
    this.place = { kind: "outlook", section, depth };
    return true;
  }

  private paragraph(paragraph: Paragraph): void {
    const marker = this.readsMarkers() ? paragraphMarker(paragraph) : null;
    if (marker) {
      this.startMonth(marker, [paragraph], paragraph, this.monthDepth());
      return;
    }
    const month = this.sentenceMonth(paragraph);
    if (month === null) this.append(paragraph, paragraph);
    else this.addSentenceEntry(month, [paragraph], paragraph);
  }

  /**
   * The month a paragraph or list item says something happened in, inside a sentence
   * (`6月に子どもが生まれて`, `in March I moved`); only where no month heading governs: in the
   * intro, a topic section, or a run of blocks after a month paragraph.
   */
  private sentenceMonth(node: Paragraph | ListItem): number | null {
    const place = this.place;
    if (place.kind === "section" || (place.kind === "month" && place.depth === null)) {
      const first = node.type === "listItem" ? node.children?.[0] : node;
      if (first?.type !== "paragraph") return null;
      const month = monthInSentence(toString(first), this.year);
      if (place.kind === "month" && month !== null && place.entry.months.includes(month))
        return null;
      return month;
    }
    return null;
  }

  /** A passage placed by a month inside a sentence: its own entry; what follows stays in the section. */
  private addSentenceEntry(month: number, nodes: RootContent[], top: Node): void {
    this.months.push({
      months: [month],
      days: null,
      nodes,
      anchorOffset: offsetOf(top),
      anchorLine: lineOf(top),
    });
    if (this.place.kind === "month") this.place = { kind: "section", section: this.section };
  }

  private list(list: List): void {
    const items = Array.isArray(list.children) ? list.children : [];
    const markers = this.readsMarkers() ? items.map(listItemMarker) : [];
    const sentenceMonths = items.map((item, i) => (markers[i] ? null : this.sentenceMonth(item)));
    if (!markers.some((marker) => marker !== null) && sentenceMonths.every((m) => m === null)) {
      this.append(list, list);
      return;
    }
    // Each marked item is an entry; runs of unmarked items go where plain blocks go.
    let run: ListItem[] = [];
    let runStart = 0;
    const flush = () => {
      if (run.length > 0) this.append(listFragment(list, run, runStart), list);
      run = [];
    };
    // In a topic section, a list item with a month is that month's entry alone: the items after
    // it are the topic's (a month does not pull the rest of the list along).
    const inSection = this.place.kind === "section" ? this.place : null;
    items.forEach((item, index) => {
      const marker = markers[index];
      const month = sentenceMonths[index];
      const children = Array.isArray(item.children) ? item.children : [];
      if (marker) {
        flush();
        this.startMonth(marker, [...children], list, this.monthDepth());
        if (inSection) this.place = inSection;
      } else if (month !== null && month !== undefined && this.sentenceMonth(item) !== null) {
        flush();
        this.addSentenceEntry(month, [...children], list);
      } else {
        if (run.length === 0) runStart = index;
        run.push(item);
      }
    });
    flush();
  }

  /** Month markers count everywhere but in the outlook (next year's months) and references. */
  private readsMarkers(): boolean {
    return this.place.kind !== "outlook" && this.place.kind !== "dropped";
  }

  /** The depth of the month heading the current month run is under, if any. */
  private monthDepth(): number | null {
    return this.place.kind === "month" ? this.place.depth : null;
  }

  private startMonth(
    marker: MonthMarker,
    nodes: RootContent[],
    top: Node,
    depth: number | null,
  ): void {
    const entry: MonthEntry = {
      months: marker.months,
      days: marker.days,
      nodes,
      anchorOffset: offsetOf(top),
      anchorLine: lineOf(top),
    };
    this.months.push(entry);
    this.place = { kind: "month", entry, depth };
  }

  /** Adds a block (or part of `top`) to wherever blocks go now. */
  private append(node: RootContent, top: Node): void {
    const place = this.place;
    if (place.kind === "dropped") return;
    if (place.kind === "month") {
      place.entry.nodes.push(node);
      return;
    }
    const section = place.section;
    if (section === this.intro && section.nodes.length === 0) {
      section.anchorOffset = offsetOf(top);
      section.anchorLine = lineOf(top);
    }
    section.nodes.push(node);
  }
}

/** Lays a retrospective of `year` out month by month. Never throws on any mdast Root. */
export function extractRetrospective(root: Root, year: number): ExtractedRetrospective {
  const builder = new RetrospectiveBuilder(year);
  const children = Array.isArray(root?.children) ? root.children : [];
  children.forEach((block, i) => builder.add(block, children[i + 1]));
  return builder.result();
}

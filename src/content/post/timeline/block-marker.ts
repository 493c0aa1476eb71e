import type { Heading, ListItem, Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import { leadingText } from "./leading-text.ts";
import { parseMonthMarker, type MonthMarker } from "./month-marker.ts";
import { toHalfWidthDigits } from "./half-width-digits.ts";

/** The month marker a paragraph starts with (`1月．`, `**June:**`), else null. */
export function paragraphMarker(paragraph: Paragraph): MonthMarker | null {
  return parseMonthMarker(leadingText(paragraph));
}

/** The month marker a list item's first paragraph starts with (`- 3月: …`, `- **12月**: …`), else null. */
export function listItemMarker(item: ListItem): MonthMarker | null {
  const first = item.children?.[0];
  return first?.type === "paragraph" ? paragraphMarker(first) : null;
}

// Unlike in a paragraph, a heading may give the retrospective's own year with the month
// (`## 2017年1月`, `## January 2017`): a heading names its section, so the year is not a date in a sentence.

/** The month marker of a heading (`## 1月`, `### January`, `## 1月〜3月`, `## 2017年1月`), else null. */
export function headingMarker(heading: Heading, year: number): MonthMarker | null {
  // `###` and a full-width space before `4月` (a full-width space is no ATX heading's space) reads as a paragraph, or as a setext
  // heading when a rule follows: the reader still sees "4月".
  const text = toHalfWidthDigits(toString(heading))
    .trim()
    .replace(/^#{1,6}[\s\u3000]+/, "");
  const marker = parseMonthMarker(text) ?? trailingMonths(text);
  if (marker) return marker;
  const withoutYear = text
    .replace(new RegExp(`^${year}\\s*年\\s*`), "")
    .replace(new RegExp(`(?:,|，)?\\s+${year}$`), "");
  return withoutYear === text ? null : parseMonthMarker(withoutYear);
}

/** `Preparing the Way (January-April) 📝`: a heading that ends with its months in brackets. */
function trailingMonths(text: string): MonthMarker | null {
  const match = /[(（]([^()（）]+)[)）][^\p{L}\p{N}]*$/u.exec(text);
  if (!match) return null;
  const marker = parseMonthMarker(match[1]!.trim());
  return marker && marker.rest.trim() === "" ? marker : null;
}

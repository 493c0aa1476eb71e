/** A number in at least `width` digits, zero-padded: `pad(4)` → `04` (the sign is dropped). */
export function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, "0");
}

/** Escapes text for HTML or XML, in an attribute or an element. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

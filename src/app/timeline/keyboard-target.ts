// Where keys belong to the control, not to the page: text fields, selects, editors, widgets with
// their own arrow keys, and dialogs (a search box) on top of the page.
const OWNS_KEYS = [
  "input",
  "textarea",
  "select",
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="combobox"]',
  '[role="listbox"]',
  '[role="menu"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="tablist"]',
  '[role="grid"]',
  "dialog",
  '[role="dialog"]',
].join(", ");

/** Whether a key press is the page's to handle: no modifier held, not typed into a field or widget. */
export function isPageShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const target = event.target;
  return !(target instanceof Element && target.closest(OWNS_KEYS) !== null);
}

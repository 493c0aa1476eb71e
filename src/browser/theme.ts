/** The reader's chosen colour theme; without a choice the site follows the system. */
export type Theme = "light" | "dark";

const KEY = "furikaeri-theme";

/** The theme the reader chose earlier on this site, if any. */
export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null; // storage blocked: follow the system
  }
}

/** The theme the page shows now: the reader's choice, else the system's. */
export function currentTheme(): Theme {
  return (
    storedTheme() ??
    (window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light")
  );
}

/** Shows a theme (`data-theme` on <html>, which the CSS reads) and remembers it. */
export function chooseTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    /* not remembered; still shown */
  }
}

/**
 * Applies a remembered theme. The entry module runs this first, before React: without an
 * inline script (CSP `script-src 'self'`), a reader whose choice differs from the system may
 * see the system's theme for a moment on a slow first load.
 */
export function applyStoredTheme() {
  const theme = storedTheme();
  if (theme) document.documentElement.dataset.theme = theme;
}

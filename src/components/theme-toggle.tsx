import { useSyncExternalStore } from "react";
import { chooseTheme, currentTheme, type Theme } from "../browser/theme.ts";
import { siteLabels } from "../browser/site-context.ts";

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia?.("(prefers-color-scheme: dark)");
  media?.addEventListener("change", listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener("change", listener);
    window.removeEventListener("storage", listener);
  };
}

/** A button that switches between the light and dark themes; the choice is remembered. */
export function ThemeToggle() {
  // Unknown (null) while prerendering and hydrating: the build cannot know the reader's theme.
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);
  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={
        theme === null
          ? siteLabels.theme
          : next === "dark"
            ? siteLabels.themeToDark
            : siteLabels.themeToLight
      }
      onClick={() => {
        chooseTheme(currentTheme() === "dark" ? "light" : "dark");
        for (const listener of listeners) listener();
      }}
    >
      <span aria-hidden="true">{theme === "dark" ? "☀" : "☾"}</span>
    </button>
  );
}

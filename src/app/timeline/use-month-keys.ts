import { useEffect, useEffectEvent, useState } from "react";
import { useLocation, useNavigate, type Location } from "react-router";
import { useHydrated } from "../../browser/use-hydrated.ts";
import { timelinePath } from "../../shared/paths.ts";
import { isPageShortcut } from "./keyboard-target.ts";
import { monthMoveOf, stepMonth } from "./step-month.ts";

/** A month of the timeline as the keys see it. */
export interface MonthStop {
  /** `YYYY-MM`, the month element's id and the URL hash. */
  key: string;
  /** Whether the month holds entries or posts (only those are stops for ↑ ↓ Home End). */
  filled: boolean;
}

export interface MonthKeysOptions {
  year: number;
  /** The twelve months, January first. */
  months: MonthStop[];
  previousYear: number | null;
  nextYear: number | null;
  /** What the live region says when the reader lands on a month or a year. */
  monthLabel: (key: string) => string;
  yearLabel: (year: number) => string;
}

const prefersReducedMotion = () =>
  typeof window.matchMedia === "function" &&
  window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** The index of the last month whose top has reached the upper third of the screen, else -1. */
function monthInView(months: MonthStop[]): number {
  let index = -1;
  months.forEach((month, i) => {
    const rect = document.getElementById(month.key)?.getBoundingClientRect();
    if (rect && rect.height > 0 && rect.top <= window.innerHeight / 3) index = i;
  });
  return index;
}

/**
 * The timeline's keys, on the whole page: ← the previous (older) year, → the next (newer) year,
 * ↑ k / ↓ j the previous / next month, Home / End the first / last month. Only months with
 * entries or posts are stops (an empty month holds nothing to read), unless none has any. Moves
 * count from the current month; before there is one, from the month scrolled to. Keys
 * typed into a field or widget, or with a modifier held (Alt+← is the browser's Back), are left
 * alone. The current month comes from the URL hash (on load, after a month link, after Back);
 * a key moves it, replaces the hash (no history entry per month, the router's state kept so
 * Back still works), scrolls the month into view (smoothly unless the reader prefers reduced
 * motion), moves focus to it, and the returned announcement names it for a polite live region.
 */
export function useMonthKeys(options: MonthKeysOptions): {
  current: string | null;
  announcement: string;
} {
  const { months } = options;
  const navigate = useNavigate();
  const location = useLocation();
  const hydrated = useHydrated();
  // The month a key moved to, for as long as the router stays at the same location.
  const [moved, setMoved] = useState<{ at: Location; key: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const fromHash = decodeHash(location.hash);
  const current = !hydrated
    ? null
    : moved !== null && moved.at === location
      ? moved.key
      : months.some((m) => m.key === fromHash)
        ? fromHash
        : null;

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!isPageShortcut(event)) return;
    if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
      const year = event.key === "ArrowLeft" ? options.previousYear : options.nextYear;
      if (year === null) return;
      event.preventDefault();
      setAnnouncement(options.yearLabel(year));
      void navigate(timelinePath(year));
      return;
    }
    const move = monthMoveOf(event.key);
    if (move === null) return;
    // From the current month, even while a smooth scroll is still on its way to it (a held key);
    // with none yet, from the month the reader has scrolled to.
    const from =
      current === null ? monthInView(months) : months.findIndex((m) => m.key === current);
    const to = stepMonth(
      months.map((m) => m.filled),
      from,
      move,
    );
    if (to === null) return;
    event.preventDefault();
    const key = months[to]!.key;
    window.history.replaceState(window.history.state, "", `#${key}`);
    setMoved({ at: location, key });
    setAnnouncement(options.monthLabel(key));
    const target = document.getElementById(key);
    target?.scrollIntoView?.({
      block: "start",
      behavior: prefersReducedMotion() ? "auto" : "smooth",
    });
    target?.focus({ preventScroll: true });
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  return { current, announcement };
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return "";
  }
}

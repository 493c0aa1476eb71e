/** A move between the months of a year's timeline. */
export type MonthMove = "previous" | "next" | "first" | "last";

/**
 * Where a move lands, as a month index (0 = January): only months with something in them
 * (entries or posts) are stops, or every month when none has anything. `from` is where the
 * reader is (-1: above January). Null when there is nowhere to go (↓ past the last month).
 */
export function stepMonth(
  filled: readonly boolean[],
  from: number,
  move: MonthMove,
): number | null {
  const all = filled.map((_, i) => i);
  const stops = filled.some(Boolean) ? all.filter((i) => filled[i]) : all;
  if (stops.length === 0) return null;
  switch (move) {
    case "first":
      return stops[0]!;
    case "last":
      return stops[stops.length - 1]!;
    case "next":
      return stops.find((i) => i > from) ?? null;
    case "previous":
      return stops.findLast((i) => i < from) ?? null;
  }
}

const MOVES: Record<string, MonthMove> = {
  ArrowDown: "next",
  j: "next",
  ArrowUp: "previous",
  k: "previous",
  Home: "first",
  End: "last",
};

/** The month move a key asks for (↓ j, ↑ k, Home, End), else null. */
export function monthMoveOf(key: string): MonthMove | null {
  return MOVES[key] ?? null;
}

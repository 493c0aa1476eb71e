import { vi } from "vitest";

/**
 * The value `get` gives once `ok` holds, asked again every 200 ms (a server starting, a saved
 * file rebuilt). The bound returns as soon as the value is there: Vite's dev server took more
 * than 15 s to answer on Node 24 at load 15 on 2 cores (7 s on a quieter run).
 */
export function until<T>(
  get: () => Promise<T>,
  ok: (value: T) => boolean,
  ms = 60_000,
): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await get();
      if (!ok(value)) throw new Error("not yet");
      return value;
    },
    { timeout: ms, interval: 200 },
  );
}

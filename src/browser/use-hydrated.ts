import { useSyncExternalStore } from "react";

const never = () => () => undefined;

/**
 * False while prerendering and while hydrating (so the first render matches the built HTML),
 * true from then on: for what only the browser knows, such as the URL's query.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

import type { DateInfo } from "../shared/types.ts";

/** A post's date as the author wrote it, already formatted at build time for its language. */
export function PostDate({ date }: { date: DateInfo }) {
  return <time dateTime={date.written}>{date.label}</time>;
}

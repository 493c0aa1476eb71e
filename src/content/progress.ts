/** Counts a long build step and says how far it is, on stderr, every `every` items. */
export interface Progress {
  /** One more item done. */
  tick(): void;
  /** The step is over: prints the final count when any was printed before. */
  done(): void;
}

/**
 * A progress counter (`posts read: 1000`), shown only when stderr is a terminal or
 * BLOG_PROGRESS=1, so test and CI output stays clean; BLOG_PROGRESS=0 silences it.
 */
export function progress(
  label: string,
  every = 1000,
  env: Record<string, string | undefined> = process.env,
): Progress {
  const on = env.BLOG_PROGRESS === "1" || (env.BLOG_PROGRESS !== "0" && process.stderr.isTTY);
  let count = 0;
  const started = performance.now();
  const say = () =>
    process.stderr.write(
      `${label}: ${count} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
    );
  return {
    tick() {
      count++;
      if (on && count % every === 0) say();
    },
    done() {
      if (on && count >= every && count % every !== 0) say();
    },
  };
}

/** Prints one line of progress under the same rule as progress(). */
export function note(message: string, env: Record<string, string | undefined> = process.env): void {
  if (env.BLOG_PROGRESS === "1" || (env.BLOG_PROGRESS !== "0" && process.stderr.isTTY))
    process.stderr.write(`${message}\n`);
}

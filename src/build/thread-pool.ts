import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

/**
 * Worker threads for the production build, one per core: each runs the build's own bundle,
 * whose modules register the tasks it can do (`defineTask`). The main thread hands out work
 * in small batches to whichever thread is free, so a slow post does not hold up a whole share.
 * Messages are plain data (structured clone).
 */

/**
 * Below this much work (posts to build, pages to render), one thread is as fast: on two cores,
 * threads that parse and render Markdown slow each other down (memory-bound) and each loads the
 * whole build, so two of them only pay off for large batches (and cost memory).
 */
export const MIN_FOR_THREADS = 2000;

type Handler = (input: unknown) => unknown;
const handlers = new Map<string, Handler>();

/** Registers a task a thread can run. Call at module level, so every thread knows it. */
export function defineTask<I, O>(name: string, run: (input: I) => O): void {
  handlers.set(name, run as Handler);
}

interface Request {
  id: number;
  task: string;
  input: unknown;
}

type Reply = { id: number; output: unknown } | { id: number; failure: string };

export interface ThreadPool {
  readonly size: number;
  /** Runs `task` once on every thread (to give each the same setting). */
  broadcast(task: string, input: unknown): Promise<void>;
  /** Runs `task` on the next free thread. */
  run<O>(task: string, input: unknown): Promise<O>;
  close(): Promise<void>;
}

/**
 * Starts a pool, or returns null when threads would not help: fewer than two cores, or not
 * running from the built bundle (tests and the dev server run the sources on one thread).
 */
export function startThreadPool(
  threads = Math.min(os.availableParallelism(), 4),
  entry = import.meta.url,
): ThreadPool | null {
  if (threads < 2 || !entry.endsWith(".js")) return null;
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(fileURLToPath(entry), {
        workerData: { furikaeriPool: true },
        // Building posts makes many short-lived objects: the default young generation made
        // a large build far slower, and a larger one than this was no faster (BENCHMARKS.md).
        resourceLimits: { maxYoungGenerationSizeMb: 64 },
      }),
  );
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const idle = [...workers];
  const queue: { request: Request; worker?: Worker }[] = [];
  let nextId = 0;
  let broken: Error | null = null;
  let closing = false;

  const pump = () => {
    for (let i = 0; i < queue.length; i++) {
      const item = queue[i]!;
      const at = item.worker ? idle.indexOf(item.worker) : idle.length - 1;
      if (at < 0) continue;
      const [worker] = idle.splice(at, 1);
      queue.splice(i--, 1);
      worker!.postMessage(item.request);
      if (idle.length === 0) return;
    }
  };
  const send = <O>(task: string, input: unknown, worker?: Worker) =>
    new Promise<O>((resolve, reject) => {
      if (broken) return reject(broken);
      const request = { id: nextId++, task, input };
      waiting.set(request.id, { resolve: resolve as (v: unknown) => void, reject });
      queue.push({ request, worker });
      pump();
    });
  for (const worker of workers) {
    worker.on("message", (reply: Reply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      idle.push(worker);
      pump();
      if ("failure" in reply) pending?.reject(new Error(reply.failure));
      else pending?.resolve(reply.output);
    });
    // A thread that fails (out of memory) or stops fails the build instead of leaving it waiting.
    const fail = (error: Error) => {
      broken ??= error;
      for (const pending of waiting.values()) pending.reject(broken);
      waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (!closing) fail(new Error(`a build thread stopped (exit code ${code})`));
    });
  }
  return {
    size: threads,
    async broadcast(task, input) {
      await Promise.all(workers.map((worker) => send(task, input, worker)));
    },
    run: (task, input) => send(task, input),
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

if (!isMainThread && (workerData as { furikaeriPool?: boolean } | null)?.furikaeriPool) {
  parentPort!.on("message", (request: Request) => {
    const handler = handlers.get(request.task);
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`no task named ${request.task} in this bundle`);
        return handler(request.input);
      })
      .then(
        (output) => parentPort!.postMessage({ id: request.id, output }),
        (error: unknown) =>
          parentPort!.postMessage({
            id: request.id,
            failure: `${(error as Error).message ?? String(error)} (in a build thread, task ${request.task})`,
          }),
      );
  });
}

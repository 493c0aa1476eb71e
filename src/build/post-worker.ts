// The entry of the dev server's build threads (src/build/dev-threads.ts): the post-building
// tasks and the thread's message loop, bundled to plain JavaScript a worker thread can run.
import "./build-asking.ts";
import "./thread-pool.ts";

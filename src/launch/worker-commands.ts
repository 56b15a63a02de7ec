/**
 * The commands that read a whole export run in a worker thread, for its memory: V8 lets a thread's
 * young generation grow to 32 MB of semi-spaces, sized for throughput, and a run on a 30,000-person
 * export kept them full. A worker's can be capped; at 8 MB the benchmark's peak memory fell by
 * about 30 MB for a few per cent of time (docs/performance.md). review stays on the main thread:
 * it reads keys from the terminal. Kept apart from in-worker.ts, so that `--help` loads none of it.
 */
export const WORKER_COMMANDS: ReadonlySet<string> = new Set(['audit', 'explain', 'invitations', 'suggest', 'diff', 'predict']);
export const YOUNG_GENERATION_MB = 8;

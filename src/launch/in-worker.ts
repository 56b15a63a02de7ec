import { Worker } from 'node:worker_threads';

/**
 * The commands that read a whole export run in a worker thread, for its memory: V8 lets a thread's
 * young generation grow to 32 MB of semi-spaces, sized for throughput, and a run on a 30,000-person
 * export kept them full. A worker's can be capped; at 8 MB the benchmark's peak memory fell by
 * about 30 MB for a few per cent of time (README, Performance). review stays on the main thread:
 * it reads keys from the terminal.
 */
export const WORKER_COMMANDS: ReadonlySet<string> = new Set(['audit', 'explain', 'prune-list', 'invitations', 'suggest', 'diff']);
export const YOUNG_GENERATION_MB = 8;

/** What the worker needs of the main thread: the arguments, and what only the main thread can see. */
export interface WorkerInput {
  argv: string[];
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  now: Date;
}

/** Runs `netprune <argv>` in a worker thread (./worker.js); resolves with its exit code. */
export function runInWorker(input: WorkerInput, onCrash: (message: string) => void): Promise<number> {
  return new Promise((resolve) => {
    let code: number | undefined;
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: input,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.on('message', (message: number) => {
      code = message;
    });
    worker.on('error', (error) => {
      onCrash(error.stack ?? String(error));
      code = 70;
    });
    worker.on('exit', () => resolve(code ?? 70));
  });
}

import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { YOUNG_GENERATION_MB } from './worker-commands.js';

/** What the worker needs of the main thread: the arguments, what only the main thread can see, and the port to ask for scans on. */
export interface WorkerInput {
  argv: string[];
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  now: Date;
  scans: MessagePort;
}

/** Runs `netprune <argv>` in a worker thread (./worker.js); resolves with its exit code (70 when it crashed). */
export function runInWorker(input: Omit<WorkerInput, 'scans'>, onCrash: (message: string) => void): Promise<number> {
  return new Promise((resolve) => {
    let crashed = false;
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: { ...input, scans: port2 } satisfies WorkerInput,
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    // Loaded once the worker is on its way: the port keeps the worker's requests until then.
    const serving = import('./message-scan.js').then(({ serveScans }) => serveScans(port1));
    worker.on('error', (error) => {
      onCrash(error.stack ?? String(error));
      crashed = true;
    });
    // worker.ts ends the thread with the program's exit code.
    worker.on('exit', (code) => {
      port1.close();
      void serving.then((stopScans) => stopScans()).finally(() => resolve(crashed ? 70 : code));
    });
  });
}

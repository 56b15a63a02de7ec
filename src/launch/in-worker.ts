import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { serveScans } from './message-scan.js';
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

/** Runs `netprune <argv>` in a worker thread (./worker.js); resolves with its exit code. */
export function runInWorker(input: Omit<WorkerInput, 'scans'>, onCrash: (message: string) => void): Promise<number> {
  return new Promise((resolve) => {
    let code: number | undefined;
    const { port1, port2 } = new MessageChannel();
    serveScans(port1);
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: { ...input, scans: port2 } satisfies WorkerInput,
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.on('message', (message: number) => {
      code = message;
    });
    worker.on('error', (error) => {
      onCrash(error.stack ?? String(error));
      code = 70;
    });
    worker.on('exit', () => {
      port1.close();
      resolve(code ?? 70);
    });
  });
}

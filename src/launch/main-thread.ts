import { youngGc } from './full-gc.js';
import { installRuntime } from './runtime.js';

/**
 * The main thread's devices while a worker runs the command: it scans messages.csv for the worker
 * (launch/message-scan.ts), inflating it first when it is in a zip, so only the young collection
 * that gives the inflated chunks back. Without it a zip's run peaked 13 MB higher than its folder's
 * (docs/performance.md). The full collection stays the worker's: the main thread holds little.
 */
export function installMainThreadRuntime(): void {
  installRuntime({ collectGarbage: () => {}, largeHeap: () => {}, collectYoung: youngGc() });
}

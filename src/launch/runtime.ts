import type { RecordBatch } from '../export/messages/record-scanner.js';
import type { ExportFile } from '../export/types.js';

/**
 * The performance devices of the CLI, behind one object: where messages.csv is scanned and the full
 * garbage collections between the stages of a large read (docs/performance.md). They are machinery,
 * not part of what netprune computes, so they stay out of `Io`, of every options type and of the
 * published types. launch/worker.ts installs the CLI's before it runs a command, and cli.ts the main
 * thread's (launch/main-thread.ts) before it starts the worker; a library caller or a test gets the
 * plain one: scanned on the thread that folds, no forced collection.
 */
export interface Runtime {
  /** Scans messages.csv elsewhere (launch/message-scan.ts); absent: scanned on this thread. */
  readonly scanMessages?: (exportPath: string, file: ExportFile) => AsyncIterable<RecordBatch>;
  /** A full collection, called between the stages once what the previous one read is let go. */
  readonly collectGarbage: () => void;
  /** Told once what is read will hold a large heap to the end (far more conversations than a real inbox): V8 should grow it slowly. */
  readonly largeHeap: () => void;
  /**
   * A young-generation collection, called every few MB as a large file is inflated: each 64 KiB chunk is memory
   * outside the heap, which V8 lets reach 64 MB of dead chunks before it collects, and the C allocator then keeps.
   */
  readonly collectYoung: () => void;
}

const PLAIN: Runtime = { collectGarbage: () => {}, largeHeap: () => {}, collectYoung: () => {} };

// Module-private: set once per thread by the launcher, read by the stages.
let current: Runtime = PLAIN;

/** The launcher's (launch/worker.ts) one call; returns what puts the previous runtime back. */
export function installRuntime(runtime: Runtime): () => void {
  const previous = current;
  current = runtime;
  return () => {
    current = previous;
  };
}

/** The runtime in force on this thread. */
export const runtime = (): Runtime => current;

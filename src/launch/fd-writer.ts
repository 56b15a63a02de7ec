import { writeSync } from 'node:fs';
import type { Writable } from '../util/io.js';

/** How long to wait for a full pipe to drain before writing again. */
const RETRY_MS = 2;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes straight to a file descriptor (1 or 2), whole, in order. A worker thread's own
 * process.stdout hands every piece to the main thread to write; a 30 MB report would be queued
 * there once more. A descriptor left non-blocking by another program answers EAGAIN when its pipe
 * is full: the write waits and tries again. A reader that went away (`netprune audit … | head`)
 * is not an error: the rest is not written.
 */
export function fdWriter(fd: number): Writable {
  let closed = false;
  return {
    write(text: string): boolean {
      if (closed) return true;
      const bytes = Buffer.from(text, 'utf8');
      let at = 0;
      while (at < bytes.length) {
        try {
          at += writeSync(fd, bytes, at, bytes.length - at);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') {
            closed = true;
            return true;
          }
          if (code !== 'EAGAIN') throw error;
          Atomics.wait(pause, 0, 0, RETRY_MS);
        }
      }
      return true;
    },
  };
}

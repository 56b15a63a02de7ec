import type { Writable } from './io.js';

const LARGE = 8 * 1024 * 1024;
const STEP_MS = 200;

/**
 * A one-line progress indicator for reading a large file, redrawn in place on stderr.
 * Only for a terminal: in a pipe or a CI log it would be noise.
 */
export function createProgress(stderr: Writable, isTTY: boolean, label: string, now: () => number = Date.now) {
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number): void {
      if (!isTTY || total < LARGE) return;
      const t = now();
      if (t - last < STEP_MS && done < total) return;
      last = t;
      shown = true;
      const pct = Math.min(100, Math.floor((done / total) * 100));
      stderr.write(`\r${label} ${pct}% (${Math.round(done / 1048576)} of ${Math.round(total / 1048576)} MB)`);
    },
    done(): void {
      if (shown) stderr.write('\r\u001b[2K');
    },
  };
}

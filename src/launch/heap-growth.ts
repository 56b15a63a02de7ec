import { setFlagsFromString } from 'node:v8';

/**
 * How much V8 lets the old generation grow past what its last full collection left, once the heap is
 * known to be large and long-lived: 15 %. V8 picks the factor from how fast it collects, and on the
 * largest exports it picked about 2.4: with 1,000,000 distinct conversations (214 MB live) the heap
 * grew to 514 MB of mostly garbage before the next collection, and audit peaked at 822 MB RSS; with
 * 15 %, 659 MB (docs/performance.md). The flag is the process's, and only set past a size no real
 * inbox reaches, so an ordinary export's collections stay as V8 spaces them.
 */
export function slowHeapGrowth(collect: () => void): () => void {
  return () => {
    setFlagsFromString('--heap-growing-percent=15');
    // The flag sizes the heap from the next full collection on; until then the old generation may grow
    // to what the last one allowed (a 700,000-row Invitations.csv reached 274 MB of heap, mostly
    // garbage, before its first). One collection now, once per run, makes the slow growth start here.
    collect();
  };
}

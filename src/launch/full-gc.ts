import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8's full garbage collection, on demand: the `gc` that `--expose-gc` gives a new context, taken
 * from a throwaway context and the flag turned off again (as jest-leak-detector does), so that no
 * other code sees a `gc` global.
 *
 * Why: V8 sizes the old generation from what was live at its last full collection, and on a large
 * export that was early in the read of messages.csv. Everything promoted since (the read's leftovers,
 * then the conversations once the evidence holds what they said) stayed in the heap to the end: a
 * zip of 30,000 connections and a million messages peaked at 223 MB. Collecting between the stages,
 * once each is let go, brought it to 181 MB, for two pauses of 20 to 40 ms (docs/performance.md).
 */
export function fullGc(): () => void {
  const gc = exposedGc();
  return () => gc();
}

/**
 * A scavenge of the young generation alone, on demand: what frees the memory of the buffers a stream
 * made and dropped (a few ms at most on a thread that holds little), without a full collection's pause.
 */
export function youngGc(): () => void {
  const gc = exposedGc();
  return () => gc({ type: 'minor' });
}

function exposedGc(): (options?: { type: 'major' | 'minor' }) => void {
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as (options?: { type: 'major' | 'minor' }) => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

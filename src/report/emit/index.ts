import type { Io } from '../../util/io.js';
import type { Inputs } from '../out-guard.js';
import { writeOutput } from '../write.js';
import { guardOutput } from './guard.js';

/**
 * The one way a report leaves netprune: to stdout, or with `-o/--out` to a file written atomically that
 * never replaces an input (out-guard.ts). Every piece passes guardOutput, whatever the medium.
 */
export async function emit(io: Io, out: string | undefined, body: string | Iterable<string>, inputs: Inputs = {}): Promise<void> {
  await writeOutput(io, out, guarded(typeof body === 'string' ? [body] : body), inputs);
}

function* guarded(pieces: Iterable<string>): Generator<string> {
  for (const piece of pieces) yield guardOutput(piece);
}

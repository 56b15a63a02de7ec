import type { Io } from '../../util/io.js';
import type { Inputs } from '../out-guard.js';
import { writeOutput } from '../write.js';
import { guardBytes, guardOutput, isGuarded } from './guard.js';

/**
 * The one way a report leaves netprune: to stdout, or with `-o/--out` to a file written atomically that
 * never replaces an input (out-guard.ts). Every byte passes guardOutput: a file's pieces here (or where
 * guardedPieces() made them), stdout's where run() hands every command a guarded stdout (program.ts), so
 * that no piece is guarded twice on its way to a file.
 */
export async function emit(io: Io, out: string | undefined, body: string | Iterable<string | Uint8Array>, inputs: Inputs = {}): Promise<void> {
  const pieces = typeof body === 'string' ? [body] : body;
  await writeOutput(io, out, out === undefined || out === '-' || isGuarded(pieces) ? pieces : guarded(pieces), inputs);
}

function* guarded(pieces: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  for (const piece of pieces) yield typeof piece === 'string' ? guardOutput(piece) : guardBytes(piece);
}

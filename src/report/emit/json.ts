import type { z } from 'zod';
import { escapeJsonControls } from '../../util/terminal-text.js';
import { guardedPieces } from './guard.js';

/**
 * A report as JSON: checked against its schema (the one `netprune schema` publishes) before a byte is
 * written, indented, and with C1 controls, bidi overrides and U+2028/2029 escaped: the same value,
 * safe to print. audit's report, far larger, goes through json-stream.ts, which does the same a piece at a time.
 */
export function jsonText<S extends z.ZodType>(schema: S, value: unknown): string {
  return `${escapeJsonControls(JSON.stringify(schema.parse(value), null, 2))}\n`;
}

/**
 * JSON text made a piece at a time (json-pieces.ts), each piece escaped as jsonText escapes the whole,
 * and passed through the output guard in the same scan (guardedPieces), not again when written to a file.
 * Pieces in bytes come from JsonBytes, which sanitises each string as it writes it.
 */
export const jsonPieces = (pieces: Iterable<string | Uint8Array>): Generator<string | Uint8Array> => guardedPieces(pieces, escapeJsonControls);

/**
 * The last check on every byte netprune writes (stdout, stderr, --out files), whatever the medium.
 * Each medium has its own sanitiser, applied where the text is made (safeText for the terminal,
 * escapeJsonControls for JSON, csvCell, markdownText, htmlText); this guard is the net under them,
 * so that a new message or a new command cannot carry an escape sequence, a C1 control, a bidi
 * override or a line separator from the data to a terminal, even by mistake.
 *
 * What stays: newlines, CRLF (CSV), a carriage return that opens a write (the progress line redraws
 * itself), and the two sequences netprune itself sends: SGR colours and "erase line".
 */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = /\u001b\[[0-9;]*m|\u001b\[2K|\r\n|^\r|[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function guardOutput(text: string): string {
  // Nearly every piece is clean: test before building a new string (audit --json writes ~32 MB for 30,000 contacts).
  if (!UNSAFE.test(text)) return text;
  // A match of two or more characters is one of the allowed sequences; a lone CR stays only where a write opens.
  return text.replace(UNSAFE_ALL, (match: string, offset: number) => (match.length > 1 || (match === '\r' && offset === 0) ? match : ''));
}

/** Bodies made by guardedPieces(), and byte chunks whose every string was sanitised as it was written (JsonBytes): emit() does not scan them again. */
const alreadyGuarded = new WeakSet<object>();

/**
 * `pieces`, each passed through a medium's sanitiser and then guardOutput, in one scan of a clean piece
 * instead of two: audit's 34 MB of JSON were scanned once by escapeJsonControls and again by the guard
 * (0.1 s). Only for a sanitiser that changes nothing in text free of the characters guardOutput takes out
 * (escapeJsonControls escapes a subset of them), so that a piece free of them is left as it is by both.
 * A piece in bytes is passed on only when guarded() vouched for it; any other is decoded and guarded.
 */
export function guardedPieces(pieces: Iterable<string | Uint8Array>, sanitise: (text: string) => string): Generator<string | Uint8Array> {
  const body = guardEach(pieces, sanitise);
  alreadyGuarded.add(body);
  return body;
}

function* guardEach(pieces: Iterable<string | Uint8Array>, sanitise: (text: string) => string): Generator<string | Uint8Array> {
  for (const piece of pieces) {
    if (typeof piece !== 'string') yield guardBytes(piece, sanitise);
    else yield UNSAFE.test(piece) ? guardOutput(sanitise(piece)) : piece;
  }
}

/** Bytes as they are when vouched for, else decoded and guarded (sanitised first when a sanitiser is given). */
export function guardBytes(piece: Uint8Array, sanitise: (text: string) => string = (text) => text): string | Uint8Array {
  return alreadyGuarded.has(piece) ? piece : guardOutput(sanitise(utf8(piece)));
}

/** Marks a chunk of UTF-8 whose maker (JsonBytes) has passed every string in it through the sanitiser and guardOutput. */
export function vouch(chunk: Uint8Array): Uint8Array {
  alreadyGuarded.add(chunk);
  return chunk;
}

/** Whether `body` came from guardedPieces(), so that its pieces need no second look. */
export const isGuarded = (body: Iterable<string | Uint8Array>): boolean => alreadyGuarded.has(body);

/** UTF-8 bytes as text; a chunk always ends between two characters. */
export const utf8 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

/** The same guard, on a stream: what the program hands to every command as stdout and stderr. */
export function guardedStream<T extends { write(text: string): unknown }>(stream: T): { write(text: string): unknown } {
  return { write: (text: string) => stream.write(guardOutput(text)) };
}

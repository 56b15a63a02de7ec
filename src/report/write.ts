import { randomUUID } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import type { Io } from '../util/io.js';
import { InputError } from '../errors.js';
import { refuseToOverwrite, type Inputs } from './out-guard.js';

/** Text gathered for one stdout write: one write per piece would be one syscall per few contacts. */
const STDOUT_CHARS = 64 * 1024;
/** Bytes encoded before a file write; writing into one buffer spares joining the pieces and encoding the result. */
const FILE_BUFFER_BYTES = 1024 * 1024;

/**
 * The one place reports leave netprune: stdout, or a file written whole (temporary file, then rename).
 * `text` may come in pieces, so that a large report is never one string. `inputs` are what the command
 * reads: a file among them is never the target (see out-guard.ts).
 */
export async function writeOutput(io: Io, out: string | undefined, text: string | Iterable<string>, inputs: Inputs): Promise<void> {
  const pieces = typeof text === 'string' ? [text] : text;
  if (out === undefined || out === '-') {
    for (const piece of gathered(pieces)) io.stdout.write(piece);
    return;
  }
  await refuseToOverwrite(out, io.cwd, inputs);
  const target = resolve(io.cwd, out);
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
  let created = false;
  try {
    const handle = await open(temporary, 'w', 0o600);
    created = true;
    try {
      await writePieces(handle, pieces);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    if (created) await rm(temporary, { force: true });
    if (!isSystemError(error)) throw error;
    throw new InputError(out, `cannot write the report (${error.code ?? 'error'})`, 'Choose a writable path for --out', undefined, { cause: error });
  }
}

function* gathered(pieces: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= STDOUT_CHARS) {
      yield batch.join('');
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}

async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  const buffer = Buffer.allocUnsafe(FILE_BUFFER_BYTES);
  let used = 0;
  for (const piece of pieces) {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (piece.length * 3 > buffer.length - used) {
      await writeAll(handle, buffer, used);
      used = 0;
      if (piece.length * 3 > buffer.length) {
        await handle.writeFile(piece);
        continue;
      }
    }
    used += buffer.write(piece, used);
  }
  await writeAll(handle, buffer, used);
}

async function writeAll(handle: FileHandle, buffer: Buffer, length: number): Promise<void> {
  for (let at = 0; at < length; ) at += (await handle.write(buffer, at, length - at)).bytesWritten;
}

const isSystemError = (error: unknown): error is NodeJS.ErrnoException => error instanceof Error && 'code' in error;

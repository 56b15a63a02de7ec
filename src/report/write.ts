import { resolve } from 'node:path';
import type { Io } from '../util/io.js';
import { InputError } from '../errors.js';
import type { Notice } from '../i18n/notice.js';
import type { Key } from '../i18n/translator.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { refuseToOverwrite, type Inputs } from './out-guard.js';

/** Text gathered for one stdout write: one write per piece would be one syscall per few contacts. */
const STDOUT_CHARS = 64 * 1024;

/**
 * Where reports leave netprune (through emit/index.ts): stdout, or a file written atomically
 * (util/atomic-write.ts). `text` may come in pieces, so that a large report is never one string.
 * `inputs` are what the command reads: a file among them is never the target (see out-guard.ts).
 */
export async function writeOutput(io: Io, out: string | undefined, text: string | Iterable<string>, inputs: Inputs): Promise<void> {
  const pieces = typeof text === 'string' ? [text] : text;
  if (out === undefined || out === '-') {
    for (const piece of gathered(pieces)) io.stdout.write(piece);
    return;
  }
  await refuseToOverwrite(out, io.cwd, inputs);
  try {
    await writeFileAtomic(resolve(io.cwd, out), pieces);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    const why = WHY[error.code ?? ''];
    const problem: Notice = why === undefined ? { key: 'problem.cannotWrite', values: { code: error.code ?? 'error' } } : { key: why };
    throw new InputError(out, problem, { key: 'advice.writableOut' }, undefined, {
      cause: error,
    });
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

/** The system's reasons a person can act on, said in words; any other is named by its code. */
const WHY: Readonly<Record<string, Extract<Key, `problem.write${string}`>>> = {
  EISDIR: 'problem.writeIsFolder',
  ENOENT: 'problem.writeNoFolder',
  ENOTDIR: 'problem.writeNoFolder',
  EACCES: 'problem.writeDenied',
  EPERM: 'problem.writeDenied',
  ENOSPC: 'problem.writeDiskFull',
  EROFS: 'problem.writeReadOnly',
};

const isSystemError = (error: unknown): error is NodeJS.ErrnoException => error instanceof Error && 'code' in error;

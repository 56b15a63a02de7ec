import { randomUUID } from 'node:crypto';
import { writeFile, rename, open } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import type { Io } from '../util/io.js';
import { InputError } from '../errors.js';

/** The one place reports leave netprune: stdout, or a file written whole (temporary file, then rename). */
export async function writeOutput(io: Io, out: string | undefined, text: string): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout.write(text);
    return;
  }
  const target = resolve(io.cwd, out);
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await writeFile(temporary, text, { mode: 0o600 });
    const handle = await open(temporary, 'r');
    await handle.sync();
    await handle.close();
    await rename(temporary, target);
  } catch (error) {
    throw new InputError(out, `cannot write the report (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Choose a writable path for --out', undefined, { cause: error });
  }
}

import { open } from 'node:fs/promises';

/** What a caller says when its file cannot be read: each command keeps its own sentences. */
export interface CappedReadErrors {
  /** The file cannot be opened (`code`: ENOENT, EACCES, …). */
  unreadable(code: string, cause: unknown): Error;
  notAFile(): Error;
  tooLarge(size: number): Error;
}

/**
 * A regular file's text, read only after it was found to be one and no larger than `maxBytes`, so
 * that a path to a device, a pipe or a huge file is refused before a byte is read. The checks are
 * made on the opened handle, never on the path, so the file cannot be swapped between them.
 */
export async function readCapped(path: string, maxBytes: number, errors: CappedReadErrors): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw errors.unreadable((error as NodeJS.ErrnoException).code ?? 'error', error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw errors.notAFile();
    if (info.size > maxBytes) throw errors.tooLarge(info.size);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

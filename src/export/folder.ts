import { open, readdir, readFile, realpath, stat, type FileReadResult } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { kindOf, noiseReason, type Candidate } from './file-names.js';
import type { ExportFile, FileKind } from './types.js';

interface FolderCandidate extends Candidate {
  abs: string;
  size: number;
}

export interface FolderListing {
  candidates: FolderCandidate[];
  /** Every regular file walked, to tell an empty folder from one without an export. */
  filesSeen: number;
  /** `.zip` files met on the way: the user may have pointed at the folder holding the archive. */
  archives: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', '__MACOSX']);
/** A real export holds a few dozen files; walking a home directory by mistake should stop early. */
const MAX_ENTRIES = 100_000;

/**
 * Walks `root` breadth-first, in name order, keeping only the files netprune knows by name.
 * Symlinks are followed, but each directory is entered once (by real path), so loops end.
 */
export async function listFolder(root: string): Promise<FolderListing> {
  const listing: FolderListing = { candidates: [], filesSeen: 0, archives: [] };
  const seen = new Set([await realpath(root)]);
  const queue: { abs: string; rel: string }[] = [{ abs: root, rel: '' }];
  let entries = 0;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const dirents = await readdir(next.abs, { withFileTypes: true }).catch(() => []);
    dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const dirent of dirents) {
      if (++entries > MAX_ENTRIES) {
        throw new InputError(root, `holds more than ${MAX_ENTRIES} files, too many for a LinkedIn export`, ADVICE);
      }
      const abs = join(next.abs, dirent.name);
      const rel = next.rel ? `${next.rel}/${dirent.name}` : dirent.name;
      const info = dirent.isSymbolicLink() ? await stat(abs).catch(() => undefined) : dirent;
      if (info?.isDirectory()) {
        if (SKIP_DIRS.has(dirent.name)) continue;
        const real = await realpath(abs).catch(() => abs);
        if (seen.has(real)) continue;
        seen.add(real);
        queue.push({ abs, rel });
      } else if (info?.isFile()) {
        listing.filesSeen++;
        if (dirent.name.toLowerCase().endsWith('.zip')) listing.archives.push(join(root, rel));
        if (kindOf(rel) || noiseReason(rel)) {
          const size = (await stat(abs)).size;
          listing.candidates.push({ rel, name: join(root, rel), abs, size });
        }
      }
    }
  }
  return listing;
}

/** Large enough that reading messages.csv costs few trips through the event loop. */
const READ_BYTES = 1024 * 1024;

/**
 * A file in chunks, the next one read while the caller works on the current one. Two buffers, used in
 * turn, serve the whole file: a new buffer per chunk would be hundreds of MB of memory outside V8's
 * heap, which makes it collect garbage more often. So a chunk is valid only until the next is asked for.
 */
async function* readAhead(abs: string): AsyncGenerator<Uint8Array> {
  const handle = await open(abs, 'r');
  const buffers = [Buffer.allocUnsafeSlow(READ_BYTES), Buffer.allocUnsafeSlow(READ_BYTES)];
  let position = 0;
  let turn = 0;
  let pending: Promise<FileReadResult<Buffer>> | null = handle.read(buffers[turn]!, 0, READ_BYTES, position);
  try {
    while (pending !== null) {
      const { bytesRead, buffer } = await pending;
      pending = null;
      if (bytesRead === 0) break;
      position += bytesRead;
      turn = 1 - turn;
      pending = handle.read(buffers[turn]!, 0, READ_BYTES, position);
      yield plain(buffer.subarray(0, bytesRead));
    }
  } finally {
    // A read still in flight (the caller stopped early) must end before the file is closed.
    await pending?.catch(() => undefined);
    await handle.close();
  }
}

/** The same bytes as a plain Uint8Array, so every source hands out one type. */
const plain = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

const ADVICE = 'Pass the LinkedIn export itself: the zip, its unpacked folder, or Connections.csv.';

/** A file on disk as an ExportFile; `name` is the path as the user typed it, joined with the inner path. */
export function diskFile(abs: string, name: string, size: number, kind: FileKind): ExportFile {
  const unreadable = (error: unknown) =>
    new InputError(
      name,
      `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      'Check that the file still exists and that you may read it.',
      undefined,
      { cause: error },
    );
  return {
    kind,
    name,
    size,
    async read() {
      try {
        return plain(await readFile(abs));
      } catch (error) {
        throw unreadable(error);
      }
    },
    async *stream() {
      try {
        yield* readAhead(abs);
      } catch (error) {
        throw unreadable(error);
      }
    },
  };
}

import { open, readdir, readFile, realpath, stat, type FileReadResult } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { safeText } from '../util/terminal-text.js';
import { kindOf, noiseReason, type Candidate } from './file-names.js';
import type { ExportFile, FileKind } from './types.js';

export interface FolderCandidate extends Candidate {
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

/**
 * The file-system calls the walk makes. Tests pass failing ones: they run as root, where
 * `chmod 000` stops no read, so EACCES can only be injected.
 */
export interface FolderFs {
  readdir(path: string): Promise<Dirent[]>;
  stat(path: string): Promise<Stats>;
  realpath(path: string): Promise<string>;
}

const NODE_FS: FolderFs = { readdir: (path) => readdir(path, { withFileTypes: true }), stat, realpath };

const SKIP_DIRS = new Set(['node_modules', '.git', '__MACOSX']);
/** A real export holds a few dozen files; walking a home directory by mistake should stop early. */
const MAX_ENTRIES = 100_000;

/**
 * Walks `root` breadth-first, in name order, keeping only the files netprune knows by name.
 * Symlinks are followed, but each directory is entered once (by real path), so loops end.
 * A folder or file that cannot be read is an InputError naming it: skipped, it would turn
 * the messages.csv inside it into "not in this export" and friends into strangers.
 */
export async function listFolder(root: string, fs: FolderFs = NODE_FS): Promise<FolderListing> {
  const listing: FolderListing = { candidates: [], filesSeen: 0, archives: [] };
  const seen = new Set([await fs.realpath(root).catch(cannotRead(root, 'root'))]);
  const queue: { abs: string; rel: string }[] = [{ abs: root, rel: '' }];
  let entries = 0;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const shown = next.rel === '' ? root : join(root, next.rel);
    const dirents = await fs.readdir(next.abs).catch(cannotRead(shown, next.rel === '' ? 'root' : 'folder'));
    dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const dirent of dirents) {
      if (++entries > MAX_ENTRIES) {
        throw new InputError(root, { key: 'problem.tooManyFiles', values: { count: MAX_ENTRIES } }, ADVICE);
      }
      const abs = join(next.abs, dirent.name);
      const rel = next.rel ? `${next.rel}/${dirent.name}` : dirent.name;
      const info = dirent.isSymbolicLink() ? await followLink(fs, abs, rel, join(root, rel)) : dirent;
      if (info?.isDirectory()) {
        if (SKIP_DIRS.has(dirent.name)) continue;
        const real = await fs.realpath(abs).catch(cannotRead(join(root, rel), 'folder'));
        if (seen.has(real)) continue;
        seen.add(real);
        queue.push({ abs, rel });
      } else if (info?.isFile()) {
        listing.filesSeen++;
        if (dirent.name.toLowerCase().endsWith('.zip')) listing.archives.push(join(root, rel));
        if (kindOf(rel) || noiseReason(rel)) {
          const size = (await fs.stat(abs).catch(cannotRead(join(root, rel), 'file'))).size;
          listing.candidates.push({ rel, name: join(root, rel), abs, size });
        }
      }
    }
  }
  return listing;
}

/**
 * What a symlink points at. A link to nothing (ENOENT) hides no file, unless it bears the name of
 * one netprune reads; any other failure (ELOOP, EACCES) may hide a folder of the export.
 */
async function followLink(fs: FolderFs, abs: string, rel: string, shown: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(abs);
  } catch (error) {
    const named = kindOf(rel) !== undefined || noiseReason(rel) !== undefined;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !named) return undefined;
    return cannotRead(shown, 'link')(error);
  }
}

const WHAT_TO_DO = {
  root: { key: 'advice.checkReadable' },
  folder: { key: 'advice.folderUnreadable' },
  file: { key: 'advice.checkStillReadable' },
  link: { key: 'advice.brokenLink' },
} as const;

/** A rejection handler: the one-line error naming what could not be read, and why (EACCES, ELOOP…). */
const cannotRead =
  (shown: string, what: keyof typeof WHAT_TO_DO) =>
  (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    // Names inside the export came out of LinkedIn's archive: they reach the terminal only through safeText.
    throw new InputError(safeText(shown), { key: 'problem.cannotBeRead', values: { code } }, WHAT_TO_DO[what], undefined, { cause: error });
  };

/** True when two files hold the same bytes: a copy of a file is harmless, a different file is another export. */
export async function sameContent(a: FolderCandidate, b: FolderCandidate): Promise<boolean> {
  if (a.size !== b.size) return false;
  const [x, y] = [await open(a.abs, 'r').catch(cannotRead(a.name, 'file')), await open(b.abs, 'r').catch(cannotRead(b.name, 'file'))];
  try {
    const [left, right] = [Buffer.allocUnsafe(COMPARE_BYTES), Buffer.allocUnsafe(COMPARE_BYTES)];
    for (let position = 0; position < a.size; position += COMPARE_BYTES) {
      const [l, r] = await Promise.all([x.read(left, 0, COMPARE_BYTES, position), y.read(right, 0, COMPARE_BYTES, position)]);
      if (l.bytesRead !== r.bytesRead || !left.subarray(0, l.bytesRead).equals(right.subarray(0, r.bytesRead))) return false;
      if (l.bytesRead === 0) break;
    }
    return true;
  } finally {
    await Promise.all([x.close(), y.close()]);
  }
}

const COMPARE_BYTES = 1024 * 1024;

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

const ADVICE = { key: 'advice.passExportItself' } as const;

/** A file on disk as an ExportFile; `name` is the path as the user typed it, joined with the inner path. */
export function diskFile(abs: string, name: string, size: number, kind: FileKind): ExportFile {
  const unreadable = (error: unknown) =>
    new InputError(
      name,
      { key: 'problem.couldNotBeRead', values: { code: (error as NodeJS.ErrnoException).code ?? (error as Error).message } },
      { key: 'advice.checkFileStillReadable' },
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

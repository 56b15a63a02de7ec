import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Bytes encoded before a write; writing into one buffer spares joining the pieces and encoding the result. */
const BUFFER_BYTES = 1024 * 1024;

/**
 * The one writer of files: replaces `path` with `text` so that a crash at any moment leaves either
 * the old file or the new one, never a mix. Temporary file in the same folder (rename is only atomic
 * within one file system), fsync, rename, then fsync the folder so that the rename itself is on disk.
 * `text` may come in pieces, so that a large report is never one string.
 *
 * A symlink is followed, so that the file it points to is replaced and the link stays. A device, a
 * pipe or a socket (`--out /dev/null`, `--out /dev/stdout`) is written into, as a shell's `>` would:
 * renaming over it would put a plain file where it was, and run as root, over /dev/null.
 */
export async function writeFileAtomic(path: string, text: string | Iterable<string>, mode = 0o600): Promise<void> {
  const pieces = typeof text === 'string' ? [text] : text;
  const target = await realpath(path).catch(() => path);
  const existing = await stat(target).catch(() => undefined);
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) return writeInto(target, pieces);
  await replace(target, pieces, mode);
}

async function writeInto(path: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await writePieces(handle, pieces);
  } catch (error) {
    // A reader that went away (`--out /dev/stdout | head`) is not an error, as on stdout (launch/fd-writer.ts).
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  } finally {
    await handle.close();
  }
}

async function replace(path: string, pieces: Iterable<string>, mode: number): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', mode);
  try {
    await writePieces(handle, pieces);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
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

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; there the rename is as durable as it gets.
  const handle = await open(folder, 'r').catch(() => undefined);
  if (handle === undefined) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems (and Windows) refuse fsync on a folder.
  } finally {
    await handle.close();
  }
}

import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Bytes encoded before a write; writing into one buffer spares joining the pieces and encoding the result. */
const BUFFER_BYTES = 1024 * 1024;

/**
 * The one writer of files: replaces `path` with `text` so that a crash at any moment leaves either
 * the old file or the new one, never a mix. Temporary file in the same folder (rename is only atomic
 * within one file system), fsync, rename, then fsync the folder so that the rename itself is on disk.
 * `text` may come in pieces, strings or UTF-8 bytes, so that a large report is never one string.
 */
export async function writeFileAtomic(path: string, text: string | Iterable<string | Uint8Array>, mode = 0o600): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', mode);
  try {
    await writePieces(handle, typeof text === 'string' ? [text] : text);
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

async function writePieces(handle: FileHandle, pieces: Iterable<string | Uint8Array>): Promise<void> {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (piece.length > buffer.length - used) {
        await writeAll(handle, buffer, used);
        used = 0;
        if (piece.length > buffer.length) {
          await writeAll(handle, piece, piece.length);
          continue;
        }
      }
      buffer.set(piece, used);
      used += piece.length;
      continue;
    }
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

async function writeAll(handle: FileHandle, buffer: Uint8Array, length: number): Promise<void> {
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

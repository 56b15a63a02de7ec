import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { InputError } from '../errors.js';
import type { ExportFile, FileKind } from './types.js';
import { REDOWNLOAD, type ZipEntry } from './zip.js';
import { runtime } from '../launch/runtime.js';

const LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;
const CHUNKS_BETWEEN_COLLECTIONS = 64;

/** The archive on disk, open while its entries are wrapped. */
export interface Archive {
  path: string;
  handle: FileHandle;
  size: number;
}

/**
 * Wraps one entry as an ExportFile that reads it from the archive on disk when used, so the archive is
 * never held in memory. Throws now, not on read, if the entry cannot be decoded.
 */
export async function zipEntryFile(archive: Archive, entry: ZipEntry, kind: FileKind): Promise<ExportFile> {
  if (entry.flags & 1) {
    throw new InputError(entry.name, { key: 'problem.encrypted' }, { key: 'advice.noPassword' });
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new InputError(entry.name, { key: 'problem.compressionMethod', values: { method: String(entry.method) } }, { key: 'advice.unpack' });
  }
  const start = await dataStart(archive, entry);
  const data = () => readRange(archive.path, start, entry.compressedSize, entry.name);
  const stream = () => (entry.method === 0 ? storedChunks(data, entry) : inflateChunks(data, entry));
  return {
    kind,
    name: entry.name,
    size: entry.size,
    modified: entry.modified,
    stream,
    async read() {
      const whole = new Uint8Array(entry.size);
      let at = 0;
      for await (const chunk of stream()) {
        whole.set(chunk, at);
        at += chunk.length;
      }
      return whole;
    },
  };
}

/** Where the entry's data starts, after its local header. */
async function dataStart(archive: Archive, entry: ZipEntry): Promise<number> {
  const at = entry.localOffset;
  const header = new Uint8Array(30);
  const view = new DataView(header.buffer);
  if (at + 30 > archive.size || (await archive.handle.read(header, 0, 30, at)).bytesRead < 30 || view.getUint32(0, true) !== LOCAL) {
    throw new InputError(entry.name, { key: 'problem.noLocalHeader' }, REDOWNLOAD);
  }
  const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  if (start + entry.compressedSize > archive.size) {
    throw new InputError(entry.name, { key: 'problem.truncated' }, REDOWNLOAD);
  }
  return start;
}

/** The entry's bytes as stored, read from the archive in 64 KiB chunks. */
async function* readRange(path: string, start: number, length: number, name: string): AsyncGenerator<Uint8Array> {
  if (length === 0) return;
  try {
    for await (const chunk of createReadStream(path, { start, end: start + length - 1, highWaterMark: CHUNK })) {
      const buffer = chunk as Buffer;
      yield new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(name, { key: 'problem.couldNotBeRead', values: { code } }, { key: 'advice.checkArchiveStillReadable' }, undefined, { cause: error });
  }
}

async function* storedChunks(data: () => AsyncIterable<Uint8Array>, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  if (entry.compressedSize !== entry.size) {
    throw new InputError(entry.name, { key: 'problem.storedSize', values: { stored: String(entry.compressedSize), size: String(entry.size) } }, REDOWNLOAD);
  }
  yield* data();
}

/** Inflates progressively and stops as soon as the output exceeds the declared size. */
async function* inflateChunks(data: () => AsyncIterable<Uint8Array>, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  let produced = 0;
  // No data at all is an empty entry, as fflate read it; zlib would call it truncated.
  for await (const chunk of entry.compressedSize === 0 ? [] : inflateRaw(data(), entry.name)) {
    produced += chunk.length;
    if (produced > entry.size) {
      throw new InputError(entry.name, { key: 'problem.inflatesBeyond', values: { size: String(entry.size) } }, REDOWNLOAD);
    }
    yield chunk;
  }
  if (produced !== entry.size) {
    throw new InputError(entry.name, { key: 'problem.inflatedSize', values: { produced: String(produced), size: String(entry.size) } }, REDOWNLOAD);
  }
}

/**
 * Node's zlib rather than fflate: it is native and runs on a libuv thread, so the next chunk is inflated
 * while this one is being read (a 338 MB messages.csv inflated in 0.4–0.6 s instead of fflate's 0.7–1.6 s
 * on the main thread). It inflates only as far as it is read, so a bomb stops at the first chunk too many.
 */
async function* inflateRaw(data: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<Uint8Array> {
  const input = Readable.from(data, { objectMode: false });
  // pipeline, not pipe: a read error must end the inflated stream too, not leave it waiting.
  const inflate = pipeline(input, createInflateRaw({ chunkSize: CHUNK }), () => {});
  try {
    let chunks = 0;
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      // zlib makes a new buffer for every chunk: given back every 4 MB rather than when V8 gets to it (launch/runtime.ts).
      if (++chunks % CHUNKS_BETWEEN_COLLECTIONS === 0) runtime().collectYoung();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, { key: 'problem.damaged', values: { detail: (error as Error).message } }, REDOWNLOAD, undefined, { cause: error });
  } finally {
    input.destroy();
    inflate.destroy();
  }
}

import { Inflate } from 'fflate';
import { InputError } from '../errors.js';
import type { ExportFile, FileKind } from './types.js';
import { REDOWNLOAD, type ZipEntry } from './zip.js';

const LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;

/** Wraps one entry as an ExportFile. Throws now, not on read, if the entry cannot be decoded. */
export function zipEntryFile(bytes: Uint8Array, entry: ZipEntry, kind: FileKind): ExportFile {
  if (entry.flags & 1) {
    throw new InputError(entry.name, 'is encrypted', 'Pass the archive as LinkedIn sent it, without a password.');
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new InputError(
      entry.name,
      `uses compression method ${entry.method}, which netprune cannot read (only stored and deflated)`,
      'Unpack the archive with your system tool and pass the folder instead.',
    );
  }
  const data = entryData(bytes, entry);
  const stream = () => (entry.method === 0 ? storedChunks(data, entry) : inflateChunks(data, entry));
  return {
    kind,
    name: entry.name,
    size: entry.size,
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

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) {
    throw new InputError(entry.name, 'is damaged: its local header is missing', REDOWNLOAD);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) {
    throw new InputError(entry.name, 'is truncated: its data runs past the end of the archive', REDOWNLOAD);
  }
  return bytes.subarray(start, start + entry.compressedSize);
}

async function* storedChunks(data: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  if (data.length !== entry.size) {
    throw new InputError(entry.name, `is damaged: stored ${data.length} bytes but declares ${entry.size}`, REDOWNLOAD);
  }
  for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
}

/** Inflates progressively and stops as soon as the output exceeds the declared size. */
async function* inflateChunks(data: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  let produced = 0;
  let pending: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size) {
      throw new InputError(entry.name, `inflates to more than the ${entry.size} bytes it declares (a zip bomb?)`, REDOWNLOAD);
    }
    if (chunk.length > 0) pending.push(chunk);
  });
  // 16 KiB in yields at most about 16 MiB out (deflate tops out near 1032:1) before the check above runs.
  const step = CHUNK / 4;
  for (let at = 0; at < data.length || at === 0; at += step) {
    const final = at + step >= data.length;
    try {
      inflate.push(data.subarray(at, at + step), final);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(entry.name, `is damaged: ${(error as Error).message}`, REDOWNLOAD, undefined, { cause: error });
    }
    yield* pending;
    pending = [];
    if (final) break;
  }
  if (produced !== entry.size) {
    throw new InputError(entry.name, `is damaged: inflated to ${produced} bytes but declares ${entry.size}`, REDOWNLOAD);
  }
}

import type { FileHandle } from 'node:fs/promises';
import { InputError } from '../errors.js';

/**
 * A zip read in place and never extracted: the central directory is indexed up front, and
 * one entry is read and inflated only when used (zip-entry.ts). Limits keep a zip bomb from exhausting the machine.
 */
export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Largest uncompressed:compressed ratio accepted for entries of at least `ratioFromBytes`. */
  maxRatio: number;
  ratioFromBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 2 * 1024 ** 3, maxRatio: 200, ratioFromBytes: 1024 ** 2 };

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  rel: string;
  /** What the user sees: `archive.zip:inner/path.csv`. */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** CRC-32 of the uncompressed data: two entries with the same size and CRC are taken as copies. */
  crc32: number;
  /** `YYYY-MM-DD` of the entry's MS-DOS modification stamp; LinkedIn writes the day the export was made. */
  modified: string | null;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;
export const REDOWNLOAD = { key: 'advice.redownload' } as const;
const BOMB_ADVICE = { key: 'advice.realArchive' } as const;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Names are UTF-8 when flag bit 11 is set; older tools wrote a code page, read here as Latin-1. */
function decodeName(raw: Uint8Array): string {
  try {
    return utf8.decode(raw);
  } catch {
    return latin1.decode(raw);
  }
}

/** The end record (22 bytes), a comment of up to 64 KiB, and room for the ZIP64 locator just before them. */
const TAIL = 22 + 0xffff + 20;

/**
 * Reads the central directory from the end of the archive, and only as far back as it starts: the
 * entries' data (a messages.csv of hundreds of megabytes) is never read here, nor held in memory.
 * Throws InputError when the directory is missing or points outside the file.
 */
export async function readZipIndex(handle: FileHandle, size: number, label: string): Promise<ZipEntry[]> {
  let from = Math.max(0, size - TAIL);
  for (;;) {
    const window = new Window(await readAt(handle, from, size - from, label), from);
    try {
      return indexZip(window, label);
    } catch (error) {
      // The directory starts before the bytes read: read from there (at most twice, for ZIP64).
      if (!(error instanceof NeedsBytesFrom) || error.offset >= from) throw error;
      from = error.offset;
    }
  }
}

async function readAt(handle: FileHandle, from: number, length: number, label: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(length);
  try {
    await handle.read(bytes, 0, length, from);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(label, { key: 'problem.cannotBeRead', values: { code } }, { key: 'advice.checkReadable' }, undefined, { cause: error });
  }
  return bytes;
}

class NeedsBytesFrom extends Error {
  constructor(readonly offset: number) {
    super(`needs the archive's bytes from ${offset}`);
  }
}

/** Bytes [base, end) of the archive, read by absolute offset. */
class Window {
  private readonly view: DataView;
  readonly end: number;

  constructor(
    readonly bytes: Uint8Array,
    readonly base: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.end = base + bytes.length;
  }

  private at(offset: number): number {
    if (offset < this.base) throw new NeedsBytesFrom(offset);
    return offset - this.base;
  }

  u16 = (offset: number) => this.view.getUint16(this.at(offset), true);
  u32 = (offset: number) => this.view.getUint32(this.at(offset), true);
  u64 = (offset: number) => Number(this.view.getBigUint64(this.at(offset), true));
  slice = (offset: number, length: number) => this.bytes.subarray(this.at(offset), this.at(offset) + length);
}

function findEndOfCentralDirectory(w: Window): number {
  const last = w.end - 22;
  for (let at = last; at >= w.base && at >= last - 0xffff; at--) {
    if (w.u32(at) === EOCD) return at;
  }
  return -1;
}

function indexZip(w: Window, label: string): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(w);
  if (eocd < 0) throw new InputError(label, { key: 'problem.zipNoDirectory' }, REDOWNLOAD);
  let count = w.u16(eocd + 10);
  let offset = w.u32(eocd + 16);
  if ((count === 0xffff || offset === MAX32) && eocd >= 20 && w.u32(eocd - 20) === EOCD64_LOCATOR) {
    const at = w.u64(eocd - 12);
    if (at + 56 > w.end || w.u32(at) !== EOCD64) {
      throw new InputError(label, { key: 'problem.zip64Unreadable' }, REDOWNLOAD);
    }
    count = w.u64(at + 32);
    offset = w.u64(at + 48);
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > w.end || w.u32(offset) !== CENTRAL) {
      throw new InputError(label, { key: 'problem.zipEntryUnreadable', values: { entry: i + 1, count } }, REDOWNLOAD);
    }
    const flags = w.u16(offset + 8);
    const nameLength = w.u16(offset + 28);
    const extraLength = w.u16(offset + 30);
    const commentLength = w.u16(offset + 32);
    if (offset + 46 + nameLength + extraLength > w.end) {
      throw new InputError(label, { key: 'problem.zipEntryPastEnd', values: { entry: i + 1, count } }, REDOWNLOAD);
    }
    const rel = decodeName(w.slice(offset + 46, nameLength)).replaceAll('\\', '/');
    const sizes = [w.u32(offset + 24), w.u32(offset + 20), w.u32(offset + 42)];
    readZip64Extra(w, offset + 46 + nameLength, extraLength, sizes);
    const [size = 0, compressedSize = 0, localOffset = 0] = sizes;
    const modified = dosDate(w.u16(offset + 14));
    entries.push({ rel, name: `${label}:${rel}`, method: w.u16(offset + 10), flags, compressedSize, size, localOffset, crc32: w.u32(offset + 16), modified });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An MS-DOS date (bits: year since 1980, month, day) as `YYYY-MM-DD`; null when it is not a real day. */
function dosDate(bits: number): string | null {
  const [year, month, day] = [1980 + (bits >> 9), (bits >> 5) & 0x0f, bits & 0x1f];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ZIP64 extra field (id 1): 64-bit values for the header fields that hold 0xFFFFFFFF, in order. */
function readZip64Extra(w: Window, start: number, length: number, sizes: number[]): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = w.u16(at);
    const size = w.u16(at + 2);
    if (id === 1) {
      let field = at + 4;
      for (let i = 0; i < sizes.length && field + 8 <= at + 4 + size; i++) {
        if (sizes[i] !== MAX32) continue;
        sizes[i] = w.u64(field);
        field += 8;
      }
    }
    at += 4 + size;
  }
}

/** Absolute names and `..` segments could escape any folder; netprune never extracts, but refuses them anyway. */
export function isUnsafeEntryName(rel: string): boolean {
  return rel.startsWith('/') || /^[a-z]:/i.test(rel) || rel.split('/').includes('..');
}

export function checkZipLimits(entries: readonly ZipEntry[], label: string, limits: ZipLimits): void {
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > limits.maxTotalBytes) {
    throw new InputError(label, { key: 'problem.zipBombTotal', values: { size: formatBytes(total), max: formatBytes(limits.maxTotalBytes) } }, BOMB_ADVICE);
  }
  for (const entry of entries) {
    if (entry.size >= limits.ratioFromBytes && entry.size > limits.maxRatio * entry.compressedSize) {
      const ratio = entry.compressedSize === 0 ? '∞' : Math.round(entry.size / entry.compressedSize);
      throw new InputError(
        entry.name,
        {
          key: 'problem.zipBombRatio',
          values: { ratio: `${ratio}:1`, compressed: formatBytes(entry.compressedSize), size: formatBytes(entry.size), max: `${limits.maxRatio}:1` },
        },
        BOMB_ADVICE,
      );
    }
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

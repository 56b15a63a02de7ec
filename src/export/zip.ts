import { InputError } from '../errors.js';

/**
 * A zip held in memory and never extracted: the central directory is indexed up front, and
 * one entry is inflated only when read (zip-entry.ts). Limits keep a zip bomb from exhausting the machine.
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
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;
export const REDOWNLOAD = 'The archive is damaged or was altered; download the export again from LinkedIn, or pass the unpacked folder.';
const BOMB_ADVICE = 'Pass the archive LinkedIn e-mailed you; a real export is a few megabytes.';

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

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Reads the central directory. Throws InputError when it is missing or points outside the file. */
export function indexZip(bytes: Uint8Array, label: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new InputError(label, 'is damaged or truncated: its central directory was not found', REDOWNLOAD);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === MAX32) && eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 12, true));
    if (at + 56 > bytes.length || view.getUint32(at, true) !== EOCD64) {
      throw new InputError(label, 'is damaged: its ZIP64 directory is unreadable', REDOWNLOAD);
    }
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) {
      throw new InputError(label, `is damaged: entry ${i + 1} of ${count} of its directory is unreadable`, REDOWNLOAD);
    }
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength + extraLength > bytes.length) {
      throw new InputError(label, `is damaged: entry ${i + 1} of ${count} of its directory runs past the end`, REDOWNLOAD);
    }
    const raw = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const rel = decodeName(raw).replaceAll('\\', '/');
    const sizes = [view.getUint32(offset + 24, true), view.getUint32(offset + 20, true), view.getUint32(offset + 42, true)];
    readZip64Extra(view, offset + 46 + nameLength, extraLength, sizes);
    const [size = 0, compressedSize = 0, localOffset = 0] = sizes;
    entries.push({ rel, name: `${label}:${rel}`, method: view.getUint16(offset + 10, true), flags, compressedSize, size, localOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 extra field (id 1): 64-bit values for the header fields that hold 0xFFFFFFFF, in order. */
function readZip64Extra(view: DataView, start: number, length: number, sizes: number[]): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      for (let i = 0; i < sizes.length && field + 8 <= at + 4 + size; i++) {
        if (sizes[i] !== MAX32) continue;
        sizes[i] = Number(view.getBigUint64(field, true));
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
    throw new InputError(
      label,
      `declares ${formatBytes(total)} of uncompressed data, more than the ${formatBytes(limits.maxTotalBytes)} netprune accepts (a zip bomb?)`,
      BOMB_ADVICE,
    );
  }
  for (const entry of entries) {
    if (entry.size >= limits.ratioFromBytes && entry.size > limits.maxRatio * entry.compressedSize) {
      const ratio = entry.compressedSize === 0 ? '∞' : Math.round(entry.size / entry.compressedSize);
      throw new InputError(
        entry.name,
        `would expand ${ratio}:1 (${formatBytes(entry.compressedSize)} to ${formatBytes(entry.size)}), beyond the ${limits.maxRatio}:1 netprune accepts (a zip bomb?)`,
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

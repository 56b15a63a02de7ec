import { open, readdir, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Notice } from '../i18n/notice.js';
import { safeText } from '../util/terminal-text.js';
import { basename, FILE_NAME, kindOf, selectFiles, type Candidate, type Selection } from './file-names.js';
import { diskFile, listFolder, sameContent, type FolderFs } from './folder.js';
import type { ExportFile, ExportSource } from './types.js';
import { checkZipLimits, DEFAULT_ZIP_LIMITS, formatBytes, isUnsafeEntryName, readZipIndex, type ZipLimits } from './zip.js';
import { zipEntryFile } from './zip-entry.js';

export interface OpenExportOptions {
  /** Zip-bomb guards; the defaults suit any real export. */
  zipLimits?: Partial<ZipLimits>;
  /** The folder walk's file-system calls; tests inject failures with it (see folder.ts). */
  folderFs?: FolderFs;
}

const ADVICE = { key: 'advice.passExport' } as const;
const GET_EXPORT = { key: 'advice.getExport' } as const;
const UNSAFE = { key: 'readers.ignored.unsafePath' } as const;

/**
 * Finds the files netprune reads in a LinkedIn export given as a zip (read in place, never
 * extracted), an unpacked folder (searched at any depth) or a lone Connections.csv.
 * Throws InputError when the path is missing or holds no Connections.csv.
 */
export async function openExport(path: string, options: OpenExportOptions = {}): Promise<ExportSource> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new InputError(path, { key: 'problem.notFound' }, ADVICE);
    return unreadable(path)(error);
  });
  if (info.isDirectory()) return openFolder(path, options.folderFs);
  if (!info.isFile()) throw new InputError(path, { key: 'problem.notFileOrFolder' }, ADVICE);
  if (await looksLikeZip(path).catch(unreadable(path))) return openZip(path, info.size, { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits });
  const extension = extname(path).toLowerCase();
  if (extension === '.zip') {
    throw new InputError(path, { key: 'problem.notZip' }, { key: 'advice.downloadAgain' });
  }
  if (extension === '.csv') {
    return { path, type: 'file', files: [diskFile(path, path, info.size, 'connections')], ignored: await besideLoneCsv(path) };
  }
  throw new InputError(path, { key: 'problem.notExport' }, ADVICE);
}

/**
 * The export's other files lying beside a lone Connections.csv (the unpacked folder given by its
 * file): not read, since the file was asked for, but said, so that an audit without messages.csv
 * does not pass for one of an export without messages.
 */
async function besideLoneCsv(path: string): Promise<ExportSource['ignored']> {
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  return names
    .filter((name) => name !== basename(path) && (kindOf(name)?.kind ?? 'connections') !== 'connections')
    .sort()
    .map((name) => ({ name: join(dirname(path), name), reason: BESIDE }));
}

/** Why a file beside a lone Connections.csv was not read (report/warnings.ts looks for it). */
export const BESIDE = { key: 'readers.ignored.besideLoneCsv' } as const;

const unreadable = (path: string) => (error: NodeJS.ErrnoException) => {
  throw new InputError(path, { key: 'problem.cannotBeRead', values: { code: error.code ?? error.message } }, { key: 'advice.checkReadable' }, undefined, {
    cause: error,
  });
};

/** A local file header, or the end record of an empty archive. */
async function looksLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
  } finally {
    await handle.close();
  }
}

async function openZip(path: string, size: number, limits: ZipLimits): Promise<ExportSource> {
  if (size > limits.maxTotalBytes) {
    throw new InputError(path, { key: 'problem.tooLarge', values: { size: formatBytes(size) } }, GET_EXPORT);
  }
  const handle = await open(path, 'r').catch(unreadable(path));
  try {
    const entries = (await readZipIndex(handle, size, path)).filter((entry) => !entry.rel.endsWith('/') && !isMacMetadata(entry.rel));
    checkZipLimits(entries, path, limits);
    const ignored = entries.filter((entry) => isUnsafeEntryName(entry.rel)).map((entry) => ({ name: entry.name, reason: UNSAFE }));
    const { chosen, ignored: unused, copies } = selectFiles(entries.filter((entry) => !isUnsafeEntryName(entry.rel)));
    if (!chosen.some((file) => file.kind === 'connections')) {
      throw new InputError(path, withoutConnections(entries), GET_EXPORT);
    }
    // The central directory gives each entry's size and CRC-32: copies are told apart without inflating them.
    const identical = await settleCopies(path, copies, (a, b) => a.size === b.size && a.crc32 === b.crc32);
    const files: ExportFile[] = [];
    for (const { kind, candidate } of chosen) files.push(await zipEntryFile({ path, handle, size }, candidate, kind));
    return { path, type: 'zip', files, ignored: sortByName([...ignored, ...unused, ...identical]) };
  } finally {
    await handle.close();
  }
}

async function openFolder(path: string, fs?: FolderFs): Promise<ExportSource> {
  const listing = await listFolder(path, fs);
  if (listing.filesSeen === 0) throw new InputError(path, { key: 'problem.emptyFolder' }, ADVICE);
  const { chosen, ignored, copies } = selectFiles(listing.candidates);
  if (!chosen.some((file) => file.kind === 'connections')) {
    const archive = listing.archives[0];
    const advice: Notice = archive ? { key: 'advice.passArchiveHolding', values: { archive } } : GET_EXPORT;
    throw new InputError(path, { key: 'problem.noConnectionsInFolder', values: { count: listing.filesSeen } }, advice);
  }
  const identical = await settleCopies(path, copies, sameContent);
  const files = chosen.map(({ kind, candidate }) => diskFile(candidate.abs, candidate.name, candidate.size, kind));
  return { path, type: 'folder', files, ignored: sortByName([...ignored, ...identical]) };
}

/**
 * Two files of one name and kind. An identical copy (the same archive unzipped twice) is set aside.
 * A different one is a second export, or an edited copy beside the original, and netprune refuses
 * rather than pick one: which is newer cannot be told reliably (folders are renamed, a Basic and a
 * Complete archive of one day differ, two people's exports can share a Downloads folder), a wrong
 * pick would label real people from the wrong data without a word, and naming both costs the user
 * one path to type.
 */
async function settleCopies<T extends Candidate>(
  path: string,
  copies: Selection<T>['copies'],
  same: (a: T, b: T) => boolean | Promise<boolean>,
): Promise<{ name: string; reason: Notice }[]> {
  const identical: { name: string; reason: Notice }[] = [];
  for (const { kind, chosen, copy } of copies) {
    if (!(await same(chosen, copy))) {
      throw new InputError(
        path,
        { key: 'problem.twoExports', values: { file: FILE_NAME[kind], first: safeText(chosen.name), second: safeText(copy.name) } },
        { key: 'advice.oneExport' },
      );
    }
    identical.push({ name: copy.name, reason: { key: 'readers.ignored.identicalCopy', values: { file: chosen.name } } });
  }
  return identical;
}

/** macOS re-zips add `__MACOSX/…/._Name.csv` resource forks; they are not files of the export. */
const isMacMetadata = (rel: string) => rel.split('/').includes('__MACOSX');

/** An archive without Connections.csv, with the first names it holds. */
function withoutConnections(entries: readonly Candidate[]): Notice {
  if (entries.length === 0) return { key: 'problem.noConnectionsInEmptyArchive' };
  const names = entries
    .slice(0, 3)
    .map((entry) => basename(entry.rel))
    .join(', ');
  return entries.length > 3
    ? { key: 'problem.noConnectionsInArchiveMore', values: { names, count: entries.length - 3 } }
    : { key: 'problem.noConnectionsInArchive', values: { names } };
}

const sortByName = <T extends { name: string }>(list: T[]) => list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

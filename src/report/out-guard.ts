import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { LinkedInExport } from '../export/types.js';
import { safeText } from '../util/terminal-text.js';

/** What a command is reading, which nothing it writes may replace. */
export interface Inputs {
  /** The export being read. */
  export?: Pick<LinkedInExport, 'source' | 'files'>;
  /** The decisions file in use. */
  decisions?: string;
}

const ADVICE = { key: 'advice.otherOut' } as const;

/**
 * Refuses a target that is the export (its zip or lone CSV), a file netprune read from it, any
 * CSV file inside the export folder (LinkedIn's own files, read or not), or the decisions file.
 * Compared by device and inode as well as by path, so a symlink or hard link is caught too.
 * Paths are resolved from `cwd`, as the command resolves them.
 */
export async function refuseToOverwrite(out: string, cwd: string, inputs: Inputs): Promise<void> {
  const target = resolve(cwd, out);
  const targetId = await identity(target);
  if (targetId === null) return; // A new file replaces nothing.
  const same = async (path: string) => (await identity(path)) === targetId || resolve(path) === target;

  if (inputs.decisions !== undefined && (await same(resolve(cwd, inputs.decisions)))) {
    throw new InputError(out, { key: 'problem.outIsDecisions', values: { file: inputs.decisions } }, ADVICE);
  }
  const exp = inputs.export;
  if (exp === undefined) return;
  const exportPath = resolve(cwd, exp.source.path);
  if (exp.source.type !== 'folder') {
    if (await same(exportPath)) throw new InputError(out, { key: 'problem.outIsExport', values: { path: exp.source.path } }, ADVICE);
    return;
  }
  for (const file of exp.files) {
    if (await same(resolve(cwd, file.name)))
      throw new InputError(out, { key: 'problem.outIsExportFile', values: { file: safeText(file.name), path: exp.source.path } }, ADVICE);
  }
  if (/\.csv$/i.test(target) && (await isInside(target, exportPath))) {
    throw new InputError(out, { key: 'problem.outIsExportCsv', values: { path: exp.source.path } }, ADVICE);
  }
}

/** `dev:ino` of an existing file (symlinks followed), or null when there is none. */
async function identity(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/** Whether `path` lies in `folder`, once both are resolved through symlinks. */
async function isInside(path: string, folder: string): Promise<boolean> {
  const [where, root] = await Promise.all([realpath(dirname(path)).catch(() => dirname(path)), realpath(folder).catch(() => folder)]);
  const rel = relative(root, join(where, basename(path)));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

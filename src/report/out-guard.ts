import { open, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { defaultStatePath } from '../decisions/index.js';
import { InputError } from '../errors.js';
import { kindOf } from '../export/file-names.js';
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
  const exp = inputs.export;
  const exportPath = exp === undefined ? undefined : resolve(cwd, exp.source.path);
  const targetId = await identity(target);
  if (targetId === null) {
    // A new file replaces nothing, but one with a LinkedIn file's name inside the export folder would
    // be read with the export next time: `old/Connections.csv` makes it an export with two of them.
    if (exp?.source.type === 'folder' && exportPath !== undefined && kindOf(target) !== undefined && (await isInside(target, exportPath))) {
      throw new InputError(out, { key: 'problem.outIsExportCsv', values: { path: exp.source.path } }, ADVICE);
    }
    return;
  }
  const same = async (path: string) => (await identity(path)) === targetId || resolve(path) === target;

  // The decisions file a command uses is one input, but every command that takes --out would write
  // over the one beside the export (audit and explain read it), and over any other: a slip of the
  // tab key (`-o netprune-decisions.json`) would lose a whole review.
  const decisions = inputs.decisions ?? (exportPath === undefined ? undefined : defaultStatePath(exportPath));
  if (decisions !== undefined && (await same(resolve(cwd, decisions)))) {
    throw new InputError(out, { key: 'problem.outIsDecisions', values: { file: safeText(decisions) } }, ADVICE);
  }
  if (await holdsDecisions(target)) throw new InputError(out, { key: 'problem.outIsOtherDecisions' }, ADVICE);
  if (exp === undefined || exportPath === undefined) return;
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

/**
 * Whether an existing file is a netprune decisions file, whatever its name: they all begin with
 * `"netprune": "decisions"` (decisions/format.ts), and a forged or damaged one is worth keeping too.
 */
async function holdsDecisions(path: string): Promise<boolean> {
  // Only a plain file: opening a named pipe to read would wait for a writer.
  if (!(await stat(path).catch(() => undefined))?.isFile()) return false;
  const handle = await open(path, 'r').catch(() => undefined);
  if (handle === undefined) return false;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return /^\s*\{\s*"netprune"\s*:\s*"decisions"/.test(buffer.toString('utf8', 0, bytesRead));
  } finally {
    await handle.close();
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

/**
 * Folders and files that cannot be read. The tests run as root, where `chmod 000` stops no read,
 * so EACCES is injected through listFolder's file-system calls; ELOOP and a dangling link are real.
 */
import { mkdir, mkdtemp, readdir, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { listFolder, type FolderFs } from '../../../src/export/folder.js';
import { openExport } from '../../../src/export/locate.js';

const CONNECTIONS = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,https://www.linkedin.com/in/ada,,Acme,CTO,05 Mar 2024';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-folder-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function exportWith(name: string, files: Record<string, string>): Promise<string> {
  const base = join(dir, name);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(base, path, '..'), { recursive: true });
    await writeFile(join(base, path), content);
  }
  return base;
}

const denied = (path: string) => Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });

/** Node's calls, with readdir refused for the folders given, as chmod 000 would for another user. */
function refusing(...folders: string[]): FolderFs {
  return {
    readdir: (path) => (folders.includes(path) ? Promise.reject(denied(path)) : readdir(path, { withFileTypes: true })),
    stat,
    realpath,
  };
}

async function failure(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('a folder netprune cannot read', () => {
  it('is an error naming the subfolder and EACCES, not a messages.csv "not in this export"', async () => {
    const base = await exportWith('sub', { 'Connections.csv': CONNECTIONS, 'inbox/messages.csv': 'x' });
    const error = await failure(openExport(base, { folderFs: refusing(join(base, 'inbox')) }));
    expect(error.file).toBe(join(base, 'inbox'));
    expect(error.message).toBe(
      `${join(base, 'inbox')}: cannot be read (EACCES). netprune would miss the files in it: give yourself read access to it, or pass the export folder itself.`,
    );
  });

  it('is an error naming the export folder itself, not "an empty folder"', async () => {
    const base = await exportWith('root', { 'Connections.csv': CONNECTIONS });
    const error = await failure(openExport(base, { folderFs: refusing(base) }));
    expect(error.message).toBe(`${base}: cannot be read (EACCES). Check that you may read it.`);
  });

  it('names a symbolic link that loops (ELOOP) instead of skipping it', async () => {
    const base = await exportWith('loop', { 'Connections.csv': CONNECTIONS });
    await symlink(join(base, 'inbox'), join(base, 'inbox'));
    const error = await failure(listFolder(base));
    expect(error.message).toBe(`${join(base, 'inbox')}: cannot be read (ELOOP). It is a symbolic link that cannot be followed: fix or remove it.`);
  });

  it('names a dangling link that bears an export file’s name, and passes over any other', async () => {
    const base = await exportWith('dangling', { 'Connections.csv': CONNECTIONS });
    await symlink(join(dir, 'nowhere', 'lock'), join(base, '.#Connections.csv'));
    expect((await listFolder(base)).candidates.map((c) => c.rel)).toEqual(['Connections.csv']);
    await symlink(join(dir, 'nowhere', 'messages.csv'), join(base, 'messages.csv'));
    expect((await failure(listFolder(base))).message).toMatch(/dangling\/messages\.csv: cannot be read \(ENOENT\)\. It is a symbolic link/);
  });
});

import { open, readFile, unlink } from 'node:fs/promises';
import { InputError } from '../errors.js';

export interface LockOptions {
  pid?: number;
  /** Whether a process with this id is running. */
  isAlive?: (pid: number) => boolean;
}

/**
 * Takes `<state>.lock` (created with O_EXCL, holding our pid) so that two review sessions
 * cannot write the same decisions file. A lock left by a killed session is stale: its pid is
 * no longer running, and the lock is taken over. Returns the function that releases it.
 */
export async function acquireLock(statePath: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  // The lock is about processes, so this is the one place in review/ that asks `process`.
  const pid = options.pid ?? process.pid;
  const isAlive = options.isAlive ?? processIsAlive;
  const lockPath = `${statePath}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      await handle.writeFile(`${pid}\n`);
      await handle.close();
      return async () => {
        if ((await holderOf(lockPath)) === pid) await unlink(lockPath).catch(() => undefined);
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new InputError(lockPath, { key: 'lock.cannotCreate', values: { code: code ?? 'error' } }, { key: 'lock.checkFolder' }, undefined, {
          cause: error,
        });
      }
      const holder = await holderOf(lockPath);
      if (holder !== null && holder !== pid && isAlive(holder)) {
        throw new InputError(statePath, { key: 'lock.inUse', values: { pid: String(holder) } }, { key: 'lock.finishFirst', values: { lock: lockPath } });
      }
      if (attempt > 0) throw new InputError(lockPath, { key: 'lock.keepsComingBack' }, { key: 'lock.deleteIt', values: { lock: lockPath } });
      await unlink(lockPath).catch(() => undefined);
    }
  }
}

async function holderOf(lockPath: string): Promise<number | null> {
  const text = await readFile(lockPath, 'utf8').catch(() => '');
  return /^\d+\s*$/.test(text) ? Number(text) : null;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

import { spawn } from 'node:child_process';
import { platform } from 'node:os';

/** How long to wait for the opener to fail before taking its silence as success. */
const FAILURE_WINDOW_MS = 1500;

/**
 * Opens a URL in the default browser with the system's opener, detached and silent so it
 * prints nothing into the review. No shell is involved: on Windows `cmd /c start` would read
 * `%` and `&` in a URL as shell syntax. An opener that exits non-zero at once (xdg-open with
 * no browser or no display) is reported; one that keeps running is a browser starting.
 */
export function openInBrowser(url: string): Promise<void> {
  if (!/^https:\/\/[a-z0-9.-]+\/[\x21-\x7e]*$/i.test(url)) return Promise.reject(new Error('not a web address'));
  const os = platform();
  const [command, args] = os === 'darwin' ? ['open', [url]] : os === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.unref();
      resolve();
    }, FAILURE_WINDOW_MS);
    timer.unref();
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new Error(error.code === 'ENOENT' ? `${command} is not installed` : error.message));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} found no browser to use (exit code ${code})`));
    });
  });
}

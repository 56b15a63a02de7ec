import { spawn } from 'node:child_process';
import { platform } from 'node:os';

/**
 * Opens a URL in the default browser with the system's opener, detached so the browser
 * outlives nothing and prints nothing into the review. No shell is involved: on Windows
 * `cmd /c start` would read `%` and `&` in a URL as shell syntax.
 */
export function openInBrowser(url: string): Promise<void> {
  if (!/^https:\/\/[a-z0-9.-]+\/[^\s]*$/i.test(url)) return Promise.reject(new Error('not a web address'));
  const os = platform();
  const [command, args] =
    os === 'darwin' ? ['open', [url]] : os === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', (error: NodeJS.ErrnoException) => reject(new Error(error.code === 'ENOENT' ? `${command} is not installed` : error.message)));
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

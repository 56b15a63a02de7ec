/**
 * Headless Chromium for the tests that must see a page as a browser does, driven by playwright-core.
 *
 * The browser is the one `CHROMIUM_PATH` names, or else the Chromium that @sparticuz/chromium ships
 * inside its npm tarball (unpacked into TMPDIR on first use): `npm ci` is all a machine needs, since
 * no browser can be downloaded at install time here. Its build is made for serverless Linux and
 * carries its own libraries and fonts. With neither, the test fails with one line saying what to do.
 */
import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Flags that keep a headless run quiet and offline: nothing phones home, no first-run work. */
const ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
];

async function chromiumExecutable(): Promise<{ path: string; args: string[] }> {
  const named = process.env['CHROMIUM_PATH'];
  if (named) {
    try {
      await access(named, constants.X_OK);
    } catch {
      throw new Error(`CHROMIUM_PATH=${named} is not an executable file: point it at a Chromium binary, or unset it to use the one npm ci installs.`);
    }
    return { path: named, args: [] };
  }
  let shipped: typeof import('@sparticuz/chromium').default;
  try {
    shipped = (await import('@sparticuz/chromium')).default;
  } catch {
    throw new Error('No Chromium for the browser tests: run `npm ci` (it installs @sparticuz/chromium), or set CHROMIUM_PATH to a Chromium binary.');
  }
  // Its own list holds the flags its build needs to start headless without a GPU (single process, swiftshader).
  const needed = shipped.args.filter((flag) => /^--(single-process|headless|use-gl|use-angle|enable-unsafe-swiftshader|in-process-gpu)/.test(flag));
  return { path: await shipped.executablePath(), args: needed };
}

export async function openBrowser(): Promise<Browser> {
  const executable = await chromiumExecutable();
  const profile = await mkdtemp(join(tmpdir(), 'netprune-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable.path,
    headless: true,
    args: [...ARGS, ...executable.args],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The HTML prune list as a browser sees it: ticks survive a reload, text from the export
 * never runs as markup, and nothing is fetched. Spawns the built bin: run `npm run build` first.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { netprune } from '../helpers/exec.js';
import { openBrowser, type Browser } from '../helpers/browser.js';

const entry = (decision: string, name: string, slug: string, position: string) => ({
  decision,
  name,
  url: `https://www.linkedin.com/in/${slug}`,
  company: 'Acme',
  position,
  decidedAt: '2025-06-01T10:00:00.000Z',
});

const hostile = '<img src=x onerror="window.__ran = (window.__ran || 0) + 1">';
const hostileName = '<script>window.__ran = 99</script>Mallory';

let dir: string;
let page: string;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-html-'));
  // prune-list lists only people still connected in the export it is given.
  const exportPath = join(dir, 'export');
  await mkdir(exportPath);
  await writeFile(
    join(exportPath, 'Connections.csv'),
    [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      ...['ada-stone', 'mallory', 'ben-ortiz'].map((slug) => `Some,One,https://www.linkedin.com/in/${slug},,Acme,Sales,05 Mar 2026`),
    ].join('\n'),
  );
  const state = join(dir, 'decisions.json');
  await writeFile(
    state,
    JSON.stringify({
      netprune: 'decisions',
      version: 1,
      export: exportPath,
      decisions: {
        'in/ada-stone': entry('remove', 'Ada Stone', 'ada-stone', 'Recruiter'),
        'in/mallory': entry('remove', hostileName, 'mallory', hostile),
        'in/ben-ortiz': entry('keep', 'Ben Ortiz', 'ben-ortiz', 'Sales'),
      },
    }),
  );
  page = join(dir, 'prune-list.html');
  const run = await netprune(['prune-list', exportPath, '--state', state, '--format', 'html', '--out', page]);
  expect(run.stderr.endsWith(`\nWrote the prune list (2 to remove) to ${pathToFileURL(page).href}\n`)).toBe(true);
  expect(run.code).toBe(0);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the HTML prune list in Chromium', () => {
  it('remembers a ticked box across a reload, runs no text as markup, and loads nothing', async () => {
    const requests: string[] = [];
    const problems: string[] = [];
    const tab = await browser.context.newPage();
    tab.on('request', (request) => requests.push(request.url()));
    tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    tab.on('pageerror', (error) => problems.push(error.message));

    await tab.goto(pathToFileURL(page).href);
    // Polled for up to 10 s, not vitest's 1 s: with the whole suite running, the page's script can start late.
    await expect.poll(() => tab.textContent('#progress'), { timeout: 10_000 }).toBe('0 of 2 done');
    await tab.click('input[data-key="in/ada-stone"]');
    expect(await tab.textContent('#progress')).toBe('1 of 2 done');

    await tab.reload();
    await expect.poll(() => tab.textContent('#progress'), { timeout: 10_000 }).toBe('1 of 2 done');
    expect(await tab.isChecked('input[data-key="in/ada-stone"]')).toBe(true);
    expect(await tab.isChecked('input[data-key="in/mallory"]')).toBe(false);
    expect(await tab.getAttribute('tr:has(input[data-key="in/ada-stone"])', 'class')).toBe('is-done');

    // The hostile name and position are shown as text: no element was made of them, nothing ran.
    expect(await tab.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
    expect(await tab.locator('img').count()).toBe(0);
    expect(await tab.locator('script').count()).toBe(1);
    const row = tab.locator('tr', { has: tab.locator('input[data-key="in/mallory"]') });
    expect(await row.locator('a').textContent()).toBe(hostileName);
    expect(await row.locator('td.role').textContent()).toBe(`${hostile} at Acme`);
    expect(await row.locator('a').getAttribute('href')).toBe('https://www.linkedin.com/in/mallory');

    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

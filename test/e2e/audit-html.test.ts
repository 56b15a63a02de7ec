/**
 * `audit --format html` as a browser sees it: nothing fetched and no error, every number the page
 * shows equal to the JSON report's, screenshots at desktop and phone widths in light and dark that
 * match the committed references (UPDATE_SCREENSHOTS=1 rewrites them: see test/helpers/screenshot.ts),
 * a clean A4 print, and text from the export that never runs as markup.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS } from '../../src/plugin-api.js';
import { run } from '../../src/program.js';
import type { Report } from '../../src/report/schema.js';
import { strangerCompanies, strangersByAge } from '../../src/report/strangers.js';
import { openBrowser, type Browser } from '../helpers/browser.js';
import { fixture, netprune } from '../helpers/exec.js';
import { compareScreenshot } from '../helpers/screenshot.js';

const SCREENSHOTS = fileURLToPath(new URL('screenshots/', import.meta.url));
const README_PICTURE = fileURLToPath(new URL('../../docs/audit-report.png', import.meta.url));
const WIDTHS = { desktop: 1100, phone: 390 } as const;

let dir: string;
let browser: Browser;
let report: Report;
let demoPage: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-audit-html-'));
  demoPage = join(dir, 'report.html');
  const json = await netprune(['audit', fixture('demo'), '--json']);
  report = JSON.parse(json.stdout) as Report;
  const html = await netprune(['audit', fixture('demo'), '--format', 'html', '--out', demoPage]);
  expect(html.code, html.stderr).toBe(0);
  expect(html.stderr).toBe(`Wrote the audit page to ${pathToFileURL(demoPage).href}\n`);
  browser = await openBrowser();
  // Only the page itself may load: anything else is refused, and recorded by each test.
  await browser.context.route(/^(?!file:)/, (route) => route.abort());
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The page opened in a new tab, with every request and every console error or page error it makes. */
async function open(path: string): Promise<{ tab: Page; requests: string[]; problems: string[] }> {
  const tab = await browser.context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  tab.on('request', (request) => requests.push(request.url()));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  tab.on('pageerror', (error) => problems.push(error.message));
  await tab.goto(pathToFileURL(path).href);
  return { tab, requests, problems };
}

/** What every number on the page should be, computed here from the JSON report alone. */
function expectedNumbers(r: Report): Map<string, number> {
  const want = new Map<string, number>();
  const share = (part: number) => (r.summary.total === 0 ? 0 : Math.round((part / r.summary.total) * 100));
  want.set('total', r.summary.total);
  for (const label of LABELS) {
    want.set(`label.${label}`, r.summary.byLabel[label]);
    want.set(`pct.${label}`, share(r.summary.byLabel[label]));
  }
  const years = r.contacts.map((c) => Number(c.connectedOn?.slice(0, 4)));
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const those = r.contacts.filter((c) => c.connectedOn?.startsWith(`${year}-`));
    for (const label of LABELS) want.set(`year.${year}.${label}`, those.filter((c) => c.label === label).length);
    want.set(`year.${year}.total`, those.length);
  }
  const signals = {
    'two-way': (e: Report['contacts'][number]['evidence']) => e.messages.twoWay,
    'one-way': (e: Report['contacts'][number]['evidence']) => !e.messages.twoWay && e.messages.sent + e.messages.received > 0,
    endorsements: (e: Report['contacts'][number]['evidence']) => e.endorsements.given + e.endorsements.received > 0,
    recommendations: (e: Report['contacts'][number]['evidence']) => e.recommendations.given + e.recommendations.received > 0,
    'shared-employer': (e: Report['contacts'][number]['evidence']) => e.sharedEmployer !== null,
    'address-book': (e: Report['contacts'][number]['evidence']) => e.addressBook !== null,
    'invitation-note': (e: Report['contacts'][number]['evidence']) => e.invitation?.withNote === true,
  };
  for (const [id, has] of Object.entries(signals)) {
    const count = r.contacts.filter((c) => has(c.evidence)).length;
    want.set(`signal.${id}`, count);
    want.set(`signal.${id}.pct`, share(count));
  }
  const companies = strangerCompanies(r.contacts);
  companies.slice(0, 10).forEach(([, count], i) => want.set(`company.${i}`, count));
  if (companies.length > 10) want.set('companies.more', companies.length - 10);
  const oldest = strangersByAge(r.contacts).length;
  if (oldest > 10) want.set('oldest.more', oldest - 10);
  // The invitations as the JSON report counts them, every month from the first to the last (none missing: the demo's span a year).
  const inv = r.invitations!;
  const noted = (key: string, direction: 'received' | 'sent', n: number, always = false) => (n > 0 || always) && want.set(`${key}.${direction}.note`, n);
  want.set('inv.received', inv.received);
  want.set('inv.sent', inv.sent);
  noted('inv', 'received', inv.receivedWithNote, true);
  noted('inv', 'sent', inv.sentWithNote, true);
  for (let month = inv.months[0]!.month; month <= inv.months.at(-1)!.month; month = nextMonth(month)) {
    const counts = inv.months.find((m) => m.month === month) ?? { received: 0, receivedWithNote: 0, sent: 0, sentWithNote: 0 };
    want.set(`inv.${month}.received`, counts.received);
    want.set(`inv.${month}.sent`, counts.sent);
    noted(`inv.${month}`, 'received', counts.receivedWithNote);
    noted(`inv.${month}`, 'sent', counts.sentWithNote);
  }
  r.input.files.forEach((file, i) => {
    want.set(`file.${i}.rows`, file.rows);
    Object.values(file.skipped)
      .sort((a, b) => b - a)
      .forEach((n, j) => want.set(`file.${i}.skipped.${j}`, n));
  });
  if (r.warnings.length > 10) want.set('warnings.more', r.warnings.length - 10);
  return want;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

describe('audit --format html in Chromium', () => {
  it('shows the numbers of audit --json, each one, and no other', async () => {
    const { tab, requests, problems } = await open(demoPage);
    const shown = await tab.$$eval('data[data-key]', (nodes) =>
      nodes.map((node) => ({ key: node.getAttribute('data-key') ?? '', value: Number(node.getAttribute('value')), text: node.textContent ?? '' })),
    );
    const want = expectedNumbers(report);
    expect(shown.length).toBeGreaterThan(100);
    for (const { key, value, text } of shown) {
      expect({ key, value }).toEqual({ key, value: want.get(key) });
      expect(text).toBe(/^pct\.|\.pct$/.test(key) ? `${value}%` : value.toLocaleString('en-US'));
    }
    expect(new Set(shown.map((s) => s.key))).toEqual(new Set(want.keys()));

    // Every digit a reader sees is one of those numbers or a date; a warning is the report's sentence as it is.
    const rest = await tab.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const node of body.querySelectorAll('data, time, li.warning')) node.remove();
      return body.textContent ?? '';
    });
    expect(rest).not.toMatch(/\d/);
    expect(await tab.$$eval('li.warning', (items) => items.map((item) => item.textContent))).toEqual(report.warnings.slice(0, 10));

    expect(await tab.getAttribute('header time', 'datetime')).toBe(report.input.exportDate.date);
    expect(await tab.getAttribute('#about dd time', 'datetime')).toBe(report.input.exportDate.date);
    const oldest = strangersByAge(report.contacts).slice(0, 10);
    expect(await tab.$$eval('.people time', (times) => times.map((t) => t.getAttribute('datetime')))).toEqual(oldest.map((c) => c.connectedOn));
    expect(await tab.$$eval('.people .who', (names) => names.map((n) => n.textContent))).toEqual(oldest.map((c) => `${c.firstName} ${c.lastName}`.trim()));
    const companies = strangerCompanies(report.contacts).slice(0, 10);
    expect(await tab.$$eval('.companies tbody th', (cells) => cells.map((c) => c.textContent))).toEqual(companies.map(([name]) => name));

    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it.each([
    ['desktop', 'light'],
    ['desktop', 'dark'],
    ['phone', 'light'],
    ['phone', 'dark'],
  ] as const)('looks as the reference at %s width in the %s scheme, the same on every run', async (width, scheme) => {
    const { tab, requests, problems } = await open(demoPage);
    await tab.setViewportSize({ width: WIDTHS[width], height: 800 });
    await tab.emulateMedia({ colorScheme: scheme, media: 'screen' });
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBe(WIDTHS[width]);
    const first = await tab.screenshot({ fullPage: true, animations: 'disabled' });
    const second = await tab.screenshot({ fullPage: true, animations: 'disabled' });
    expect(second.equals(first)).toBe(true);
    const { problem } = await compareScreenshot(first, join(SCREENSHOTS, `audit-${width}-${scheme}.png`));
    expect(problem).toBeNull();
    if (width === 'desktop' && scheme === 'light') {
      // The README's picture is the top of the same page, checked like the others so that it never goes stale.
      const top = await tab.screenshot({ clip: { x: 0, y: 0, width: WIDTHS.desktop, height: 800 }, animations: 'disabled' });
      expect((await compareScreenshot(top, README_PICTURE)).problem).toBeNull();
    }
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('prints on A4 in light colours, even from a dark desktop, in a few pages', async () => {
    const { tab } = await open(demoPage);
    await tab.emulateMedia({ colorScheme: 'dark', media: 'print' });
    expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const pdf = (await tab.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(6);
    await tab.close();
  });
});

describe('audit --format html on a terminal', () => {
  it('asks for --out rather than printing a page of markup on the screen', async () => {
    let stdout = '';
    let stderr = '';
    const code = await run(['audit', fixture('demo'), '--format', 'html'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: {},
      cwd: process.cwd(),
      stdoutIsTTY: true,
      stderrIsTTY: false,
      stdinIsTTY: false,
      today: '2026-11-18',
      now: new Date(Date.UTC(2026, 10, 18)),
    });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^netprune: --format html writes a web page: add --out report\.html, then open that file in your browser\n$/);
  });
});

describe('hostile text on the audit page', () => {
  it('stays text: no element is made of it and nothing runs', async () => {
    const hostileName = '<img src=x onerror="window.__ran = 1">';
    const hostileCompany = '<script>window.__ran = 2</script>Evil Corp';
    const exportPath = join(dir, 'hostile');
    await mkdir(exportPath);
    const row = (slug: string, first: string, company: string, position: string) =>
      `"${first.replaceAll('"', '""')}",Stone,https://www.linkedin.com/in/${slug},,"${company.replaceAll('"', '""')}","${position.replaceAll('"', '""')}",05 Mar 2011`;
    await writeFile(
      join(exportPath, 'Connections.csv'),
      [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        row('ada', hostileName, hostileCompany, '<iframe src="https://evil.example">'),
        row('bo', 'Bo', hostileCompany, 'Sales'),
      ].join('\n'),
    );
    const page = join(dir, 'hostile.html');
    const run = await netprune(['audit', exportPath, '--format', 'html', '--out', page]);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(page, 'utf8')).not.toMatch(/<img|<script|<iframe/);

    const { tab, requests, problems } = await open(page);
    expect(await tab.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
    expect(await tab.locator('img, script, iframe').count()).toBe(0);
    expect(await tab.textContent('.companies tbody th')).toBe(hostileCompany);
    expect(await tab.$$eval('.people .who', (names) => names.map((n) => n.textContent))).toContain(`${hostileName} Stone`);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

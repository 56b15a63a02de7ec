import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse.js';
import { buildReport } from '../../../src/report/build.js';
import { renderAuditHtml } from '../../../src/report/html/page.js';
import type { Report, ReportContact } from '../../../src/report/schema.js';
import { fixture } from '../../helpers/exec.js';
import { createTranslator } from '../../../src/i18n/translator.js';

/** The page in English, as its references were made. */
const render = (report: Parameters<typeof renderAuditHtml>[0]) => renderAuditHtml(report, createTranslator('en'));

async function reportOf(path: string): Promise<Report> {
  const analysis = await analyse(path, { cwd: process.cwd(), today: '2026-11-18' });
  return buildReport(analysis, new Date(Date.UTC(2026, 10, 18, 11, 6, 40)));
}

const demo = await reportOf(fixture('demo'));
const base = demo.contacts.find((c) => c.label === 'stranger' && c.evidence.invitation === null)!;

/** A report of these contacts, its summary counted from them as buildReport counts it. */
function reportWith(contacts: ReportContact[], more: Partial<Report> = {}): Report {
  const byLabel = { known: 0, 'weak-tie': 0, stranger: 0 };
  for (const c of contacts) byLabel[c.label]++;
  return { ...demo, ...more, contacts, summary: { total: contacts.length, byLabel } };
}

const contact = (overrides: Partial<ReportContact>, evidence: Partial<ReportContact['evidence']> = {}): ReportContact => ({
  ...base,
  ...overrides,
  evidence: { ...base.evidence, ...evidence },
});

/** `data-key="…"` → the value the page gives it (the first, where a number is shown twice). */
function numbers(html: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const [, value, key] of html.matchAll(/<data value="(\d+)" data-key="([^"]+)">/g)) if (!found.has(key!)) found.set(key!, Number(value));
  return found;
}

describe('the audit page', () => {
  it('allows its one style sheet by hash and nothing else: no script, no style attribute, no outside address', () => {
    const html = render(demo);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'">/,
    );
    expect(html).not.toMatch(/<script|<img|<link|<iframe|\sstyle=|\son[a-z]+=|@import|url\(|src=/i);
    expect(html.match(/href="[^"]*"/g)?.every((href) => href.startsWith('href="https://www.linkedin.com/in/'))).toBe(true);
  });

  it('shows every year from the first connection to the last, the empty ones too, then the undated', () => {
    const html = render(
      reportWith([
        contact({ connectedOn: '2010-05-01', label: 'known' }),
        contact({ connectedOn: '2013-01-01' }),
        contact({ connectedOn: null, label: 'weak-tie' }),
      ]),
    );
    const years = [...html.matchAll(/<th scope="row">(?:<time datetime="(\d{4})">|No date)/g)].map((m) => m[1] ?? 'undated');
    expect(years).toEqual(['2010', '2011', '2012', '2013', 'undated']);
    const n = numbers(html);
    expect([n.get('year.2011.total'), n.get('year.2010.known'), n.get('year.2013.stranger'), n.get('year.undated.weak-tie')]).toEqual([0, 1, 1, 1]);
  });

  it('makes a page of an export with no connection, and says there is nothing to count', () => {
    const html = render(reportWith([], { invitations: null }));
    const n = numbers(html);
    expect([n.get('total'), n.get('pct.stranger'), n.get('signal.two-way.pct')]).toEqual([0, 0, 0]);
    expect(html).toContain('No company counts two strangers or more.');
    expect(html).toContain('No stranger with a connection date.');
  });

  it('gives a forged date a thousand years away no thousand rows', () => {
    const html = render(reportWith([contact({ connectedOn: '1024-01-01' }), contact({ connectedOn: '2024-01-01' })]));
    expect(html.match(/<time datetime="\d{4}">/g)).toHaveLength(2);
  });

  it('names each missing file and what its absence costs', () => {
    const html = render({ ...demo, input: { ...demo.input, missing: ['messages', 'contacts'] } });
    expect(html).toContain('<li><b>messages.csv</b>: No conversation counts: everyone without other evidence looks like a stranger.</li>');
    expect(html).toContain('<li><b>Contacts.csv</b>: Your address book cannot show whom you know outside LinkedIn.</li>');
  });

  it('shows every month of invitations, empty ones included, with and without a note, then the undated', () => {
    const counts = (received: number, receivedWithNote: number, sent: number, sentWithNote: number) => ({ received, receivedWithNote, sent, sentWithNote });
    const html = render({
      ...demo,
      invitations: {
        ...counts(2, 1, 2, 1),
        months: [
          { month: '2025-12', ...counts(2, 1, 0, 0) },
          { month: '2026-03', ...counts(0, 0, 1, 0) },
        ],
        undated: counts(0, 0, 1, 1),
      },
    });
    const n = numbers(html);
    expect([n.get('inv.received'), n.get('inv.received.note'), n.get('inv.sent'), n.get('inv.sent.note')]).toEqual([2, 1, 2, 1]);
    const rows = [...html.matchAll(/<th scope="row">(?:<time datetime="([\d-]+)">|No date)/g)]
      .map((m) => m[1] ?? 'undated')
      .filter((p) => p.length === 7 || p === 'undated');
    expect(rows).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', 'undated']);
    expect([n.get('inv.2025-12.received'), n.get('inv.2025-12.received.note'), n.get('inv.2026-01.received'), n.get('inv.2026-03.sent')]).toEqual([2, 1, 0, 1]);
    expect([n.get('inv.undated.sent'), n.get('inv.undated.sent.note'), n.get('inv.2026-03.sent.note')]).toEqual([1, 1, undefined]);
  });

  it('says so when the export has no Invitations.csv', () => {
    expect(render({ ...demo, invitations: null })).toContain('<p class="note">The export has no Invitations.csv.</p>');
  });

  it('stays the same size at 30,000 connections: lists stop at ten and count the rest', () => {
    const contacts = Array.from({ length: 30_000 }, (_, i) =>
      contact({ company: `Company ${i % 5000}`, firstName: `P${i}`, connectedOn: `${2004 + (i % 22)}-0${1 + (i % 9)}-1${i % 10}` }),
    );
    const html = render(reportWith(contacts, { warnings: Array.from({ length: 50 }, (_, i) => `warning ${i}`) }));
    const n = numbers(html);
    expect([n.get('total'), n.get('companies.more'), n.get('oldest.more'), n.get('warnings.more')]).toEqual([30_000, 4990, 29_990, 40]);
    expect(html.match(/<li class="warning">/g)).toHaveLength(10);
    expect(html.length).toBeLessThan(60_000);
  });

  it('keeps markup from the export as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const html = render(
      reportWith([
        contact({ firstName: '<script>alert(2)</script>', company: hostile, url: 'javascript:alert(3)', connectedOn: '2001-01-01' }),
        contact({ company: hostile }),
      ]),
    );
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img|javascript:/);
  });
});

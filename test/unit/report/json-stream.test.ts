import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZodError } from 'zod';
import { analyse } from '../../../src/analyse.js';
import { buildLazyReport, buildReport } from '../../../src/report/build.js';
import { reportJson } from '../../../src/report/json-stream.js';
import { reportSchema, type Report } from '../../../src/report/schema.js';
import { writeOutput } from '../../../src/report/write.js';
import { writeFileAtomic } from '../../../src/util/atomic-write.js';
import { utf8 } from '../../../src/report/emit/guard.js';
import { escapeJsonControls } from '../../../src/util/terminal-text.js';
import type { Io } from '../../../src/util/io.js';
import { fixture } from '../../helpers/exec.js';
import { DELETE, ODD_VALUES } from '../../helpers/odd-values.js';
import type { Analysis, Contact } from '../../../src/analyse.js';

/** What `audit --json` wrote before it was streamed: the report parsed whole, then one string. */
const whole = (report: Report) => `${escapeJsonControls(JSON.stringify(reportSchema.parse(report), null, 2))}\n`;
/** The pieces as text, each read as it comes: a piece in bytes is valid only until the next is asked for. */
function textOf(pieces: Iterable<string | Uint8Array>): string {
  let text = '';
  for (const piece of pieces) text += typeof piece === 'string' ? piece : utf8(piece);
  return text;
}
const streamed = (report: Report) => textOf(reportJson(report));

const GENERATED_AT = new Date(Date.UTC(2026, 10, 18, 11, 6, 40));
const analysisOf = (path: string) => analyse(path, { cwd: process.cwd(), today: '2026-11-18' });
const reportOf = async (path: string): Promise<Report> => buildReport(await analysisOf(path), GENERATED_AT);

const demo = await reportOf(fixture('demo'));
const hostile = await reportOf(fixture('exports/hostile'));

describe('reportJson', () => {
  it.each([
    ['the demo', demo],
    ['the hostile export (escapes, C1 controls, bidi overrides)', hostile],
    ['no contacts', { ...demo, contacts: [], summary: { total: 0, byLabel: { known: 0, 'weak-tie': 0, stranger: 0 } } }],
    ['one contact', { ...demo, contacts: demo.contacts.slice(0, 1) }],
    ['contacts over several batches', { ...demo, contacts: Array.from({ length: 200 }, (_, i) => demo.contacts[i % demo.contacts.length]!) }],
  ])('writes %s byte for byte as the report parsed and stringified whole', (_, report) => {
    expect(streamed(report)).toBe(whole(report));
  });

  it.each([
    ['the demo', 'demo'],
    ['the hostile export', 'exports/hostile'],
  ])('writes %s the same when its contacts are made as they are reached (audit --json)', async (_, path) => {
    const analysis = await analysisOf(fixture(path));
    expect(textOf(reportJson(buildLazyReport(analysis, GENERATED_AT)))).toBe(whole(buildReport(analysis, GENERATED_AT)));
  });

  // audit writes each contact from the analysis, never making its report contact: a broken field of the
  // connection, verdict or evidence must be refused, or written, exactly as zod on the report contact would.
  it('writes an analysed contact with any field broken as the report parsed whole, or fails with its error', async () => {
    const analysis = await analysisOf(fixture('demo'));
    const sample = [analysis.contacts.find((c) => c.evidence.invitation !== null)!, analysis.contacts.find((c) => c.evidence.messages.first !== null)!];
    const paths = [
      ['connection', 'url'],
      ['connection', 'firstName'],
      ['connection', 'position'],
      ['connection', 'connectedOn'],
      ['verdict', 'label'],
      ['verdict', 'reasons'],
      ['verdict', 'score'],
      ['evidence', 'messages', 'sent'],
      ['evidence', 'messages', 'twoWay'],
      ['evidence', 'messages', 'first'],
      ['evidence', 'invitation'],
      ['evidence', 'endorsements', 'given'],
      ['evidence', 'recommendations', 'received'],
      ['evidence', 'sharedEmployer'],
      ['evidence', 'addressBook'],
      ['evidence', 'emailVisible'],
      ['evidence', 'yearsConnected'],
      ['evidence', 'closeness'],
    ];
    for (const contact of sample) {
      for (const path of paths) {
        for (const value of ODD_VALUES) {
          const changed = structuredClone(contact) as unknown as Record<string, Record<string, unknown>>;
          let target: Record<string, unknown> = changed;
          for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
          if (value === DELETE) delete target[path.at(-1)!];
          else target[path.at(-1)!] = value;
          const broken: Analysis = { ...analysis, contacts: [analysis.contacts[0]!, changed as unknown as Contact] };
          const expected = reportSchema.safeParse(buildReport(broken, GENERATED_AT));
          let written: string | ZodError;
          try {
            written = textOf(reportJson(buildLazyReport(broken, GENERATED_AT)));
          } catch (error) {
            written = error as ZodError;
          }
          const outcome = typeof written === 'string' ? written : (written as ZodError).issues;
          expect({ path, value, outcome }).toEqual({
            path,
            value,
            outcome: expected.success ? whole(buildReport(broken, GENERATED_AT)) : expected.error.issues,
          });
        }
      }
    }
  });

  it('the hostile export does exercise the escaping', () => {
    expect(JSON.stringify(hostile)).toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(streamed(hostile)).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('drops what the schema strips and writes keys in the schema order, as parse() does', () => {
    const [first, ...rest] = demo.contacts;
    const { evidence, label, ...others } = first!;
    const shuffled = { evidence, label, ...others, extra: 'not in the schema' };
    const report = { ...demo, contacts: [shuffled, ...rest], extra: 1 } as Report;
    expect(streamed(report)).toBe(whole(report));
    expect(streamed(report)).not.toContain('extra');
  });

  it('checks the envelope before writing anything', () => {
    const pieces = reportJson({ ...demo, generatedAt: 'yesterday' });
    expect(() => pieces.next()).toThrow(ZodError);
  });

  it('fails on an invalid contact with the error reportSchema.parse() gives', () => {
    const report = { ...demo, contacts: Array.from({ length: 50 }, (_, i) => demo.contacts[i % demo.contacts.length]!) };
    report.contacts[40] = { ...demo.contacts[0]!, label: 'friend' as 'known' };
    const expected = reportSchema.safeParse(report).error?.issues;
    expect(expected).toHaveLength(1);
    let error: unknown;
    try {
      streamed(report);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues).toEqual(expected);
  });
});

describe('writeOutput with pieces', () => {
  const io = (cwd: string, out: string[] = []): Io => ({ cwd, stdout: { write: (text: string) => out.push(text) } }) as unknown as Io;

  it('writes the same bytes to a file and to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-json-'));
    const out: string[] = [];
    await writeOutput(io(dir), 'report.json', reportJson(hostile), {});
    await writeOutput(io(dir, out), undefined, reportJson(hostile), {});
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(whole(hostile));
    expect(out.join('')).toBe(whole(hostile));
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes a report of many chunks the same to a file and to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-json-'));
    const many = { ...hostile, contacts: Array.from({ length: 600 }, (_, i) => hostile.contacts[i % hostile.contacts.length]!) };
    const out: string[] = [];
    await writeOutput(io(dir), 'report.json', reportJson(many), {});
    await writeOutput(io(dir, out), undefined, reportJson(many), {});
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(whole(many));
    expect(out.join('')).toBe(whole(many));
  });

  it('writes pieces in bytes among text pieces, of any size, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-json-'));
    const pieces = [
      'head ',
      Buffer.from('é😀 '.repeat(10)),
      Buffer.from('x'.repeat(1_500_000)),
      'b'.repeat(400_000),
      Buffer.from('Zoë '.repeat(300_000)),
      'end\n',
    ];
    await writeFileAtomic(join(dir, 'mixed.txt'), pieces.values());
    expect(readFileSync(join(dir, 'mixed.txt'), 'utf8')).toBe(pieces.map((p) => (typeof p === 'string' ? p : p.toString('utf8'))).join(''));
  });

  it('writes pieces of any size and any characters as their UTF-8, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-json-'));
    const pieces = ['a'.repeat(349_000), 'é😀\u2028', 'b'.repeat(400_000), '', 'Zoë '.repeat(100_000), 'end\n'];
    await writeOutput(io(dir), 'pieces.txt', pieces.values(), {});
    expect(readFileSync(join(dir, 'pieces.txt'), 'utf8')).toBe(pieces.join(''));
  });

  it('leaves the target as it was, and no temporary file, when the pieces fail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-json-'));
    writeFileSync(join(dir, 'report.json'), 'previous');
    const report = { ...demo, contacts: [...demo.contacts, { ...demo.contacts[0]!, score: 2 }] };
    await expect(writeOutput(io(dir), 'report.json', reportJson(report), {})).rejects.toThrow(ZodError);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('still says which path cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-json-'));
    await expect(writeOutput(io(dir), join('missing', 'report.json'), reportJson(demo), {})).rejects.toThrow(/cannot write the report \(ENOENT\)/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

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
import { escapeJsonControls } from '../../../src/util/terminal-text.js';
import type { Io } from '../../../src/util/io.js';
import { fixture } from '../../helpers/exec.js';

/** What `audit --json` wrote before it was streamed: the report parsed whole, then one string. */
const whole = (report: Report) => `${escapeJsonControls(JSON.stringify(reportSchema.parse(report), null, 2))}\n`;
const streamed = (report: Report) => [...reportJson(report)].join('');

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
    expect([...reportJson(buildLazyReport(analysis, GENERATED_AT))].join('')).toBe(whole(buildReport(analysis, GENERATED_AT)));
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
    await expect(writeOutput(io(dir), join('missing', 'report.json'), reportJson(demo), {})).rejects.toThrow(/cannot be written: its folder does not exist/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

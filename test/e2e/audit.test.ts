import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { fixture, netprune } from '../helpers/exec.js';
import type { Report } from '../../src/report/schema.js';

const demo = fixture('demo');
const json = async (args: string[] = []) => {
  const run = await netprune(['audit', demo, '--json', ...args]);
  return { ...run, report: JSON.parse(run.stdout) as Report };
};

describe('audit --json', () => {
  it('writes a report that validates against `netprune schema`, and nothing else on stdout', async () => {
    const schema = JSON.parse((await netprune(['schema'])).stdout) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const { code, report } = await json();
    expect(code).toBe(0);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary.total).toBe(report.contacts.length);
    const { known, 'weak-tie': weak, stranger } = report.summary.byLabel;
    expect(known + weak + stranger).toBe(report.summary.total);
    expect(report.input.owner).toMatchObject({ firstName: 'Camille', lastName: 'Lefèvre', source: 'profile+messages' });
  });

  it('the schema rejects a report that is not one (it can fail)', async () => {
    const schema = JSON.parse((await netprune(['schema'])).stdout) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const { report } = await json();
    expect(validate({ ...report, contacts: [{ ...report.contacts[0], label: 'friend' }] })).toBe(false);
  });

  it('is byte-identical across runs when SOURCE_DATE_EPOCH is set', async () => {
    const first = await json();
    const second = await json();
    expect(first.stdout).toBe(second.stdout);
    expect(first.report.generatedAt).toBe('2026-11-18T11:06:40Z');
  });

  it('gives the same contacts, labels and reasons for the demo as a folder and as a zip', async () => {
    const folder = (await json()).report;
    const zip = JSON.parse((await netprune(['audit', fixture('demo.zip'), '--json'])).stdout) as Report;
    expect(zip.input.type).toBe('zip');
    expect(zip.contacts).toEqual(folder.contacts);
    expect(zip.summary).toEqual(folder.summary);
    const rows = (r: Report) => r.input.files.map((f) => [f.kind, f.rows, f.skipped]);
    expect(rows(zip)).toEqual(rows(folder));
  });

  it('--out writes the same report to a file and leaves stdout empty', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'netprune-out-')), 'report.json');
    const run = await netprune(['audit', demo, '--json', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await json()).stdout);
  });
});

describe('thresholds for CI', () => {
  it('exit 1 with a one-line reason when strangers exceed --max-strangers; the report is still written', async () => {
    const { report } = await json();
    const strangers = report.summary.byLabel.stranger;
    const over = await netprune(['audit', demo, '--json', '--max-strangers', String(strangers - 1)]);
    expect(over.code).toBe(1);
    expect(JSON.parse(over.stdout)).toEqual(report);
    expect(over.stderr.trim().split('\n')).toHaveLength(1);
    expect(over.stderr).toMatch(new RegExp(`${strangers} strangers .* exceed --max-strangers ${strangers - 1}`));
    expect((await netprune(['audit', demo, '--json', '--max-strangers', String(strangers)])).code).toBe(0);
  });

  it('percentages work, for weak ties too', async () => {
    const { report } = await json();
    const share = (report.summary.byLabel['weak-tie'] / report.summary.total) * 100;
    expect((await netprune(['audit', demo, '--json', '--max-weak-ties', `${Math.floor(share) - 1}%`])).code).toBe(1);
    expect((await netprune(['audit', demo, '--json', '--max-weak-ties', `${Math.ceil(share)}%`])).code).toBe(0);
  });

  it('a malformed threshold is a usage error', async () => {
    const run = await netprune(['audit', demo, '--max-strangers', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--max-strangers takes a number or a percentage/);
  });
});

describe('audit for people', () => {
  it('prints totals, the chart, the strangers and warnings, with no escape sequences under NO_COLOR', async () => {
    const run = await netprune(['audit', demo], { env: { NO_COLOR: '1', FORCE_COLOR: '' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Network of Camille Lefèvre: \d+ connections/);
    expect(run.stdout).toMatch(/Connections per year/);
    expect(run.stdout).toMatch(/Strangers connected the longest/);
    expect(run.stdout).toMatch(/Connections\.csv +400 rows\n +8 skipped: hidden member\n/);
    expect(run.stdout).toMatch(/^Next: netprune review \S+demo to keep or remove them/m);
    expect(run.stdout).not.toMatch(/\u001b/);
  });

  it('colours when FORCE_COLOR asks, even in a pipe', async () => {
    expect((await netprune(['audit', demo], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[3\dm/);
  });

  it('--format csv writes one row per connection that a CSV parser reads back', async () => {
    const { report } = await json();
    const run = await netprune(['audit', demo, '--format', 'csv']);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(report.contacts.length);
    expect(rows[0]).toMatchObject({ label: report.contacts[0]!.label, firstName: report.contacts[0]!.firstName });
  });

  it('--format md writes a table row per connection', async () => {
    const { report } = await json();
    const run = await netprune(['audit', demo, '--format', 'md']);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('| [') || /^\| [^-]/.test(l)).length).toBe(report.contacts.length + 1);
  });

  it('warns when messages.csv is missing that everyone looks like a stranger', async () => {
    const run = await netprune(['audit', fixture('exports/2023-late-invitations'), '--json']);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.warnings.join('\n')).toMatch(/No messages\.csv: everyone without other evidence looks like a stranger/);
  });
});

describe('who the owner is', () => {
  it('--me overrides the owner found in the export, and message directions follow', async () => {
    const normal = (await json()).report;
    const someone = normal.contacts.find((c) => c.reasons[0]?.rule === 'two-way')!;
    const run = await netprune(['audit', demo, '--json', '--me', someone.url!]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.input.owner).toMatchObject({ url: someone.url, source: 'flag' });
    // Seen from someone else's seat, the real owner's conversations are no longer 1:1 with "me".
    expect(report.summary.byLabel.known).toBeLessThan(normal.summary.byLabel.known);
  });

  it('a --me in none of the conversations (a slug typed without its accent) is refused, naming the owner found', async () => {
    const typo = 'https://www.linkedin.com/in/camille-lefevre-4b2a91c7';
    const run = await netprune(['audit', demo, '--json', '--me', typo]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `netprune: --me ${typo} takes part in none of the 131 conversations of messages.csv: it is not this export’s owner, and every label would be wrong. ` +
        'netprune finds Camille Lefèvre (https://www.linkedin.com/in/camille-lef%C3%A8vre-4b2a91c7) there: leave --me out, or give that URL\n',
    );
    // A name is met by the participants of that name and by Profile.csv's: the labels stay the owner's.
    const byName = await netprune(['audit', demo, '--json', '--me', 'Camille Lefèvre']);
    expect((JSON.parse(byName.stdout) as Report).summary.byLabel).toEqual({ known: 76, 'weak-tie': 98, stranger: 226 });
    const french = await netprune(['--lang', 'fr', 'explain', demo, 'Leila Lambert', '--me', typo]);
    expect(french.code).toBe(2);
    expect(french.stderr).toMatch(/^netprune: --me \S+ ne participe à aucune des 131 conversations de messages\.csv/);
  });
});

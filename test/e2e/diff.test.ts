import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, netprune } from '../helpers/exec.js';
import { shellQuote } from '../../src/util/shell-quote.js';
import { diffReportSchema, type DiffReport } from '../../src/report/diff-schema.js';

const demo = fixture('demo');
const later = fixture('demo-later');
const state = fixture('demo-later/netprune-decisions.json');
const ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const temp = (name: string) => mkdtempSync(join(tmpdir(), `netprune-diff-${name}-`));

async function json(args: string[]) {
  const run = await netprune(['diff', ...args, '--json']);
  return { ...run, report: diffReportSchema.parse(JSON.parse(run.stdout)) as DiffReport };
}
const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName.trim()} ${p.lastName.trim()}`;

describe('diff', () => {
  it('shows who was added and removed, and whose label changed and why', async () => {
    const run = await netprune(['diff', demo, later]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      /^.*demo → .*demo-later\n {2}400 → 374 connections: 12 added, 38 removed, 362 in both; 13 changed label\n {2}Both judged by coffee-test as of Nov 18, 2026/,
    );
    expect(run.stdout).toContain('\nAdded (12)\n');
    expect(run.stdout).toContain('\nRemoved (38)\n');
    expect(run.stdout).toContain(
      [
        '  Elena Fontaine  CEO & co-fondateur at Indépendant',
        '    stranger → known',
        '    was: Invitation without a note (the mobile app sends none, so this proves nothing)',
        '    now: 5 messages both ways (3 sent, 2 received), last on 2027-02-01',
      ].join('\n'),
    );
    // A label that drops because the export forgot something says so.
    expect(run.stdout).toContain(
      '    why: The invitation of Apr 10, 2026 is no longer in Invitations.csv, which keeps only recent months (the newer one starts on Jun 14, 2026)',
    );
    expect(run.stdout).not.toContain('Your decisions');
  });

  it('--json: the same, with every person\u2019s label and reasons', async () => {
    const { code, report } = await json([demo, later]);
    expect(code).toBe(0);
    expect(report.summary).toEqual({ added: 12, removed: 38, inBoth: 362, relabelled: 13, matchedByName: 0, pending: null });
    expect(report.decisions).toBeNull();
    expect(report.removed.every((r) => r.decision === null)).toBe(true);
    const moves = report.relabelled.map((r) => `${r.before.label}→${r.after.label}`);
    expect(moves.filter((m) => m === 'stranger→known')).toHaveLength(4);
    expect(moves.filter((m) => m === 'weak-tie→known')).toHaveLength(3);
    expect(moves.filter((m) => m === 'known→stranger')).toHaveLength(1);
    const phone = report.relabelled.find((r) => r.before.label === 'known' && r.after.label === 'stranger');
    expect(phone?.lost).toEqual([{ id: 'address-book', detail: 'No longer in your address book (Contacts.csv)' }]);
    expect(report.added.map((a) => a.label).sort()).toEqual([
      'known',
      'known',
      'known',
      'stranger',
      'stranger',
      'stranger',
      'stranger',
      'weak-tie',
      'weak-tie',
      'weak-tie',
      'weak-tie',
      'weak-tie',
    ]);
  });

  it('matches by profile key: of two people with one name, only the one removed is listed', async () => {
    const { report } = await json([demo, later]);
    const removedNames = new Set(report.removed.map(fullName));
    const twin = JSON.parse((await netprune(['audit', later, '--json'])).stdout).contacts.filter((c: { firstName: string; lastName: string }) =>
      removedNames.has(fullName(c)),
    );
    expect(twin).toHaveLength(1);
    expect(report.removed.find((r) => fullName(r) === fullName(twin[0]))?.url).not.toBe(twin[0].url);
  });

  it('--state shows who you marked for removal and is still connected', async () => {
    const run = await netprune(['diff', demo, later, '--state', state]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  42 marked for removal: 36 no longer connected, 6 still connected\n\nStill connected: remove these people on LinkedIn (6)\n  Benoît Chevalier           https://www.linkedin.com/in/beno%C3%AEt-chevalier-bc502d4d\n',
    );
    expect(run.stdout).toContain('  Marked keep but no longer connected: Malik André');
    const { report } = await json([demo, later, '--state', state]);
    expect(report.summary.pending).toBe(6);
    expect(report.decisions).toMatchObject({ marked: 42, done: 36, unclear: [], keptButGone: [{ key: 'in/malik-andré-c92e0f29', name: 'Malik André' }] });
    expect(report.decisions?.pending.every((p) => p.label === 'stranger' && p.matchedBy === 'url' && p.url !== null)).toBe(true);
    expect(report.removed.filter((r) => r.decision === 'remove')).toHaveLength(36);
    expect(report.removed.filter((r) => r.decision === null).map(fullName)).toEqual(['Loïc Caron']);
  });

  it('--fail-on-pending exits 1 while marked people remain, for a scheduled check, and 0 once they are gone', async () => {
    const pending = await netprune(['diff', demo, later, '--state', state, '--fail-on-pending', '--json']);
    expect(pending.code).toBe(1);
    expect(pending.stderr).toBe('netprune: 6 people marked for removal are still connected (--fail-on-pending)\n');
    expect(diffReportSchema.parse(JSON.parse(pending.stdout)).summary.pending).toBe(6);

    const file = JSON.parse(readFileSync(state, 'utf8')) as { decisions: Record<string, unknown> };
    const stillThere = new Set((await json([demo, later, '--state', state])).report.decisions?.pending.map((p) => p.key));
    const done = join(temp('done'), 'decisions.json');
    writeFileSync(done, JSON.stringify({ ...file, decisions: Object.fromEntries(Object.entries(file.decisions).filter(([key]) => !stillThere.has(key))) }));
    const clean = await netprune(['diff', demo, later, '--state', done, '--fail-on-pending']);
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(clean.stdout).toContain('  Done: nobody you marked for removal is still connected.');
  });

  it('says when the exports look swapped, and how to run it the right way round; nothing when they are in order', async () => {
    const swapped = await netprune(['diff', later, demo]);
    expect(swapped.code).toBe(0);
    expect(swapped.stderr).toContain(
      `is dated Feb 26, 2027, after ${shellQuote(demo)} (Nov 18, 2026): the older export comes first, or those removed since read as added. Did you mean: netprune diff ${shellQuote(demo)} ${shellQuote(later)}\n`,
    );
    expect((await netprune(['diff', demo, later])).stderr).not.toContain('the older export comes first');
  });

  it('refuses what cannot be compared: exit 2 and one line', async () => {
    const fails = async (args: string[], message: RegExp) => {
      const run = await netprune(['diff', ...args]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    };
    await fails([demo, later, '--fail-on-pending'], /--fail-on-pending needs the decisions file: add --state FILE/);
    await fails([demo, later, '--state', 'no-such-decisions.json'], /no-such-decisions\.json: does not exist/);
    const other = join(temp('owner'), 'decisions.json');
    writeFileSync(other, readFileSync(state, 'utf8').replace('"owner": "in/camille-lefèvre-4b2a91c7"', '"owner": "in/someone-else"'));
    await fails([demo, later, '--state', other], /holds the decisions of another LinkedIn account \(in\/someone-else\)/);
    const stranger = temp('account');
    cpSync(fixture('exports/2024-dec'), stranger, { recursive: true });
    writeFileSync(join(stranger, 'messages.csv'), readFileSync(join(stranger, 'messages.csv'), 'utf8').replaceAll('camille-lefèvre-4b2a91c7', 'alex-kim-0001'));
    await fails([fixture('exports/2024-dec'), stranger], /is the export of another LinkedIn account \(in\/alex-kim-0001\)/);
  });

  it('matches by name when the older export has no profile URLs', async () => {
    const [older, newer] = [temp('old'), temp('new')];
    writeFileSync(
      join(older, 'Connections.csv'),
      'First Name,Last Name,Email Address,Company,Position,Connected On\nHélène,Dubois,,Acme Corp,Product Owner,12 Mar 2019\nKim,"Park, PhD",,Globex,CTO,01 Feb 2020\nKim,"Park, PhD",,Initech,Designer,03 Apr 2021\nOmar,Haddad,,Contoso,Engineer,05 May 2018\n',
    );
    writeFileSync(
      join(newer, 'Connections.csv'),
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
        'Hélène,Dubois,https://www.linkedin.com/in/helene-dubois,,Northwind,Product Lead,12 Mar 2019\n' +
        'Kim,"Park, PhD",https://www.linkedin.com/in/kim-park-1,,Contoso,CTO,01 Feb 2020\n' +
        'Kim,"Park, PhD",https://www.linkedin.com/in/kim-park-2,,Initech,Designer,03 Apr 2021\n' +
        'Noah,Lee,https://www.linkedin.com/in/noah-lee,,Globex,PM,02 Jan 2025\n',
    );
    const { code, report } = await json([older, newer]);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ added: 1, removed: 1, inBoth: 3, matchedByName: 3 });
    expect(report.added.map(fullName)).toEqual(['Noah Lee']);
    expect(report.removed.map(fullName)).toEqual(['Omar Haddad']);
    expect((await netprune(['diff', older, newer])).stdout).toContain('  3 matched by name, as an export without profile URLs allows.');
  });

  it('never lets a name from an export drive the terminal', async () => {
    const hostile = fixture('exports/hostile');
    const run = await netprune(['diff', demo, hostile], { env: { FORCE_COLOR: '0' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Ada Quill');
    expect(run.stdout).not.toMatch(ESCAPES);
    expect(run.stdout).not.toContain('\u202e');
  });
});

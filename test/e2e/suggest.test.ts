import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, netprune } from '../helpers/exec.js';
import { suggestReportSchema, type SuggestReport } from '../../src/report/suggest-schema.js';
import type { Report } from '../../src/report/schema.js';

const demo = fixture('demo');
const later = fixture('demo-later');
const ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

async function json(path: string) {
  const run = await netprune(['suggest', path, '--json']);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return { ...run, report: suggestReportSchema.parse(JSON.parse(run.stdout)) as SuggestReport };
}
const names = (report: SuggestReport) => report.suggestions.map((s) => s.name);

describe('suggest', () => {
  it('lists people you know who are not connections, by strength of evidence, each with why', async () => {
    const run = await netprune(['suggest', demo]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      /^People you know who are not among your 400 connections \(.*demo\): 11\nExported on Nov 18, 2026 or later \(the date of its newest record\)\n\nGood evidence \(11\)\n {3}1\. Aurélie Garnier {2}no profile URL in the export\n {8}• In your address book \(Contacts\.csv\), with a work e-mail address\n/,
    );
    expect(run.stdout).toContain(
      "Left out: 15 people known only from your phone's address book (a phone number or a personal e-mail, nothing professional); 1 record whose name fits several of your connections.",
    );
    expect(run.stdout).toContain('Positions.csv lists only your own employers');
  });

  it('is not flooded by the phone’s address book: a contact with only a phone number never makes a suggestion', async () => {
    const { report } = await json(demo);
    // In Contacts.csv from the phone, with a number or nothing at all.
    for (const phoneOnly of ['Mamie Lefèvre', 'Plombier Dupuis', 'Garage du Centre', 'Nounou Sylvie']) expect(names(report)).not.toContain(phoneOnly);
    expect(report.suggestions.filter((s) => s.tier === 'some')).toEqual([]);
    for (const s of report.suggestions) {
      const book = s.person.addressBook;
      const professional = s.person.signals.some((signal) => signal.id !== 'address-book') || book?.withWorkEmail === true || book?.companies !== '';
      expect(professional, s.name).toBe(true);
    }
  });

  it('--json: never a connection, each person once, ranked by strength', async () => {
    const { report } = await json(demo);
    const audit = JSON.parse((await netprune(['audit', demo, '--json'])).stdout) as Report;
    const connected = new Set(audit.contacts.map((c) => `${c.firstName.trim()} ${c.lastName.trim()}`));
    expect(report.summary).toEqual({
      suggestions: 11,
      byTier: { strong: 0, good: 11, some: 0 },
      leftOut: { notProfessional: 15, singleName: 0, ambiguous: 1 },
    });
    expect(names(report).filter((n) => connected.has(n))).toEqual([]);
    expect(new Set(report.suggestions.map((s) => s.person.id)).size).toBe(report.suggestions.length);
    expect(report.suggestions.map((s) => s.rank)).toEqual(report.suggestions.map((_, i) => i + 1));
    const strengths = report.suggestions.map((s) => s.person.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    expect(names(report)).not.toContain('Maman');
  });

  it('finds a colleague, a recommender, someone pruned by mistake, and leaves one-way contact out (demo-later)', async () => {
    const { report } = await json(later);
    expect(names(report).slice(0, 5)).toEqual(['Julien Rossi', 'Amara Rousseau', 'Ingrid Khan', 'Diego Guérin', 'Nadia Lefort']);
    const [julien, amara, , diego] = report.suggestions;
    expect(julien).toMatchObject({ tier: 'strong', person: { url: 'https://www.linkedin.com/in/julien-rossi-f21edd20', strength: 10 } });
    expect(julien?.person.signals.map((s) => s.detail)).toEqual([
      '6 messages both ways (3 sent, 3 received), last on 2026-12-16',
      'In your address book (Contacts.csv), with a work e-mail address',
      'Contacts.csv gives their company as Initech; you worked at Initech, Inc. (Positions.csv)',
      'Both of you wrote in 1 group conversation ("Anciens d’Initech 🍻")',
    ]);
    expect(amara?.person.signals.map((s) => s.id)).toEqual(['recommendation-received', 'shared-employer']);
    // Removed in the review, then wrote back: the pruning went one too far.
    expect(diego?.person).toMatchObject({
      signals: [{ id: 'two-way' }],
      notes: [{ id: 'invitation', detail: 'You invited them on 2027-02-26 (with a note); not connected yet' }],
    });
    const ravi = report.suggestions.find((s) => s.name === 'Ravi Kowalski');
    expect(ravi?.person.signals.map((s) => s.detail)[0]).toBe(
      'Your group conversation "Anciens d’Initech 🍻" is named after Initech, Inc., where you worked (Positions.csv)',
    );
    // Strangers who wrote and got no answer, and people the owner wrote to in vain, are not acquaintances.
    const text = (await netprune(['suggest', later])).stdout;
    expect(text).not.toContain('Étienne Hoarau');
    expect(report.summary.suggestions).toBe(17);
    // Kept in the review, gone since, and an endorser: only connections endorse, so a former one.
    expect(report.suggestions.find((s) => s.name === 'Malik André')?.person.signals.map((s) => s.id)).toEqual(['endorsement-received']);
  });

  it('is byte-identical across runs, and the same for the folder and the zip', async () => {
    const first = await json(demo);
    expect((await json(demo)).stdout).toBe(first.stdout);
    expect((await json(fixture('demo.zip'))).report.suggestions).toEqual(first.report.suggestions);
  });

  it('never lets a name from the address book drive the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-hostile-suggest-'));
    writeFileSync(
      join(dir, 'Connections.csv'),
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Quill,https://www.linkedin.com/in/ada-quill,,Acme,Engineer,05 Mar 2024\n',
    );
    writeFileSync(
      join(dir, 'Contacts.csv'),
      'Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles\n' +
        'MOBILE_CONTACTS,Eve\u001b[2J,Hacker,"Acme\u001b]8;;https://evil.example/\u0007",,eve@example.com,,,,,,Eve\u001b[2J Hacker\u202e,,,,\n',
    );
    const run = await netprune(['suggest', dir], { env: { FORCE_COLOR: '0' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1. Eve Hacker');
    expect(run.stdout).not.toMatch(ESCAPES);
    expect(run.stdout).not.toContain('\u202e');
  });
});

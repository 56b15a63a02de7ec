import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectInputError, netprune } from '../helpers/exec.js';
import { reportSchema } from '../../src/report/schema.js';
import { suggestReportSchema } from '../../src/report/suggest-schema.js';
import { diffReportSchema } from '../../src/report/diff-schema.js';

/**
 * Evidence and decisions go to the right person (issue 14): a titled two-person thread is a 1:1
 * conversation, what fits two namesakes is counted for neither and said, and a decision saved by name
 * never lands on a namesake.
 * Every export here is invented and written to a temporary folder that the tests remove.
 */

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function exportOf(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'netprune-attribution-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

const PROFILE =
  'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nMaëlle,Rocher,,,,Product manager,,,,,,,\n';
const ME = ['Maëlle Rocher', 'https://www.linkedin.com/in/maelle-rocher-0c4f'] as const;
const MESSAGES_HEADER = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n';

/** One thread of `owner` messages from the owner and `contact` from the other person, one recipient per row. */
function thread(id: string, title: string, other: readonly [string, string], owner: number, contact: number): string {
  const rows: string[] = [];
  for (let i = 0; i < owner + contact; i++) {
    const [from, to] = i < owner ? [ME, other] : [other, ME];
    const date = `2025-0${1 + (i % 9)}-1${i % 10} 10:00:00 UTC`;
    rows.push(`${id},${title},${from[0]},${from[1]},${to[0]},${to[1]},${date},${title},Message ${i + 1},INBOX\n`);
  }
  return rows.join('');
}

describe('a titled conversation between two people is 1:1', () => {
  const bastien = ['Bastien Varga', 'https://www.linkedin.com/in/bastien-varga-7e21'] as const;
  const yanis = ['Yanis Fercot', 'https://www.linkedin.com/in/yanis-fercot-33a0'] as const;
  const folder = exportOf({
    'Profile.csv': PROFILE,
    'Connections.csv':
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'Bastien,Varga,https://www.linkedin.com/in/bastien-varga-7e21,,Contoso,Account Executive,14 Feb 2021\n',
    'messages.csv':
      MESSAGES_HEADER +
      thread('2-aW5tYWls', 'Sales Navigator: Contoso renewal', bastien, 7, 2) +
      thread('2-c3VnZ2VzdA==', 'Re: your talk in Lyon', yanis, 3, 3),
  });

  it('audit counts its messages as 1:1, both ways, not as a group chat', async () => {
    const run = await netprune(['audit', folder, '--json']);
    expect(run.code).toBe(0);
    const [contact] = reportSchema.parse(JSON.parse(run.stdout)).contacts;
    expect(contact?.evidence.messages).toMatchObject({ sent: 7, received: 2, twoWay: true, conversations: 1, groupConversations: 0 });
    expect(contact?.label).toBe('known');
    expect(contact?.reasons[0]?.rule).toBe('two-way');
  });

  it('suggest finds a non-connection met in such a thread', async () => {
    const run = await netprune(['suggest', folder, '--json']);
    expect(run.code).toBe(0);
    const report = suggestReportSchema.parse(JSON.parse(run.stdout));
    const found = report.suggestions.find((s) => s.name === 'Yanis Fercot');
    expect(found?.person.messages).toMatchObject({ sent: 3, received: 3, conversations: 1, twoWayConversations: 1, groupConversations: 0 });
    expect(found?.person.signals.map((s) => s.id)).toContain('two-way');
  });
});

describe('namesakes in an export without profile URLs', () => {
  // A 2022 export: no URL column in Connections.csv, sender URLs but no recipient URLs in messages.csv.
  const eva = ['Eva Petit', 'https://www.linkedin.com/in/eva-petit-5b19'] as const;
  const evaRows = Array.from({ length: 14 }, (_, i) => {
    const [from, to] = i % 2 === 0 ? [eva, ME] : [ME, eva];
    return `2-ZXZh,,${from[0]},${from[1]},${to[0]},2025-04-${10 + i} 10:00:00 UTC,,Message ${i + 1},INBOX\n`;
  });
  const folder = exportOf({
    'Profile.csv': PROFILE,
    'Connections.csv':
      'First Name,Last Name,Email Address,Company,Position,Connected On\n' +
      'Eva,Petit,,Contoso,Data Analyst,12 Mar 2015\n' +
      'Eva,Petit,,Fabrikam,Nurse,03 Jan 2020\n' +
      'Hugo,Marchal,,Northwind,Engineer,05 May 2018\n',
    'messages.csv': `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n${evaRows.join('')}`,
  });
  const SAID = '14 messages with an Eva Petit, but 2 connections share this name and nothing in the export tells which: counted for none of them';

  it('the audit summary says that some records fit two namesakes', async () => {
    const run = await netprune(['audit', folder]);
    expect(run.stdout).toContain(
      '! 2 connections share their name with another connection, and the export has records that fit both: counted for none of them, and said in their reasons (same-name; see netprune explain).\n',
    );
  });

  it('neither is called a stranger for want of evidence: both carry a same-name reason, in JSON and CSV', async () => {
    const run = await netprune(['audit', folder, '--json']);
    expect(run.code).toBe(0);
    const evas = reportSchema.parse(JSON.parse(run.stdout)).contacts.filter((c) => c.firstName === 'Eva');
    expect(evas.map((c) => [c.company, c.label, c.reasons])).toEqual([
      ['Contoso', 'weak-tie', [{ rule: 'same-name', detail: SAID }]],
      ['Fabrikam', 'weak-tie', [{ rule: 'same-name', detail: SAID }]],
    ]);
    expect(evas.every((c) => c.evidence.messages.sent + c.evidence.messages.received === 0)).toBe(true);
    const csv = await netprune(['audit', folder, '--format', 'csv']);
    expect(csv.stdout.split('\n').filter((line) => line.includes(`same-name: ${SAID}`))).toHaveLength(2);
  });

  it('a plugin that would call them strangers for want of a message is overruled the same way', async () => {
    const run = await netprune(['audit', folder, '--json', '--classifier', 'fixtures/plugins/example-classifier.mjs']);
    const evas = reportSchema.parse(JSON.parse(run.stdout)).contacts.filter((c) => c.firstName === 'Eva');
    expect(evas.map((c) => c.label)).toEqual(['weak-tie', 'weak-tie']);
  });

  it('explain numbers the matches, picks one by --pick or by name and company, and shows what was not counted', async () => {
    const list = await netprune(['explain', folder, 'Eva Petit']);
    expect(list.code).toBe(0);
    expect(list.stdout).toBe(
      [
        '2 connections match "Eva Petit"; add --pick and a number (--pick 2) or give the name and the company ("Eva Petit, Contoso"):',
        '  1. weak-tie  Eva Petit  Data Analyst at Contoso  connected Mar 12, 2015',
        '  2. weak-tie  Eva Petit  Nurse at Fabrikam  connected Jan 3, 2020',
        '',
      ].join('\n'),
    );
    const second = await netprune(['explain', folder, 'Eva Petit', '--pick', '2']);
    expect(second.stdout.split('\n')[0]).toBe('Eva Petit  Nurse at Fabrikam');
    expect(second.stdout).toContain(`  • ${SAID} [same-name]\n`);
    expect(second.stdout).toContain("  Not counted above: 14 messages, which could be theirs or their namesake's (1 other connection has this name)\n");
    expect((await netprune(['explain', folder, 'eva petit, FABRIKAM'])).stdout).toBe(second.stdout);
    expect((await netprune(['explain', folder, 'Eva Petit at Fabrikam'])).stdout).toBe(second.stdout);
  });

  it('explain --pick past the list is an input error that says how many there are', async () => {
    await expectInputError(
      ['explain', folder, 'Eva Petit', '--pick', '3'],
      /attribution/,
      /--pick 3: only 2 connections match "Eva Petit"\. Give a number from 1 to 2/,
    );
  });

  it('suggest does not offer either of them as someone to invite', async () => {
    const run = await netprune(['suggest', folder, '--json']);
    expect(suggestReportSchema.parse(JSON.parse(run.stdout)).suggestions.map((s) => s.name)).toEqual([]);
  });
});

describe('decisions saved by name', () => {
  const older = exportOf({
    'Connections.csv':
      'First Name,Last Name,Email Address,Company,Position,Connected On\n' +
      'Greta,Diallo,,Wayne Enterprises,Analyst,04 Mar 2012\n' +
      'Hugo,Marchal,,Northwind,Engineer,05 May 2018\n',
  });
  const newer = exportOf({
    'Connections.csv':
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'Greta,Diallo,https://www.linkedin.com/in/greta-diallo,,"Tailspin, Inc.",Designer,01 Jun 2019\n' +
      'Hugo,Marchal,https://www.linkedin.com/in/hugo-marchal-8c1d,,Northwind,Engineer,05 May 2018\n',
  });
  /** A decisions file as netprune wrote it before it kept connection dates: the name alone is the key. */
  const state = join(exportOf({}), 'decisions.json');
  writeFileSync(
    state,
    JSON.stringify({
      netprune: 'decisions',
      version: 1,
      export: older,
      owner: null,
      decisions: {
        'name:greta diallo': {
          decision: 'remove',
          name: 'Greta Diallo',
          url: null,
          company: 'Wayne Enterprises',
          position: 'Analyst',
          decidedAt: '2024-02-01T10:00:00.000Z',
        },
        // As netprune saves one today: with the connection date, without which it would be asked again.
        'name:hugo marchal|northwind|2018-05-05': {
          decision: 'remove',
          name: 'Hugo Marchal',
          url: null,
          company: 'Northwind',
          position: 'Engineer',
          connectedOn: '2018-05-05',
          decidedAt: '2024-02-01T10:00:00.000Z',
        },
      },
    }),
  );

  it('diff never names a namesake at another company for removal, and says why the decision is not applied', async () => {
    const run = await netprune(['diff', older, newer, '--state', state]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Still connected: remove this person on LinkedIn (1)\n  Hugo Marchal');
    expect(run.stdout).not.toContain('https://www.linkedin.com/in/greta-diallo\n');
    expect(run.stdout).toContain(
      [
        'Unclear: saved by name, and the one of that name here may be someone else (1)',
        '  Greta Diallo, marked remove at Wayne Enterprises; the Greta Diallo here is at Tailspin, Inc., connected Jun 1, 2019',
        '  Not applied: check them by hand on LinkedIn.',
      ].join('\n'),
    );
    const json = diffReportSchema.parse(JSON.parse((await netprune(['diff', older, newer, '--state', state, '--json'])).stdout));
    expect(json.decisions?.pending.map((p) => [p.firstName, p.url, p.matchedBy])).toEqual([
      ['Hugo', 'https://www.linkedin.com/in/hugo-marchal-8c1d', 'name+company+date'],
    ]);
    expect(json.decisions?.unclear.map((u) => u.key)).toEqual(['name:greta diallo']);
  });
});

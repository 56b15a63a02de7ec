import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, netprune } from '../helpers/exec.js';
import { invitationsReportSchema, type InvitationsReport } from '../../src/report/invitations-schema.js';

const demo = fixture('demo');
const later = fixture('demo-later');
const ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

async function json(args: string[], env: Record<string, string> = {}) {
  const run = await netprune(['invitations', ...args, '--json'], { env });
  expect(run.stderr).toBe('');
  return { ...run, report: invitationsReportSchema.parse(JSON.parse(run.stdout)) as InvitationsReport };
}
const byName = (report: InvitationsReport, name: string) => report.invitations.find((i) => i.name === name)!;

/** Exit 2, nothing on stdout, the reason on stderr's first line (commander adds a hint for a bad flag). */
async function expectUsageFailure(args: string[], message: RegExp, lines = 1) {
  const run = await netprune(['invitations', ...args]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(lines);
  expect(run.stderr.split('\n')[0]).toMatch(message);
}

describe('invitations', () => {
  it('lists received then sent invitations, says the file only covers recent months, and writes replies to paste', async () => {
    const run = await netprune(['invitations', demo]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).toMatch(
      /^Invitations in .*demo: 24 received, 14 sent, Feb 22, 2026 to Nov 7, 2026\nExported on Nov 18, 2026 or later \(the date of its newest record\)\n/,
    );
    expect(out).toContain('Invitations.csv only keeps recent months (about the last 9 to 10): older invitations are not in the export.');
    expect(out.indexOf('Received (24)')).toBeLessThan(out.indexOf('Sent (14)'));
    expect(out).toContain(
      [
        '  Nov 5, 2026   Élodie Moreau  no note',
        '              connected · stranger: Invitation without a note (the mobile app sends none, so this proves nothing)',
        '              Reply to paste:',
        '                Hi Élodie, thank you for the invitation! I like to know the people I connect with: what brings you to me?',
      ].join('\n'),
    );
    expect(out).toContain(
      '  Nov 7, 2026   Cédric Noël  no note\n              not connected (waiting, ignored or declined): They wrote you 2 messages 1:1; you never answered\n',
    );
    expect(out).toMatch(/\n5 replies to paste above, for invitations without a note from people you do not know \(in English; /);
    // Those of more than three months before the day judged as of (2026-11-18) get none.
    expect(out).toContain('  Jul 26, 2026  Noah Leroy  no note\n');
    expect(out).toContain('\n8 invitations without a note from people you do not know get no reply: older than three months, or undated.\n');
  });

  it('--json: every invitation with what netprune knows of the person; replies only where one is due', async () => {
    const { code, report } = await json([demo]);
    expect(code).toBe(0);
    expect(report.summary).toEqual({ incoming: 24, outgoing: 14, withNote: 12, connected: 22, replies: 5, withheld: 8 });
    expect(report.coverage).toMatchObject({ first: '2026-02-22T08:30:00Z', last: '2026-11-07T07:25:00Z' });
    expect(report.reply).toEqual({ language: 'en', template: 'built-in' });
    for (const i of report.invitations) {
      expect(i.contact === null).toBe(i.connected !== 'yes');
      expect(i.outsider === null).toBe(i.connected !== 'no');
      const bare = i.direction === 'incoming' && !i.withNote && !i.known;
      expect(i.reply !== null).toBe(bare && i.sentAt !== null && i.sentAt >= '2026-08-18');
      expect(i.replyWithheld !== null).toBe(bare && i.reply === null);
      if (i.contact !== null) expect(i.known).toBe(i.contact.label !== 'stranger');
    }
    expect(byName(report, 'Noémie Fontaine')).toMatchObject({ withNote: true, connected: 'yes', contact: { label: 'weak-tie' }, reply: null });
    expect(byName(report, 'Élodie Moreau').url).toBe('https://www.linkedin.com/in/elodie-moreau-17db8822');
  });

  it('is byte-identical across runs, the folder and the zip giving the same invitations', async () => {
    const first = await json([demo]);
    expect((await json([demo])).stdout).toBe(first.stdout);
    expect(first.report.generatedAt).toBe('2026-11-18T11:06:40Z');
    expect((await json([fixture('demo.zip')])).report.invitations).toEqual(first.report.invitations);
  });

  it('someone who is not a connection but whom you know gets no reply, and says why (demo-later)', async () => {
    const { report } = await json([later]);
    expect(report.coverage.first).toBe('2026-06-14T13:45:00Z');
    const julien = byName(report, 'Julien Rossi');
    expect(julien).toMatchObject({ direction: 'incoming', withNote: false, connected: 'no', known: true, reply: null });
    expect(julien.outsider?.signals.map((s) => s.id)).toEqual(['two-way', 'address-book', 'shared-employer', 'group']);
    const text = (await netprune(['invitations', later])).stdout;
    expect(text).toContain(
      '  Jan 5, 2027   Julien Rossi  no note\n              not connected (waiting, ignored or declined), but you know them:\n                • 6 messages both ways',
    );
  });

  it('writes French replies with --lang fr, or when the locale is French', async () => {
    const reply =
      'Bonjour Élodie, merci pour votre invitation\u202F! J’aime connaître les personnes avec qui je suis en relation\u202F: qu’est-ce qui vous amène\u202F?';
    expect(byName((await json([demo, '--lang', 'fr'])).report, 'Élodie Moreau').reply).toBe(reply);
    expect((await json([demo], { LANG: 'fr_FR.UTF-8' })).report.reply.language).toBe('fr');
    expect((await json([demo], { LANG: 'fr_FR.UTF-8', LC_ALL: 'C' })).report.reply.language).toBe('en');
    expect((await json([demo, '--lang', 'en'], { LC_ALL: 'fr_CA.UTF-8' })).report.reply.language).toBe('en');
    expect((await netprune(['invitations', demo], { env: { LC_MESSAGES: 'fr_BE.UTF-8' } })).stdout).toContain(
      '(en français\u202F; --lang en|fr ou --template FICHIER pour en changer)',
    );
    expect((await netprune(['invitations', demo, '--lang', 'en'], { env: { LC_MESSAGES: 'fr_BE.UTF-8' } })).stdout).toContain(
      '(in English; --lang en|fr or --template FILE to change it)',
    );
  });

  it('--lang with --template: the report in that language, the reply in your own words', async () => {
    const { report } = await json([demo, '--lang', 'fr', '--template', 'fixtures/templates/reply.txt']);
    expect(report.reply).toEqual({ language: null, template: 'fixtures/templates/reply.txt' });
    const text = (await netprune(['invitations', demo, '--lang', 'fr', '--template', 'fixtures/templates/reply.txt'])).stdout;
    expect(text).toContain('              Réponse à coller\u202F:\n                Hello Élodie,\n');
  });

  it('--template uses your own words, lines and all', async () => {
    const { report } = await json([demo, '--template', 'fixtures/templates/reply.txt']);
    expect(report.reply).toEqual({ language: null, template: 'fixtures/templates/reply.txt' });
    expect(byName(report, 'Élodie Moreau').reply).toBe(
      'Hello Élodie,\nthanks for the invitation. Have we met? Tell me what brings you here and I will happily accept.\nCamille',
    );
    const text = (await netprune(['invitations', demo, '--template', fixture('templates/reply.txt')])).stdout;
    expect(text).toContain('              Reply to paste:\n                Hello Élodie,\n                thanks for the invitation.');
  });

  it('a bad template, language or export is one clear line and exit 2', async () => {
    await expectUsageFailure(
      [demo, '--template', 'fixtures/templates/typo.txt'],
      /^netprune: fixtures\/templates\/typo\.txt:1: has an unknown placeholder \{firstname\} \(did you mean \{firstName\}\?\); use \{firstName\}, \{lastName\}, \{fullName\}, \{myFirstName\}\. Fix the template/,
    );
    await expectUsageFailure([demo, '--template', 'fixtures/templates/unclosed.txt'], /unclosed\.txt:1: has a "\{" that is never closed/);
    await expectUsageFailure([demo, '--template', 'no-such-template.txt'], /no-such-template\.txt: does not exist/);
    await expectUsageFailure([demo, '--lang', 'de'], /--lang <language>' argument 'de' is invalid\. Allowed choices are en, fr/, 2);
    await expectUsageFailure([fixture('exports/2020-no-preamble')], /2020-no-preamble: has no Invitations\.csv/);
  });

  it('reads exports whose invitations have no profile URLs, joining connections by name', async () => {
    const { report } = await json([fixture('exports/2018-complete')]);
    expect(report.invitations.map((i) => [i.name, i.connected, i.contact?.label ?? null])).toEqual([
      ['Hélène Dubois', 'yes', 'known'],
      ['Omar Haddad', 'yes', 'known'],
      ['Yann Le Goff', 'no', null],
    ]);
  });

  it('greets past a title, and without a name when the name holds no letter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-greetings-'));
    writeFileSync(join(dir, 'Connections.csv'), 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n');
    writeFileSync(
      join(dir, 'Invitations.csv'),
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n' +
        'Dr. Oskar Wendt,Alex Kim,"11/1/26, 9:00 AM",,INCOMING,https://www.linkedin.com/in/oskar-wendt,https://www.linkedin.com/in/alex-kim\n' +
        '🚀 Growth Hacker,Alex Kim,"11/2/26, 9:00 AM",,INCOMING,https://www.linkedin.com/in/growth,https://www.linkedin.com/in/alex-kim\n' +
        'Mme Léa Roux,Alex Kim,"11/3/26, 9:00 AM",,INCOMING,https://www.linkedin.com/in/lea-roux,https://www.linkedin.com/in/alex-kim\n',
    );
    const { report } = await json([dir]);
    const reply = (url: string) => report.invitations.find((i) => i.url === url)?.reply;
    expect(reply('https://www.linkedin.com/in/oskar-wendt')).toMatch(/^Hi Oskar, thank you/);
    expect(reply('https://www.linkedin.com/in/growth')).toMatch(/^Hi, thank you/);
    expect(reply('https://www.linkedin.com/in/lea-roux')).toMatch(/^Hi Léa, thank you/);
  });

  it('never lets a name or a note written by a stranger drive the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-hostile-invitations-'));
    writeFileSync(
      join(dir, 'Connections.csv'),
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda\u001b[2J,Quill,https://www.linkedin.com/in/ada-quill,,Acme,Engineer,05 Mar 2024\n',
    );
    writeFileSync(
      join(dir, 'Invitations.csv'),
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n' +
        'Ada\u001b[2J Quill,Alex Kim,"11/1/26, 9:00 AM",,INCOMING,https://www.linkedin.com/in/ada-quill,https://www.linkedin.com/in/alex-kim\n' +
        'Bo\u001b]8;;https://evil.example/\u0007Link,Alex Kim,"11/2/26, 9:00 AM",,INCOMING,https://www.linkedin.com/in/bo-link,https://www.linkedin.com/in/alex-kim\n' +
        'Cy\u202eReverse,Alex Kim,"11/3/26, 9:00 AM","Hi\u001b[31m red\u009b1m",INCOMING,https://www.linkedin.com/in/cy,https://www.linkedin.com/in/alex-kim\n',
    );
    const run = await netprune(['invitations', dir], { env: { FORCE_COLOR: '0' } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(ESCAPES);
    expect(run.stdout).not.toContain('\u202e');
    expect(run.stdout).toContain('Hi BoLink, thank you for the invitation!');
    expect(run.stdout).toContain('note: "Hi red"');
    const { report } = await json([dir]);
    expect(report.invitations.find((i) => i.url === 'https://www.linkedin.com/in/bo-link')?.reply).not.toMatch(ESCAPES);
  });
});

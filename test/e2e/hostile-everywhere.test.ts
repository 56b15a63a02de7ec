/**
 * The security promise, end to end: hostile names, paths, zip entry names, a plugin error and a forged
 * decisions file go through every command and every format, and no byte of stdout, stderr or a written
 * file carries an escape, a C1 control, a bidi control or a line separator.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, netprune } from '../helpers/exec.js';

const UNSAFE = /[\u001b\u0007\u0080-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]|\r(?!\n)/;
const HOSTILE = 'x\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eevil\u2028\rforged';
const scratch = mkdtempSync(join(tmpdir(), 'netprune-hostile-all-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ME = 'https://www.linkedin.com/in/owner-person';
const OWNER = `Owner,Person\u001b[31m,${ME}`;
const INVITATIONS = [
  'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
  `"Ivy\u001b[2J\u202eInviter","Owner Person","11/7/26, 7:25 AM",,INCOMING,https://www.linkedin.com/in/ivy-inviter,${ME}`,
  `"Ada\u001b[2J\u001b[H","Owner Person","11/6/26, 7:25 AM","hi\u009b31m\u2028there",INCOMING,https://www.linkedin.com/in/ada-quill,${ME}`,
].join('\n');
const MESSAGES = [
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT',
  ...[1, 2, 3].flatMap((n) => [
    `c${n},,"Nia\u001b]8;;https://evil.example\u0007Outsider\u202e",https://www.linkedin.com/in/nia-outsider,Owner Person,${ME},2026-0${n}-01 10:00:00 UTC,,hello\u001b[2J,INBOX,No,No`,
    `c${n},,Owner Person,${ME},"Nia\u001b]8;;https://evil.example\u0007Outsider\u202e",https://www.linkedin.com/in/nia-outsider,2026-0${n}-02 10:00:00 UTC,,hi,INBOX,No,No`,
  ]),
].join('\n');

/** A folder named with escapes, holding an export whose names carry them too; and the same export as a zip whose entries do. */
function hostileExport(): { folder: string; zip: string } {
  const folder = join(scratch, `${HOSTILE}-export`);
  mkdirSync(folder);
  copyFileSync(join(fixture('exports/hostile'), 'Connections.csv'), join(folder, 'Connections.csv'));
  writeFileSync(join(folder, 'Invitations.csv'), INVITATIONS);
  writeFileSync(join(folder, 'messages.csv'), MESSAGES);
  writeFileSync(join(folder, 'Profile.csv'), `First Name,Last Name,Headline\n${OWNER.split(',').slice(0, 2).join(',')},Engineer\n`);
  const connections = readFileSync(join(folder, 'Connections.csv'));
  const zip = join(scratch, `${HOSTILE}.zip`);
  writeFileSync(
    zip,
    zipSync({
      'Connections.csv': connections,
      // An identical copy under a hostile name: the read summary says it was ignored, and names it.
      [`copy${HOSTILE}/Connections.csv`]: connections,
      'Invitations.csv': Buffer.from(INVITATIONS),
      'messages.csv': Buffer.from(MESSAGES),
    }),
  );
  return { folder, zip };
}

/** A decisions file anyone could write: escapes, BEL, C1 and Markdown images in names, a URL that is no profile. */
function forgedDecisions(): string {
  const path = join(scratch, `${HOSTILE}-decisions.json`);
  const entry = (name: string, url: string | null) => ({
    decision: 'remove',
    name,
    url,
    company: `Evil\u001b]8;;https://evil.example\u0007Co ![x](https://evil.example/c.png)`,
    position: '<img src=x onerror=alert(1)>\u202e',
    decidedAt: '2026-01-01T00:00:00.000Z',
  });
  const decisions = {
    'in/ada-quill': entry('Ada\u001b[2J\u0007\u009b31m ![x](https://evil.example/p.png)', 'https://www.linkedin.com/in/ada-quill'),
    'in/bo-link': entry('Bo ![y](https://evil.example/q.png)', 'https://www.linkedin.com/in/bo-link)![z](javascript:alert(1))'),
    'name:cy reverse': entry('Cy Reverse\u202efdp.exe', null),
  };
  writeFileSync(path, JSON.stringify({ netprune: 'decisions', version: 1, export: 'x', owner: null, decisions }));
  return path;
}

const { folder, zip } = hostileExport();
const state = forgedDecisions();
const out = (ext: string) => join(scratch, `out${HOSTILE}.${ext}`);
const plugin = fixture('plugins/throws-on-classify.mjs');

const RUNS: { args: string[]; writes?: string }[] = [
  ...[folder, zip].flatMap((x) => [
    { args: ['audit', x] },
    { args: ['audit', x, '--json'] },
    { args: ['audit', x, '--format', 'csv'] },
    { args: ['audit', x, '--format', 'md'] },
    { args: ['explain', x, 'Ada'] },
    { args: ['explain', x, 'https://www.linkedin.com/in/bo-link'] },
    { args: ['explain', x, `no one ${HOSTILE}`] },
    { args: ['review', x] },
    { args: ['invitations', x] },
    { args: ['invitations', x, '--json'] },
    { args: ['suggest', x] },
    { args: ['suggest', x, '--json'] },
    { args: ['audit', x, '--classifier', plugin] },
    ...['urls', 'csv', 'md'].map((format) => ({ args: ['prune-list', x, '--state', state, '--format', format] })),
  ]),
  { args: ['audit', folder, '--out', out('txt')], writes: out('txt') },
  { args: ['audit', folder, '--json', '--out', out('json')], writes: out('json') },
  { args: ['audit', zip, '--format', 'md', '--out', out('md')], writes: out('md') },
  { args: ['audit', zip, '--format', 'html', '--out', out('audit.html')], writes: out('audit.html') },
  { args: ['explain', zip, 'Bo', '--out', out('explain.txt')], writes: out('explain.txt') },
  { args: ['invitations', zip, '--json', '--out', out('inv.json')], writes: out('inv.json') },
  { args: ['suggest', folder, '--out', out('suggest.txt')], writes: out('suggest.txt') },
  { args: ['prune-list', folder, '--state', state, '--format', 'html', '--out', out('html')], writes: out('html') },
  { args: ['prune-list', zip, '--state', state, '--format', 'md', '--out', out('prune.md')], writes: out('prune.md') },
  { args: ['diff', folder, zip, '--state', state] },
  { args: ['diff', folder, zip, '--state', state, '--json', '--out', out('diff.json')], writes: out('diff.json') },
  { args: ['diff', folder, zip, '--state', join(scratch, `missing${HOSTILE}.json`)] },
  { args: ['prune-list', folder, '--state', fixture('exports/hostile/Connections.csv')] },
  { args: ['audit', join(scratch, `missing${HOSTILE}`)] },
];

/** Test titles stay readable: the scratch folder and the hostile string are named, not printed. */
const shorten = (arg: string) =>
  arg
    .replace(scratch, '…')
    .replaceAll(HOSTILE, '<hostile>')
    .replace(/^.*\/fixtures\//, 'fixtures/');

describe('no control, escape or bidi character from the data reaches any output', () => {
  it.each(RUNS.map((r) => [r.args.map(shorten).join(' '), r] as const))('%j', async (_, { args, writes }) => {
    const run = await netprune(args);
    expect(run.code, run.stderr).not.toBe(70);
    if (writes === undefined) expect(run.stdout + run.stderr).not.toBe('');
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stderr).not.toMatch(UNSAFE);
    if (writes !== undefined) {
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(writes).toString('utf8')).not.toMatch(UNSAFE);
    }
  });

  it('the forged decisions file links nowhere but LinkedIn, and shows no image, in Markdown and HTML', async () => {
    const md = await netprune(['prune-list', folder, '--state', state, '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/\[Ada.*\]\(https:\/\/www\.linkedin\.com\/in\/ada-quill\)/);
    expect(md.stdout).not.toMatch(/(^|[^\\])!\[/m);
    expect(md.stdout).not.toMatch(/\]\((?!https:\/\/www\.linkedin\.com\/(in|search)\/)/);
    const html = await netprune(['prune-list', folder, '--state', state, '--format', 'html']);
    expect(html.stdout).not.toMatch(/<img|javascript:|href="(?!https:\/\/www\.linkedin\.com\/(in|search)\/)/);
  });
});

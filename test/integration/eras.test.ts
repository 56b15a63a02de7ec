import { describe, expect, it } from 'vitest';
import { loadExport } from '../../src/export/load.js';
import { fixture } from '../helpers/exec.js';
import { english } from '../helpers/english.js';

const load = (name: string) => loadExport(fixture(`exports/${name}`));
const names = (exp: Awaited<ReturnType<typeof load>>) => exp.connections.map((c) => `${c.firstName} ${c.lastName}`);
const fileRows = (exp: Awaited<ReturnType<typeof load>>) => Object.fromEntries(exp.files.map((f) => [f.kind, { rows: f.rows, skipped: f.skipped }]));

describe('every era of the LinkedIn export is read by header name', () => {
  it('2018: no preamble, six columns, "M/D/YY, h:mm AM" dates, Messages.csv with Direction, Imported Contacts.csv', async () => {
    const exp = await load('2018-complete');
    expect(exp.connections[0]).toMatchObject({ firstName: 'Hélène', lastName: 'Dubois', key: null, url: null, connectedOn: '2018-10-29' });
    expect(exp.connections.find((c) => c.lastName === 'Park, PhD')).toMatchObject({ company: 'Tailspin, Inc.', connectedOn: '2018-06-03' });
    expect(exp.owner).toMatchObject({ firstName: 'Camille', lastName: 'Lefèvre', source: 'profile+messages' });
    // Without conversation ids, each counterpart is one conversation; the owner's messages are counted per sender.
    const omar = [...(exp.messages?.conversations ?? [])].find((c) => c.participants.has('name:omar haddad'));
    expect(omar?.bySender.get('name:omar haddad')?.count).toBe(1);
    expect(omar?.bySender.get('name:camille lefèvre')?.count).toBe(1);
    expect(exp.addressBook.flatMap((a) => a.emails)).toContain('omar.haddad@example.com');
    expect([...exp.invitations].find((i) => i.direction === 'outgoing' && i.message !== '')?.sentAt).toBe('2018-08-18T00:37:00Z');
  });

  it('2020: header on line 1, no URL column, "14 Feb 2020" dates, hidden members skipped and counted', async () => {
    const exp = await load('2020-no-preamble');
    expect(exp.connections[0]).toMatchObject({ firstName: 'Ana María', lastName: 'López', connectedOn: '2020-02-14', line: 2 });
    expect(fileRows(exp)['connections']).toEqual({ rows: 4, skipped: { 'hidden member': 1 } });
  });

  it('2022: Notes preamble without URL column; endorsements without URLs; the legacy UTF-16 copy is set aside', async () => {
    const exp = await load('2022-preamble-no-url');
    expect(exp.connections[0]).toMatchObject({ firstName: 'Jordan', lastName: 'Rivera', connectedOn: '2022-09-09', line: 5 });
    expect(names(exp)).toContain('Kim Nguyen, MBA, PMP');
    expect(exp.endorsementsReceived.every((e) => e.key === null)).toBe(true);
    expect(exp.ignored.map((i) => english(i.reason)).join()).toMatch(/older format/);
    expect(fileRows(exp)['messages']?.skipped).toEqual({ 'LinkedIn Member (hidden account)': 1, 'sponsored message': 1 });
    // The owner appears as sender (URL) and recipient (name only): the URL key wins.
    expect(exp.owner.key).toBe('in/camille-lefèvre-4b2a91c7');
  });

  it('2023: URL column with percent-encoded Unicode slugs; urn: invitation columns give no key; scheme-less endorsement URLs', async () => {
    const exp = await load('2023-basic');
    const jose = exp.connections.find((c) => c.firstName === 'José');
    expect(jose).toMatchObject({ key: 'in/josé-garcía-123456789', url: 'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-123456789' });
    expect([...exp.invitations].every((i) => i.otherKey === null)).toBe(true);
    expect(exp.endorsementsReceived.map((e) => e.key)).toEqual(['in/kim-park-phd', 'in/josé-garcía-123456789']);
    expect(fileRows(exp)['messages']?.skipped).toEqual({ 'spam folder': 1 });
    const group = [...(exp.messages?.conversations ?? [])].find((c) => c.title === 'Roadmap review');
    expect(group?.maxRecipients).toBe(2);
  });

  it('late 2023: bare https://www.linkedin.com/in invitation URLs are not keys', async () => {
    const exp = await load('2023-late-invitations');
    expect(exp.invitations).toHaveLength(4);
    expect([...exp.invitations].map((i) => i.otherKey)).toEqual([null, null, null, null]);
    expect(exp.invitations.at(0)).toMatchObject({ direction: 'incoming', message: expect.stringMatching(/hiring/) });
  });

  it('Dec 2024: drafts, spam, sponsored and LinkedIn Member rows are set aside and counted; coach messages ignored', async () => {
    const exp = await load('2024-dec');
    expect(fileRows(exp)['messages']).toEqual({
      rows: 4,
      skipped: { 'LinkedIn Member (hidden account)': 1, 'sponsored message': 1, 'spam folder': 1, draft: 2 },
    });
    expect(exp.ignored.map((i) => i.name).join()).toMatch(/coach_messages\.csv/);
    expect([...(exp.messages?.conversations ?? [])].find((c) => c.title === 'Project sync')?.participants.size).toBe(4);
  });

  it('2026: every field quoted, line breaks inside CONTENT', async () => {
    const exp = await load('2026-quoted');
    expect(fileRows(exp)['messages']?.rows).toBe(4);
    const sam = [...(exp.messages?.conversations ?? [])].find((c) => c.participants.has('in/sam-lee-123456789'));
    expect(sam?.bySender.size).toBe(2);
    expect(sam?.last?.snippet).not.toMatch(/\n/);
  });

  it('files re-saved by a spreadsheet: ";" separator, BOM, CRLF, "Connected on", dd.mm.yyyy', async () => {
    const exp = await load('excel-semicolon');
    expect(exp.connections[0]).toMatchObject({ firstName: 'Sven', connectedOn: '2021-03-05' });
    expect(exp.connections.find((c) => c.lastName === 'Roux')?.company).toBe('Sablier; Cie');
  });

  it('an edited copy: preamble removed, CRLF, "9-Sep-22" dates', async () => {
    const exp = await load('excel-edited-copy');
    expect(exp.connections.map((c) => c.connectedOn)).toEqual(['2022-09-09', '2022-08-31', '2022-01-14']);
  });

  it('a header without spaces: FirstName,LastName,…,ConnectedOn', async () => {
    const exp = await load('no-spaces-header');
    expect(names(exp)[0]).toBe('Noémie Girard, PhD');
    expect(exp.connections[0]?.connectedOn).toBe('2022-05-04');
  });

  it('a Windows-1252 file is read as such, with a warning naming the file', async () => {
    const exp = await load('windows-1252');
    expect(names(exp)).toContain('Hélène Bénard');
    expect(exp.connections.find((c) => c.firstName === 'Hélène')?.position).toBe('Responsable d’équipe');
    expect(exp.files[0]?.warnings.map(english).join()).toMatch(/windows-1252\/Connections\.csv is not valid UTF-8; read it as Windows-1252/);
  });

  it('a lone Connections.csv is an export of its own: every other file is listed as missing', async () => {
    const exp = await loadExport(fixture('exports/2023-basic/Connections.csv'));
    expect(exp.source.type).toBe('file');
    expect(exp.connections).toHaveLength(5);
    expect(exp.missing).toContain('messages');
    expect(exp.messages).toBeNull();
  });
});

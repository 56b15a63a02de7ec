import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { netprune } from '../helpers/exec.js';
import { reportSchema } from '../../src/report/schema.js';

/**
 * A record that gives only a name goes to the connection it can be about: its date rules out whoever it
 * cannot be (reviewer's findings 3 and 36), and a name with credentials is compared whole first (finding 32).
 * Every export here is invented and written to a temporary folder that the tests remove.
 */

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function exportOf(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'netprune-namesakes-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

const PROFILE =
  'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nZoé,Owner,,,,Product Manager,,,,,,,\n';
const ME = ['--me', 'https://www.linkedin.com/in/zoe-owner'];

async function contactsOf(folder: string) {
  const run = await netprune(['audit', folder, '--json', ...ME]);
  expect(run.code).toBe(0);
  return reportSchema.parse(JSON.parse(run.stdout)).contacts;
}

describe('a recommendation written before a namesake was connected (finding 3)', () => {
  // The friend, connected in 2015, worked at Globex in 2018; the other Marie is at Globex now, connected in 2024.
  const folder = exportOf({
    'Profile.csv': PROFILE,
    'Connections.csv':
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'Marie,Dupont,https://www.linkedin.com/in/marie-dupont-new,,Globex,Sales Manager,10 Jan 2024\n' +
      'Marie,Dupont,https://www.linkedin.com/in/marie-dupont-old,,Acme,Head of Design,05 Mar 2015\n',
    'Recommendations_Received.csv':
      'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n' +
      'Marie,Dupont,Globex,Designer,"Zoé is a great colleague.","03/09/18, 10:12 PM",VISIBLE\n',
  });

  it('is credited to neither when its company and its date disagree, and both say so instead of "no recommendation"', async () => {
    const maries = await contactsOf(folder);
    const said = '1 recommendation with a Marie Dupont, but 2 connections share this name and nothing in the export tells which: counted for none of them';
    expect(maries.map((c) => [c.url, c.label, c.evidence.recommendations.received, c.reasons])).toEqual([
      ['https://www.linkedin.com/in/marie-dupont-new', 'weak-tie', 0, [{ rule: 'same-name', detail: said }]],
      ['https://www.linkedin.com/in/marie-dupont-old', 'weak-tie', 0, [{ rule: 'same-name', detail: said }]],
    ]);
  });

  it('goes to the Marie who was a connection then when nothing says otherwise', async () => {
    const atInitech = exportOf({
      'Profile.csv': PROFILE,
      'Connections.csv':
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
        'Marie,Dupont,https://www.linkedin.com/in/marie-dupont-new,,Globex,Sales Manager,10 Jan 2024\n' +
        'Marie,Dupont,https://www.linkedin.com/in/marie-dupont-old,,Acme,Head of Design,05 Mar 2015\n',
      'Recommendations_Received.csv':
        'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n' +
        'Marie,Dupont,Initech,Designer,"Zoé is a great colleague.","03/09/18, 10:12 PM",VISIBLE\n',
    });
    const maries = await contactsOf(atInitech);
    expect(maries.map((c) => [c.label, c.evidence.recommendations.received, c.reasons.map((r) => r.rule).includes('same-name')])).toEqual([
      ['stranger', 0, false],
      ['known', 1, false],
    ]);
  });
});

describe('an invitation sent years after the only connection of that name was made (finding 36)', () => {
  const folder = exportOf({
    'Profile.csv': PROFILE,
    'Connections.csv':
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'Paul,Petit,https://www.linkedin.com/in/paul-petit,,Initech,Engineer,05 Mar 2016\n' +
      'Léa,Roux,https://www.linkedin.com/in/lea-roux,,Umbrella,Recruiter,02 Feb 2024\n',
    // Before 2023, Invitations.csv named people without URLs.
    'Invitations.csv':
      'From,To,Sent At,Message,Direction\n' +
      'Paul Petit,Zoé Owner,"2/1/24, 3:07 PM","Hello, great talk",INCOMING\n' +
      'Léa Roux,Zoé Owner,"2/1/24, 3:07 PM","Hi Zoé",INCOMING\n',
  });

  it('is not said to come from them: nobody invites a connection; an invitation accepted the next day is', async () => {
    const [paul, lea] = await contactsOf(folder);
    expect(paul?.evidence.invitation).toBeNull();
    expect(paul?.reasons.map((r) => r.detail).join(' ')).not.toContain('Invitation');
    expect(lea?.evidence.invitation).toMatchObject({ direction: 'incoming', withNote: true });
  });
});

describe('"Kim Park, PhD" beside a "Kim Park" (finding 32)', () => {
  // A 2020 export: no URLs anywhere, messages named by display name.
  const folder = exportOf({
    'Profile.csv': PROFILE,
    'Connections.csv':
      'First Name,Last Name,Email Address,Company,Position,Connected On\n' +
      'Kim,"Park, PhD",,Acme,Researcher,14 Feb 2020\n' +
      'Kim,Park,,Globex,Sales,10 Feb 2020\n',
    'messages.csv':
      'FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER\n' +
      'Zoé Owner,"Kim Park, PhD",2020-03-04T10:01:02,,"Hello Kim",OUTGOING,INBOX\n' +
      '"Kim Park, PhD",Zoé Owner,2020-03-05T10:01:02,,"Hi Zoé",INCOMING,INBOX\n',
  });

  it('are not namesakes: the messages go to the one named exactly so', async () => {
    const run = await netprune(['audit', folder, '--json']);
    const [phd, plain] = reportSchema.parse(JSON.parse(run.stdout)).contacts;
    expect([phd?.company, phd?.label, phd?.evidence.messages.sent, phd?.evidence.messages.received]).toEqual(['Acme', 'known', 1, 1]);
    expect([plain?.company, plain?.label, plain?.reasons.map((r) => r.rule).includes('same-name')]).toEqual(['Globex', 'stranger', false]);
  });
});

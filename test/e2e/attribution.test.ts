import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { netprune } from '../helpers/exec.js';
import { reportSchema } from '../../src/report/schema.js';
import { suggestReportSchema } from '../../src/report/suggest-schema.js';

/**
 * Evidence goes to the right person (issue 14): a titled two-person thread is a 1:1 conversation.
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

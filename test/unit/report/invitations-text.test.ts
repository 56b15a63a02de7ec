import { describe, expect, it } from 'vitest';
import { renderInvitations } from '../../../src/report/invitations-text.js';
import type { InvitationsReport } from '../../../src/report/invitations-schema.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { createColour } from '../../../src/util/colour.js';
import { fixture, netprune } from '../../helpers/exec.js';

describe('the invitations as text', () => {
  it('lists 200,000 invitations sent at as many times, each day padded to the longest, an invitation a piece', async () => {
    const demo = JSON.parse((await netprune(['invitations', fixture('demo'), '--json'])).stdout) as InvitationsReport;
    const first = demo.invitations[0]!;
    const start = Date.UTC(2020, 0, 1);
    // Distinct times: the day column once spread them all into Math.max, which overflowed the stack.
    const invitations = Array.from({ length: 200_000 }, (_, i) => ({ ...first, sentAt: new Date(start + i * 60_000).toISOString() }));
    const pieces = [
      ...renderInvitations(
        { ...demo, invitations: { length: invitations.length, at: (i) => invitations[i]! } },
        createTranslator('en'),
        createColour({}, false),
      ),
    ];
    // Never the whole text as one string: 700,000 invitations made 2.4 GB of it.
    expect(pieces.filter((piece) => piece.length >= 2_000 || !piece.endsWith('\n'))).toEqual([]);
    const text = pieces.join('');
    const entries = text.split('\n').filter((line) => /^ {2}[A-Z][a-z]{2} \d{1,2}, 2020 /.test(line));
    expect(entries).toHaveLength(200_000);
    // "Jan 1, 2020" is padded to "Jan 10, 2020"'s width, so every name starts in the same column.
    expect(entries[0]).toMatch(/^ {2}Jan 1, 2020 {3}\S/);
    expect(new Set(entries.map((line) => line.indexOf(first.name)))).toEqual(new Set([2 + 'Jan 10, 2020'.length + 2]));
  });
});

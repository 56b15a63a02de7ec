import { invitationSchema, type Invitation } from '../records.js';
import { tableProfileKey } from './profile-key.js';
import { skip, type TableSpec } from './table-file.js';
import { invitationFits } from './record-checks.js';

type Field = 'from' | 'to' | 'sentAt' | 'message' | 'direction' | 'inviterUrl' | 'inviteeUrl';

/**
 * Invitations.csv: `From,To,Sent At,Message,Direction` plus, since 2023, two profile columns
 * that held `urn:li:member:…` (Jul 2023), a bare `https://www.linkedin.com/in` (late 2023)
 * and real URLs (Dec 2024+). profileKey() turns the useless ones into null.
 */
export const invitationsSpec: TableSpec<Field, Invitation> = {
  kind: 'invitations',
  columnsShown: 'From, To, Sent At, Message, Direction',
  skippedRowsMean: { key: 'readers.mean.invitations' },
  schema: invitationSchema,
  fits: invitationFits,
  columns: {
    from: ['From'],
    to: ['To'],
    sentAt: ['Sent At'],
    message: ['Message'],
    direction: ['Direction'],
    inviterUrl: ['inviterProfileUrl', 'inviterProfileUrn'],
    inviteeUrl: ['inviteeProfileUrl', 'inviteeProfileUrn'],
  },
  required: ['from', 'to', 'direction'],
  transient: ['sentAt', 'direction', 'inviterUrl', 'inviteeUrl'],
  toRecord(cell, line, dates) {
    const direction = cell('direction').toUpperCase();
    if (direction !== 'INCOMING' && direction !== 'OUTGOING') return skip('unknown direction');
    const incoming = direction === 'INCOMING';
    return {
      from: cell('from'),
      to: cell('to'),
      sentAt: dates.time('sentAt'),
      message: cell('message'),
      direction: incoming ? 'incoming' : 'outgoing',
      otherKey: tableProfileKey(cell(incoming ? 'inviterUrl' : 'inviteeUrl')),
      line,
    };
  },
};

import { describe, expect, it } from 'vitest';
import { buildEvidenceWithAudit } from '../../../src/evidence/build.js';
import type { Invitation } from '../../../src/export/records.js';
import { makeConnection, makeExport } from './make-export.js';

const TODAY = '2024-06-01';
// Connected after every invitation here, as an invitation joined by name must be: nobody invites a connection.
const priya = makeConnection('Priya', 'Shah', { connectedOn: '2024-04-02' });
const jordan = makeConnection('Jordan', 'Rivera', { key: null, url: null, connectedOn: '2024-04-02' });

function invitation(overrides: Partial<Invitation>): Invitation {
  return { from: 'Alex Kim', to: 'Priya Shah', sentAt: '2024-03-01T10:00:00Z', message: '', direction: 'outgoing', otherKey: null, line: 2, ...overrides };
}

function run(invitations: Invitation[]) {
  return buildEvidenceWithAudit(makeExport({ connections: [priya, jordan], invitations }), TODAY);
}

describe('invitations', () => {
  it("joins by the other side's key and keeps direction and note", () => {
    const { evidence } = run([invitation({ otherKey: 'in/priya-shah', to: 'Someone Else', message: '  Met you at the meetup  ' })]);
    expect(evidence[0]?.invitation).toEqual({ direction: 'outgoing', sentAt: '2024-03-01T10:00:00Z', withNote: true, note: 'Met you at the meetup' });
    expect(evidence[0]?.matchedBy).toEqual({ invitations: 'url' });
  });

  it('has no note when the message is blank', () => {
    const { evidence } = run([invitation({ otherKey: 'in/priya-shah', message: '   ' })]);
    expect(evidence[0]?.invitation).toMatchObject({ withNote: false, note: '' });
  });

  it('falls back to From for incoming and To for outgoing', () => {
    const { evidence, audit } = run([
      invitation({ direction: 'incoming', from: 'Jordan Rivera', to: 'Alex Kim' }),
      invitation({ direction: 'outgoing', from: 'Alex Kim', to: 'Priya Shah', sentAt: '2024-02-01T10:00:00Z' }),
    ]);
    expect(evidence[1]?.invitation?.direction).toBe('incoming');
    expect(evidence[1]?.matchedBy).toEqual({ invitations: 'name' });
    expect(evidence[0]?.invitation?.direction).toBe('outgoing');
    expect(audit.invitations.matched.name).toBe(2);
  });

  it('keeps the latest invitation, whatever the file order', () => {
    const { evidence } = run([
      invitation({ otherKey: 'in/priya-shah', sentAt: '2024-04-01T10:00:00Z', message: 'newest' }),
      invitation({ otherKey: 'in/priya-shah', sentAt: '2024-01-01T10:00:00Z', message: 'oldest' }),
      invitation({ otherKey: 'in/priya-shah', sentAt: null, message: 'undated' }),
    ]);
    expect(evidence[0]?.invitation?.note).toBe('newest');
  });

  it('does not join a key that is not a connection to a namesake who has another key', () => {
    const { evidence, audit } = run([invitation({ otherKey: 'in/priya-shah-2', to: 'Priya Shah' })]);
    expect(evidence[0]?.invitation).toBeNull();
    expect(audit.invitations.unmatched).toBe(1);
  });

  it('joins a key that is not a connection by name when the connection has no key (old export)', () => {
    const { evidence } = run([invitation({ otherKey: 'in/jordan-rivera-77', to: 'Jordan Rivera' })]);
    expect(evidence[1]?.invitation).not.toBeNull();
    expect(evidence[1]?.matchedBy.invitations).toBe('name');
  });

  it('does not join by name an invitation sent after the only connection of that name was connected', () => {
    const late = makeConnection('Jordan', 'Rivera', { key: null, url: null, connectedOn: '2016-03-05' });
    const exp = makeExport({ connections: [late], invitations: [invitation({ direction: 'incoming', from: 'Jordan Rivera', to: 'Alex Kim' })] });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence[0]?.invitation).toBeNull();
    expect(audit.invitations.unmatched).toBe(1);
  });
});

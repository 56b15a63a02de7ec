import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { invitationWindow } from '../../src/network/invitation-window.js';
import type { Invitation } from '../../src/export/records.js';
import { fixture } from '../helpers/exec.js';

const invitation = (direction: Invitation['direction'], sentAt: string | null, message = ''): Invitation => ({
  from: 'A',
  to: 'B',
  sentAt,
  message,
  direction,
  otherKey: null,
  line: 2,
});

describe('invitationWindow', () => {
  it('counts received and sent, with a note or without, per month and undated', () => {
    const window = invitationWindow([
      invitation('incoming', '2026-03-02T10:00:00Z', 'Hello'),
      invitation('incoming', '2026-01-31T10:00:00Z', '   '),
      invitation('outgoing', '2026-03-30T10:00:00Z'),
      invitation('outgoing', null, 'Met at the fair'),
    ]);
    expect(window).toEqual({
      received: 2,
      receivedWithNote: 1,
      sent: 2,
      sentWithNote: 1,
      months: [
        { month: '2026-01', received: 1, receivedWithNote: 0, sent: 0, sentWithNote: 0 },
        { month: '2026-03', received: 1, receivedWithNote: 1, sent: 1, sentWithNote: 0 },
      ],
      undated: { received: 0, receivedWithNote: 0, sent: 1, sentWithNote: 1 },
    });
  });

  it('counts every row of the demo Invitations.csv, pending ones too; null without the file', async () => {
    const demo = await analyse(fixture('demo'), { cwd: process.cwd(), today: '2026-11-18' });
    const rows = demo.files.find((f) => f.kind === 'invitations')!.rows;
    expect(demo.invitationWindow!.received + demo.invitationWindow!.sent).toBe(rows);
    const alone = await analyse(fixture('demo/Connections.csv'), { cwd: process.cwd(), today: '2026-11-18' });
    expect(alone.invitationWindow).toBeNull();
  });
});

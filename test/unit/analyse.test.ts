import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { analyse } from '../../src/analyse.js';
import { fullGc } from '../../src/launch/full-gc.js';
import { fixture } from '../helpers/exec.js';

const settings = { cwd: process.cwd(), today: '2026-11-18' };

describe('analyse between its stages', () => {
  it('keeps the conversations by default: `invitations` looks at them again', async () => {
    const analysis = await analyse(fixture('demo'), settings);
    expect(analysis.export.messages?.conversations.length).toBeGreaterThan(0);
  });

  it('lets them go when asked, once the evidence holds what they said', async () => {
    const kept = await analyse(fixture('demo'), settings);
    const released = await analyse(fixture('demo'), { ...settings, keepConversations: false });
    expect(released.export.messages?.conversations).toEqual([]);
    // The counts and the verdicts are those of the full read.
    expect(released.export.messages?.rows).toBe(kept.export.messages?.rows);
    expect(released.evidence).toEqual(kept.evidence);
    expect(released.verdicts).toEqual(kept.verdicts);
  });

  it('collects garbage once the export is read and once the evidence is built', async () => {
    const seen: number[] = [];
    const analysis = await analyse(fixture('demo'), {
      ...settings,
      keepConversations: false,
      collectGarbage: () => seen.push(seen.length),
    });
    expect(seen).toEqual([0, 1]);
    expect(analysis.evidence.length).toBe(analysis.export.connections.length);
  });
});

describe('fullGc', () => {
  it('gives a collection to call, and leaves no `gc` for other code to find', () => {
    const gc = fullGc();
    expect(() => gc()).not.toThrow();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});

import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { analyse } from '../../src/analyse.js';
import { loadExport } from '../../src/export/load.js';
import { scanMessages } from '../../src/export/messages/scan-messages.js';
import { fullGc, youngGc } from '../../src/launch/full-gc.js';
import { installRuntime } from '../../src/launch/runtime.js';
import { fixture } from '../helpers/exec.js';

const settings = { cwd: process.cwd(), today: '2026-11-18' };

describe('analyse', () => {
  it('hands on one contact per connection, each with its own evidence and verdict, in the file order', async () => {
    const analysis = await analyse(fixture('demo'), settings);
    const exp = await loadExport(fixture('demo'));
    expect(analysis.contacts.map((c) => c.connection)).toEqual(exp.connections);
    const byLabel = { known: 0, 'weak-tie': 0, stranger: 0 };
    for (const c of analysis.contacts) byLabel[c.verdict.label]++;
    expect(byLabel).toEqual({ known: 76, 'weak-tie': 98, stranger: 226 });
  });

  it('keeps no conversation: the analysis holds what they said, not the messages', async () => {
    const analysis = await analyse(fixture('demo'), settings);
    expect(Object.keys(analysis)).not.toContain('export');
    expect(JSON.stringify(analysis)).not.toContain('"conversations":[{');
    expect(analysis.contacts.some((c) => c.evidence.messages.sent > 0)).toBe(true);
  });

  it('reads a relative export path from the working folder it is given', async () => {
    const analysis = await analyse('demo', { ...settings, cwd: fixture('') });
    expect(analysis.contacts.length).toBe(400);
  });
});

describe('the runtime', () => {
  it('collects garbage once the export is read, once the files joined are let go and once the evidence is built, and scans where it says', async () => {
    const collections: number[] = [];
    const scanned: string[] = [];
    let largeHeap = 0;
    const restore = installRuntime({
      collectGarbage: () => collections.push(collections.length),
      largeHeap: () => largeHeap++,
      collectYoung: () => {},
      scanMessages: (_path, file) => {
        scanned.push(file.kind);
        return scanMessages(file);
      },
    });
    try {
      const analysis = await analyse(fixture('demo'), settings);
      expect(analysis.contacts.length).toBe(400);
    } finally {
      restore();
    }
    expect(collections).toEqual([0, 1, 2]);
    expect(scanned).toEqual(['messages']);
    // An ordinary inbox leaves V8's heap growth as it is.
    expect(largeHeap).toBe(0);
  });
});

describe('fullGc and youngGc', () => {
  it('give a collection to call, and leave no `gc` for other code to find', () => {
    for (const gc of [fullGc(), youngGc()]) {
      expect(() => gc()).not.toThrow();
      expect(runInNewContext('typeof gc')).toBe('undefined');
    }
  });
});

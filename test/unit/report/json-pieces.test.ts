import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listReportJson } from '../../../src/report/json-pieces.js';

const item = z.object({ name: z.string(), rank: z.number().int() });
const schema = z.object({ kind: z.literal('suggest'), total: z.number(), suggestions: z.array(item) });
const envelope = schema.omit({ suggestions: true });
const report = (n: number) => ({
  kind: 'suggest' as const,
  total: n,
  suggestions: Array.from({ length: n }, (_, i) => ({ name: `Person "${i}"\u2028`, rank: i + 1, dropped: 'not in the schema' })),
});
const whole = (r: ReturnType<typeof report>) => `${JSON.stringify(schema.parse(r), null, 2)}\n`;

describe('listReportJson: a long report written in pieces (invitations, suggest)', () => {
  it('gives the same bytes as stringifying the parsed report, for no items, one, and many', () => {
    for (const n of [0, 1, 32, 33, 1000]) {
      expect([...listReportJson(report(n), 'suggestions', envelope, item)].join('')).toBe(whole(report(n)));
    }
  });

  it('never holds the list as one string: each piece has at most 32 items', () => {
    const pieces = [...listReportJson(report(1000), 'suggestions', envelope, item)];
    expect(pieces.length).toBeGreaterThan(1000 / 32);
    expect(Math.max(...pieces.map((p) => p.split('"rank"').length - 1))).toBeLessThanOrEqual(32);
  });

  it('checks each item against its schema before writing it', () => {
    const bad = report(100);
    (bad.suggestions[70] as { rank: unknown }).rank = 'first';
    const pieces = listReportJson(bad, 'suggestions', envelope, item);
    expect(() => [...pieces]).toThrow(/rank/);
  });
});

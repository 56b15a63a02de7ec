import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse.js';
import { buildReport } from '../../../src/report/build.js';
import { contactJson } from '../../../src/report/contact-json.js';
import { contactSchema, type ReportContact } from '../../../src/report/schema.js';
import { fixture } from '../../helpers/exec.js';
import { DELETE, ODD_VALUES } from '../../helpers/odd-values.js';

const analysis = await analyse(fixture('demo'), { cwd: process.cwd(), today: '2026-11-18' });
const contacts = buildReport(analysis, new Date(0)).contacts;
const withInvitation = contacts.find((c) => c.evidence.invitation !== null)!;
const withDates = contacts.find((c) => c.evidence.messages.first !== null && c.connectedOn !== null && c.url !== null)!;

/** Every path to a value in a contact, e.g. ['evidence', 'messages', 'sent']. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}

function withValue(contact: ReportContact, path: (string | number)[], value: unknown): ReportContact {
  const copy = structuredClone(contact) as unknown as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === DELETE) delete target[last];
  else target[last] = value;
  return copy as unknown as ReportContact;
}

describe('contactJson: contactSchema.parse() without zod, for audit --json', () => {
  it.each([
    ['a contact with messages and dates', withDates],
    ['a contact with an invitation', withInvitation],
    ['a contact with a score', { ...withDates, score: 0.25 }],
  ])('gives what parse() gives, key order included, for %s', (_, contact) => {
    expect(JSON.stringify(contactJson(contact))).toBe(JSON.stringify(contactSchema.parse(contact)));
  });

  it('drops keys the schema does not know, as parse() does', () => {
    const extra = { ...withInvitation, extra: 1, reasons: withInvitation.reasons.map((r) => ({ ...r, extra: 2 })) } as ReportContact;
    expect(JSON.stringify(contactJson(extra))).toBe(JSON.stringify(contactSchema.parse(extra)));
  });

  // A malformed contact must never be written: wherever parse() refuses, contactJson() must refuse too.
  it.each(
    [withDates, withInvitation].flatMap((contact) =>
      paths(contact)
        .filter((p) => p.length > 0)
        .map((p) => [p.join('.'), contact, p] as const),
    ),
  )('accepts and refuses as parse() does, whatever %s holds', (_, contact, path) => {
    for (const value of ODD_VALUES) {
      const changed = withValue(contact, path, value);
      const quick = contactJson(changed);
      const parsed = contactSchema.safeParse(changed);
      expect({ path, value, accepted: quick !== undefined }).toEqual({ path, value, accepted: parsed.success });
      if (parsed.success) expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.data));
    }
  });
});

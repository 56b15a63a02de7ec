import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse.js';
import { buildReport } from '../../../src/report/build.js';
import { writeContactJson } from '../../../src/report/contact-json.js';
import { guardOutput, utf8 } from '../../../src/report/emit/guard.js';
import { JsonBytes } from '../../../src/report/emit/json-bytes.js';
import { itemJson } from '../../../src/report/json-pieces.js';
import { contactSchema, type ReportContact } from '../../../src/report/schema.js';
import { escapeJsonControls } from '../../../src/util/terminal-text.js';
import { fixture } from '../../helpers/exec.js';
import { DELETE, ODD_VALUES } from '../../helpers/odd-values.js';

const analysis = await analyse(fixture('demo'), { cwd: process.cwd(), today: '2026-11-18' });
const contacts = buildReport(analysis, new Date(0)).contacts;
const withInvitation = contacts.find((c) => c.evidence.invitation !== null)!;
const withDates = contacts.find((c) => c.evidence.messages.first !== null && c.connectedOn !== null && c.url !== null)!;

/** What writeContactJson() wrote for a contact, or undefined when it refused it. */
function written(contact: ReportContact): string | undefined {
  const out = new JsonBytes();
  return writeContactJson(out, contact, contact, contact.evidence) ? utf8(out.take()) : undefined;
}

/** The contact's text in the report as audit --json wrote it with zod: parsed, stringified, escaped and guarded. */
const parsedText = (contact: unknown): string => guardOutput(escapeJsonControls(itemJson('contacts', contactSchema.parse(contact))));

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

describe('writeContactJson: contactSchema.parse() and JSON.stringify without either, for audit --json', () => {
  it.each([
    ['a contact with messages and dates', withDates],
    ['a contact with an invitation', withInvitation],
    ['a contact with a score', { ...withDates, score: 0.25 }],
  ])('gives what parse() gives, key order included, for %s', (_, contact) => {
    expect(written(contact)).toBe(parsedText(contact));
  });

  it('drops keys the schema does not know, as parse() does', () => {
    const extra = { ...withInvitation, extra: 1, reasons: withInvitation.reasons.map((r) => ({ ...r, extra: 2 })) } as ReportContact;
    expect(written(extra)).toBe(parsedText(extra));
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
      const quick = written(changed);
      const parsed = contactSchema.safeParse(changed);
      expect({ path, value, accepted: quick !== undefined }).toEqual({ path, value, accepted: parsed.success });
      if (parsed.success) expect(quick).toBe(parsedText(changed));
    }
  });
});

// Strings as an export can hold them: any code point, lone surrogates, and more often than chance the
// characters JSON.stringify, escapeJsonControls or the output guard change, and the edges of UTF-8's lengths.
const nasty = fc.constantFrom(
  '\u0000',
  '\t',
  '\n',
  '\u001b',
  '"',
  '\\',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u00a0',
  'é',
  '\u07ff',
  '\u0800',
  '\u2028',
  '\u202e',
  '\u2066',
  '\ud800',
  '\udfff',
  '😀',
  '\uffff',
);
const text = fc.string({ unit: fc.oneof(nasty, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 12 });
const count = fc.oneof(fc.nat(), fc.constantFrom(0, 1, 9, 10, 99, 100, Number.MAX_SAFE_INTEGER));
const dateTime = fc.option(fc.date({ min: new Date(0), max: new Date(Date.UTC(9999, 0)), noInvalidDate: true }).map((d) => d.toISOString()));
const fraction = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5, 1e-7, -0));
const randomContact = fc.record(
  {
    url: fc.option(text),
    firstName: text,
    lastName: text,
    company: text,
    position: text,
    connectedOn: fc.option(fc.date({ min: new Date(0), max: new Date(Date.UTC(9999, 0)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
    label: fc.constantFrom('known', 'weak-tie', 'stranger'),
    reasons: fc.array(fc.record({ rule: text, detail: text }), { minLength: 1, maxLength: 3 }),
    score: fraction,
    evidence: fc.record({
      messages: fc.record({
        sent: count,
        received: count,
        twoWay: fc.boolean(),
        conversations: count,
        groupConversations: count,
        groupMessages: count,
        first: dateTime,
        last: dateTime,
      }),
      invitation: fc.option(fc.record({ direction: fc.constantFrom('incoming', 'outgoing'), sentAt: dateTime, withNote: fc.boolean() })),
      endorsements: fc.record({ given: count, received: count }),
      recommendations: fc.record({ given: count, received: count }),
      sharedEmployer: fc.option(text),
      addressBook: fc.constantFrom(null, 'email', 'name'),
      emailVisible: fc.boolean(),
      yearsConnected: fc.option(count),
      closeness: fraction,
    }),
  },
  { requiredKeys: ['url', 'firstName', 'lastName', 'company', 'position', 'connectedOn', 'label', 'reasons', 'evidence'] },
) as fc.Arbitrary<ReportContact>;

describe('writeContactJson on random contacts', () => {
  it('writes what the report parsed, stringified, escaped and guarded gives, byte for byte', () => {
    fc.assert(
      fc.property(randomContact, (contact) => {
        expect(written(contact)).toBe(parsedText(contact));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes valid JSON whose value is the parsed contact', () => {
    fc.assert(
      fc.property(randomContact, (contact) => {
        expect(JSON.parse(written(contact)!)).toEqual(JSON.parse(JSON.stringify(contactSchema.parse(contact))));
      }),
    );
  });
});

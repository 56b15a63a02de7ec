import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { connectionsSpec } from '../../../src/export/files/connections.js';
import { contactsSpec } from '../../../src/export/files/contacts.js';
import { endorsementsGivenSpec, endorsementsReceivedSpec } from '../../../src/export/files/endorsements.js';
import { invitationsSpec } from '../../../src/export/files/invitations.js';
import { recommendationsGivenSpec, recommendationsReceivedSpec } from '../../../src/export/files/recommendations.js';
import { readTableFile, type TableSpec } from '../../../src/export/files/table-file.js';
import type { ExportFile } from '../../../src/export/types.js';
import { fixture } from '../../helpers/exec.js';
import { DELETE, ODD_VALUES } from '../../helpers/odd-values.js';

// The tables whose rows are checked without zod (record-checks.ts), each with a file of the demo export.
const TABLES: [string, TableSpec<string, unknown>][] = [
  ['Connections.csv', connectionsSpec],
  ['Contacts.csv', contactsSpec],
  ['Invitations.csv', invitationsSpec],
  ['Endorsement_Received_Info.csv', endorsementsReceivedSpec],
  ['Endorsement_Given_Info.csv', endorsementsGivenSpec],
  ['Recommendations_Received.csv', recommendationsReceivedSpec],
  ['Recommendations_Given.csv', recommendationsGivenSpec],
] as [string, TableSpec<string, unknown>][];

async function demoRecords(name: string, spec: TableSpec<string, unknown>): Promise<Record<string, unknown>[]> {
  const bytes = new Uint8Array(readFileSync(fixture(`demo/${name}`)));
  const file = { kind: spec.kind, name, size: bytes.length, read: async () => bytes } as unknown as ExportFile;
  return (await readTableFile(file, spec)).records as Record<string, unknown>[];
}

function withValue(record: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...record };
  if (value === DELETE) delete copy[key];
  else copy[key] = value;
  return copy;
}

describe.each(TABLES)('the rows of %s, checked without zod', (name, spec) => {
  const schema = spec.schema as z.ZodType;
  const fits = spec.fits as (record: unknown) => boolean;

  it('are records exactly as the schema gives them back, key order included, and all fit', async () => {
    const records = await demoRecords(name, spec);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(JSON.stringify(record)).toBe(JSON.stringify(schema.parse(record)));
      expect(fits(record)).toBe(true);
    }
  });

  // A record the schema refuses must never be kept: wherever zod refuses, the check must refuse too.
  it('accepts and refuses as the schema does, whatever any field holds', async () => {
    const [record] = await demoRecords(name, spec);
    for (const key of Object.keys(record ?? {})) {
      for (const value of ODD_VALUES) {
        const changed = withValue(record ?? {}, key, value);
        expect({ key, value, accepted: fits(changed) }).toEqual({ key, value, accepted: schema.safeParse(changed).success });
      }
    }
    for (const odd of [null, undefined, 'x', 1, []]) expect(fits(odd)).toBe(schema.safeParse(odd).success);
  });
});

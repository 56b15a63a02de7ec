import type { TableSpec } from './table-file.js';
import { connectionsSpec } from './connections.js';
import { endorsementsGivenSpec, endorsementsReceivedSpec } from './endorsements.js';
import { recommendationsGivenSpec, recommendationsReceivedSpec } from './recommendations.js';
import { contactsSpec } from './contacts.js';
import { educationSpec, positionsSpec, profileSpec, skillsSpec } from './owner-files.js';

/**
 * The tables read whole into an array of records, by kind: what another thread needs to read one of them
 * knowing only its kind (launch/table-reads.ts). Invitations.csv is read into columns and messages.csv
 * folded, so neither is here.
 */
export const TABLE_SPECS = {
  connections: connectionsSpec,
  profile: profileSpec,
  endorsementsReceived: endorsementsReceivedSpec,
  endorsementsGiven: endorsementsGivenSpec,
  recommendationsReceived: recommendationsReceivedSpec,
  recommendationsGiven: recommendationsGivenSpec,
  contacts: contactsSpec,
  positions: positionsSpec,
  skills: skillsSpec,
  education: educationSpec,
} as const;

export type TableKind = keyof typeof TABLE_SPECS;
/** The record a table of that kind holds. */
export type RecordOf<K extends TableKind> = (typeof TABLE_SPECS)[K] extends TableSpec<string, infer T> ? T : never;

export const isTableKind = (kind: string): kind is TableKind => Object.hasOwn(TABLE_SPECS, kind);

/** The spec of one kind, as readTableFile() takes it: each spec's own field names are its business. */
export const tableSpec = <K extends TableKind>(kind: K): TableSpec<string, RecordOf<K>> => TABLE_SPECS[kind] as unknown as TableSpec<string, RecordOf<K>>;

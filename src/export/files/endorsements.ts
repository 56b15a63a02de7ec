import { endorsementSchema, type Endorsement } from '../records.js';
import { tableProfileKey } from './profile-key.js';
import type { FileKind } from '../types.js';
import type { TableSpec } from './table-file.js';
import { endorsementFits } from './record-checks.js';

type Field = 'date' | 'skill' | 'firstName' | 'lastName' | 'url' | 'status';

/**
 * Endorsement_Received_Info.csv (the endorser) and Endorsement_Given_Info.csv (the endorsee).
 * URLs come without a scheme (`www.linkedin.com/in/…`); the 2022 and legacy UTF-16 files have none.
 */
function endorsementsSpec(kind: FileKind, who: 'Endorser' | 'Endorsee'): TableSpec<Field, Endorsement> {
  return {
    kind,
    columnsShown: `Endorsement Date, Skill Name, ${who} First Name, …`,
    skippedRowsMean: { key: 'readers.mean.endorsements' },
    schema: endorsementSchema,
    fits: endorsementFits,
    columns: {
      date: ['Endorsement Date'],
      skill: ['Skill Name'],
      firstName: [`${who} First Name`],
      lastName: [`${who} Last Name`],
      url: [`${who} Public Url`, `${who} Profile Url`],
      status: ['Endorsement Status'],
    },
    required: ['skill', 'firstName', 'lastName'],
    repeated: ['skill', 'firstName', 'lastName', 'status'],
    transient: ['date', 'url'],
    toRecord: (cell, line, dates) => ({
      date: dates.time('date'),
      skill: cell('skill'),
      firstName: cell('firstName'),
      lastName: cell('lastName'),
      key: tableProfileKey(cell('url')),
      status: cell('status'),
      line,
    }),
  };
}

export const endorsementsReceivedSpec = endorsementsSpec('endorsementsReceived', 'Endorser');
export const endorsementsGivenSpec = endorsementsSpec('endorsementsGiven', 'Endorsee');

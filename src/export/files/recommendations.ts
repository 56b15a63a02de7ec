import { recommendationSchema, type Recommendation } from '../records.js';
import type { FileKind } from '../types.js';
import type { TableSpec } from './table-file.js';
import { recommendationFits } from './record-checks.js';

type Field = 'firstName' | 'lastName' | 'company' | 'jobTitle' | 'text' | 'date' | 'status';

/** Recommendations_Received.csv / Recommendations_Given.csv: names and company, never a URL. */
function recommendationsSpec(kind: FileKind): TableSpec<Field, Recommendation> {
  return {
    kind,
    columnsShown: 'First Name, Last Name, Company, Job Title, Text, …',
    skippedRowsMean: { key: 'readers.mean.recommendations' },
    schema: recommendationSchema,
    fits: recommendationFits,
    columns: {
      firstName: ['First Name'],
      lastName: ['Last Name'],
      company: ['Company'],
      jobTitle: ['Job Title'],
      text: ['Text'],
      date: ['Creation Date'],
      status: ['Status'],
    },
    required: ['firstName', 'lastName', 'text'],
    toRecord: (cell, line, dates) => ({
      firstName: cell('firstName'),
      lastName: cell('lastName'),
      company: cell('company'),
      jobTitle: cell('jobTitle'),
      text: cell('text'),
      date: dates.time('date'),
      status: cell('status'),
      line,
    }),
  };
}

export const recommendationsReceivedSpec = recommendationsSpec('recommendationsReceived');
export const recommendationsGivenSpec = recommendationsSpec('recommendationsGiven');

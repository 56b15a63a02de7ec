import * as z from 'zod';
import { educationSchema, positionSchema, profileSchema, type Education, type Position, type Profile } from '../records.js';
import { parseMonth } from '../dates.js';
import { skip, type TableSpec } from './table-file.js';

/** Positions.csv: the owner's own employers, unchanged from 2018 to 2026. */
export const positionsSpec: TableSpec<'company' | 'title' | 'description' | 'startedOn' | 'finishedOn', Position> = {
  kind: 'positions',
  columnsShown: 'Company Name, Title, …',
  skippedRowsMean: { key: 'readers.mean.positions' },
  schema: positionSchema,
  columns: {
    company: ['Company Name', 'Company'],
    title: ['Title'],
    description: ['Description'],
    startedOn: ['Started On'],
    finishedOn: ['Finished On'],
  },
  required: ['company', 'title'],
  toRecord: (cell, line) =>
    cell('company') === ''
      ? skip('no company')
      : {
          company: cell('company'),
          title: cell('title'),
          description: cell('description'),
          startedOn: parseMonth(cell('startedOn')),
          finishedOn: parseMonth(cell('finishedOn')),
          line,
        },
};

/** Profile.csv: one row about the owner (2018 and 2022+ headers). */
export const profileSpec: TableSpec<'firstName' | 'lastName' | 'headline' | 'summary' | 'industry', Profile> = {
  kind: 'profile',
  columnsShown: 'First Name, Last Name, …, Headline',
  skippedRowsMean: { key: 'readers.mean.profile' },
  schema: profileSchema,
  columns: {
    firstName: ['First Name'],
    lastName: ['Last Name'],
    headline: ['Headline'],
    summary: ['Summary'],
    industry: ['Industry'],
  },
  required: ['firstName', 'lastName', 'headline'],
  toRecord: (cell) => ({
    firstName: cell('firstName'),
    lastName: cell('lastName'),
    headline: cell('headline'),
    summary: cell('summary'),
    industry: cell('industry'),
  }),
};

export const skillsSpec: TableSpec<'name', string> = {
  kind: 'skills',
  columnsShown: 'Name',
  skippedRowsMean: { key: 'readers.mean.skills' },
  schema: z.string().min(1),
  columns: { name: ['Name'] },
  required: ['name'],
  toRecord: (cell) => cell('name') || skip('empty skill'),
};

export const educationSpec: TableSpec<'school' | 'degree' | 'startDate' | 'endDate', Education> = {
  kind: 'education',
  columnsShown: 'School Name, …',
  skippedRowsMean: { key: 'readers.mean.education' },
  schema: educationSchema,
  columns: {
    school: ['School Name'],
    degree: ['Degree Name'],
    startDate: ['Start Date'],
    endDate: ['End Date'],
  },
  required: ['school'],
  toRecord: (cell, line) =>
    cell('school') === ''
      ? skip('no school')
      : {
          school: cell('school'),
          degree: cell('degree'),
          startDate: parseMonth(cell('startDate')),
          endDate: parseMonth(cell('endDate')),
          line,
        },
};

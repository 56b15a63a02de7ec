import { describe, expect, it } from 'vitest';
import { checkDecisions } from '../../../src/network/decisions.js';
import type { DecisionEntry, DecisionsFile } from '../../../src/decisions/index.js';
import { makeConnection } from '../evidence/make-export.js';

const entry = (decision: DecisionEntry['decision'], name: string, url: string | null, company = ''): DecisionEntry => ({
  decision,
  name,
  url,
  company,
  position: '',
  connectedOn: null,
  decidedAt: '2026-11-22T19:49:20.000Z',
});
const file = (decisions: Record<string, DecisionEntry>): DecisionsFile => ({
  netprune: 'decisions',
  version: 1,
  export: 'old',
  owner: 'in/alex-kim',
  decisions,
});

describe('checkDecisions', () => {
  const connections = [
    makeConnection('Ana', 'Lopez'),
    makeConnection('Sam', 'Lee', { key: 'in/sam-lee-42', url: 'https://www.linkedin.com/in/sam-lee-42' }),
    makeConnection('Kim', 'Park', { company: 'Globex' }),
    makeConnection('Kim', 'Park', { key: 'in/kim-park-2', company: 'Initech' }),
    makeConnection('Jo', 'Ray', { key: 'in/jo-ray' }),
    makeConnection('Jo', 'Ray', { key: 'in/jo-ray-2' }),
  ];
  const check = checkDecisions(
    file({
      'in/ana-lopez': entry('remove', 'Ana Lopez', 'https://www.linkedin.com/in/ana-lopez'),
      'in/sam-lee': entry('remove', 'Sam Lee', 'https://www.linkedin.com/in/sam-lee'),
      'name:kim park|initech': { ...entry('remove', 'Kim Park', null, 'Initech'), connectedOn: '2020-01-15' },
      'name:jo ray': entry('remove', 'Jo Ray', null),
      'in/gone': entry('remove', 'Gone Person', 'https://www.linkedin.com/in/gone'),
      'in/kept-gone': entry('keep', 'Kept Gone', 'https://www.linkedin.com/in/kept-gone'),
      'in/jo-ray': entry('keep', 'Jo Ray', 'https://www.linkedin.com/in/jo-ray'),
      'in/skip': entry('skip', 'Skip Me', null),
    }),
    connections,
  );

  it('finds who is still connected: by profile key, else by name settled by company and connection date', () => {
    expect(check.marked).toBe(5);
    expect(check.pending.map((p) => [p.key, p.index, p.by])).toEqual([
      ['in/ana-lopez', 0, 'url'],
      ['name:kim park|initech', 3, 'name+company+date'],
    ]);
  });

  it('a namesake with another profile does not count as still connected', () => {
    expect(check.done.map((d) => d.key)).toEqual(['in/gone', 'in/sam-lee']);
  });

  it('a name several connections share is unclear', () => {
    expect(check.unclear.map((d) => d.key)).toEqual(['name:jo ray']);
  });

  it('lists people marked keep who are gone', () => {
    expect(check.keptButGone.map((d) => d.key)).toEqual(['in/kept-gone']);
  });
});

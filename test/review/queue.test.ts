import { describe, expect, it } from 'vitest';
import { buildQueue, scopeOf } from '../../src/review/queue.js';
import type { Decision } from '../../src/plugin-api.js';
import { makeItem } from './make-item.js';

const ada = makeItem('Ada', 'Stone', { connectedOn: '2019-05-01', company: 'Zeta' });
const ben = makeItem('Ben', 'Ortiz', { connectedOn: '2016-02-01', company: 'Acme' });
const cy = makeItem('Cy', 'Park', { connectedOn: null, company: '' });
const dee = makeItem('Dee', 'Lund', { connectedOn: '2015-01-01', label: 'weak-tie', company: 'Acme' });
const eve = makeItem('Eve', 'Marsh', { connectedOn: '2014-01-01', label: 'known' });
const items = [ada, ben, cy, dee, eve];
const names = (list: { connection: { firstName: string } }[]) => list.map((i) => i.connection.firstName);
const none = new Map<string, Decision>();

describe('buildQueue', () => {
  it('asks strangers then weak ties, oldest connection first, unknown dates last, and leaves known people out', () => {
    expect(names(buildQueue(items, none))).toEqual(['Ben', 'Ada', 'Cy', 'Dee']);
  });

  it.each([
    ['newest', ['Ada', 'Ben', 'Cy', 'Dee']],
    ['name', ['Ada', 'Ben', 'Cy', 'Dee']],
    ['company', ['Ben', 'Ada', 'Cy', 'Dee']],
  ] as const)('--order %s', (order, expected) => {
    expect(names(buildQueue(items, none, { order }))).toEqual(expected);
  });

  it.each([
    ['stranger', ['Ben', 'Ada', 'Cy']],
    ['weak-tie', ['Dee']],
    ['known', ['Eve']],
    ['all', ['Ben', 'Ada', 'Cy', 'Dee', 'Eve']],
  ] as const)('--only %s', (only, expected) => {
    expect(names(buildQueue(items, none, { only }))).toEqual(expected);
  });

  it('puts skipped contacts after every undecided one, and leaves decided ones out unless --redo', () => {
    const decisions = new Map<string, Decision>([
      [ben.key, 'skip'],
      [ada.key, 'remove'],
      [dee.key, 'keep'],
    ]);
    expect(names(buildQueue(items, decisions))).toEqual(['Cy', 'Ben']);
    expect(names(buildQueue(items, decisions, { redo: true }))).toEqual(['Ada', 'Cy', 'Dee', 'Ben']);
  });

  it('asks once about a connection listed twice', () => {
    expect(scopeOf([ada, ben, { ...ada }])).toHaveLength(2);
  });
});

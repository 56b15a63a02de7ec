import { describe, expect, it } from 'vitest';
import { OutsiderTable } from '../../../src/network/outsider-table.js';

const side = (count: number, first: string | null, last: string | null = first) => ({ count, first, last });
const none = side(0, null);

describe('OutsiderTable', () => {
  it('gives back a light row exactly as an outsider kept whole from the start', () => {
    const light = new OutsiderTable(0);
    const whole = new OutsiderTable(0);
    const [a, b] = [light.row('in/sam-lee', 'in/sam-lee', 'Sam Lee, PhD'), whole.row('in/sam-lee', 'in/sam-lee', 'Sam Lee, PhD')];
    whole.made(b);
    for (const table of [light, whole]) {
      const row = table === light ? a : b;
      table.addConversation(row, side(2, '2024-01-03T10:00:00Z', '2024-02-01T08:00:00Z'), side(1, '2024-01-02T09:00:00Z'));
      table.addConversation(row, side(1, '2023-12-30T23:59:59Z'), none);
    }
    expect(light.outsider(a)).toEqual(whole.outsider(b));
    expect(light.outsider(a)).toMatchObject({
      firstName: 'Sam',
      lastName: 'Lee',
      messages: { sent: 3, received: 1, conversations: 2, twoWayConversations: 1, first: '2023-12-30T23:59:59Z', last: '2024-02-01T08:00:00Z' },
    });
  });

  it('keeps whole, with the strings as written, a row whose dates the columns would not give back', () => {
    const table = new OutsiderTable(0);
    const row = table.row('in/kim', 'in/kim', 'Kim Park');
    table.addConversation(row, side(1, '2024-01-03T10:00:00.250Z'), side(1, '2024-01-02T09:00:00Z'));
    expect(table.outsider(row).messages).toMatchObject({ first: '2024-01-02T09:00:00Z', last: '2024-01-03T10:00:00.250Z' });
    expect(table.outsider(row)).toBe(table.outsider(row));
  });

  it('moves invitations in order, and a moved one does not drag its old chain along', () => {
    const table = new OutsiderTable(4);
    const named = table.row('name:dana ng', null, 'Dana Ng');
    const keyed = table.row('in/dana', 'in/dana', 'Dana Ng');
    table.addInvitation(named, 0);
    table.addInvitation(named, 2);
    table.addInvitation(keyed, 1);
    table.moveInvitations(named, keyed);
    table.remove(named);
    table.addInvitation(keyed, 3);
    expect(table.outsider(keyed).invitations).toEqual([1, 0, 2, 3]);
    expect([0, 1, 2, 3].map((i) => table.invitationHolder(i))).toEqual([keyed, keyed, keyed, keyed]);
    expect([...table.rows()]).toEqual([keyed]);
  });

  it('after a row is removed, its id starts a new row at the end, as a new person met later', () => {
    const table = new OutsiderTable(0);
    const first = table.row('name:eva petit', null, 'Eva Petit');
    table.row('in/omar', 'in/omar', 'Omar Haddad');
    table.remove(first);
    const again = table.row('name:eva petit', null, 'Eva Petit');
    expect(again).not.toBe(first);
    expect([...table.rows()].map((row) => table.name(row))).toEqual(['Omar Haddad', 'Eva Petit']);
  });

  it('grows past its first columns without losing a row', () => {
    const table = new OutsiderTable(3000);
    for (let i = 0; i < 3000; i++) {
      const row = table.row(`in/p${i}`, `in/p${i}`, `P ${i}`);
      table.addConversation(row, side(i, '2024-01-01T00:00:00Z'), none);
      table.addInvitation(row, i);
    }
    expect(table.outsider(2999)).toMatchObject({ id: 'in/p2999', messages: { sent: 2999, conversations: 1 }, invitations: [2999] });
    expect(table.outsider(5)).toMatchObject({ id: 'in/p5', messages: { sent: 5 }, invitations: [5] });
  });

  it('gives back each name and id as added, odd ones included, a name-only row by its name id', () => {
    const table = new OutsiderTable(0, 2);
    const people: [string, string | null, string][] = [
      ['in/cher', 'in/cher', 'Cher'],
      ['name:', null, ''],
      ['name:søren ålund', null, 'Søren Ålund'],
      ['in/kim-park', 'in/kim-park', 'Kim Park, PhD'],
      ['in/emoji', 'in/emoji', '😀 Dana \u202e Ng'],
      ['name:sam lee', null, 'Sam Lee'],
    ];
    const rows = people.map(([id, key, name]) => table.row(id, key, name));
    expect(rows).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows.map((row) => table.row(people[row]![0], people[row]![1], 'another name'))).toEqual(rows);
    expect(rows.map((row) => [table.outsider(row).id, table.key(row), table.name(row)])).toEqual(people);
  });

  it('finds a person again by their key, and refuses a key that is not the id', () => {
    const table = new OutsiderTable(0);
    const sam = table.row('in/sam-lee', 'in/sam-lee', 'Sam Lee');
    table.row('name:sam lee', null, 'Sam Lee');
    expect(table.row('in/sam-lee', 'in/sam-lee', 'Samuel Lee')).toBe(sam);
    expect(() => table.row('name:sam lee', 'in/sam-lee', 'Sam Lee')).toThrow(/not its key/);
  });

  it('sized for a million rows and given one, reads its untouched columns as nothing known', () => {
    const table = new OutsiderTable(0, 1_000_000);
    const row = table.row('in/kim', 'in/kim', 'Kim Park');
    table.addConversation(row, side(1, '2024-01-03T10:00:00Z'), none);
    expect(table.outsider(row).messages).toMatchObject({ sent: 1, first: '2024-01-03T10:00:00Z', last: '2024-01-03T10:00:00Z' });
    expect(table.outsider(row).invitations).toEqual([]);
    expect(table.invitationHolder(0)).toBe(-1);
  });

  it('gives back names read while rows are added, across blocks of names, as added', () => {
    const table = new OutsiderTable(0);
    const nameOf = (i: number) => `Person ${i}${i % 3 === 0 ? ', PhD' : ''}`;
    for (let i = 0; i < 10_000; i++) {
      const row = table.row(`in/p${i}`, `in/p${i}`, nameOf(i));
      expect(table.made(row).name).toBe(nameOf(i));
      if (i % 997 === 0) expect(table.name(i >> 1)).toBe(nameOf(i >> 1));
    }
    table.seal();
    expect([0, 4095, 4096, 8191, 8192, 9999].map((row) => table.name(row))).toEqual([0, 4095, 4096, 8191, 8192, 9999].map(nameOf));
  });
});

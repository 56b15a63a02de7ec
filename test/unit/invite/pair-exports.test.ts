import { describe, expect, it } from 'vitest';
import { pairConnections } from '../../../src/network/pair-exports.js';
import { makeConnection } from '../evidence/make-export.js';

describe('pairConnections', () => {
  it('pairs by profile key, whatever the order; the rest were added or removed', () => {
    const [a, b, c, d] = [makeConnection('Ana', 'Lopez'), makeConnection('Ben', 'Ode'), makeConnection('Cy', 'Reed'), makeConnection('Di', 'Moss')];
    expect(pairConnections([a, b, c], [d, c, a])).toEqual({
      pairs: [
        [2, 1, 'url'],
        [0, 2, 'url'],
      ],
      removed: [1],
      added: [0],
    });
  });

  it('two people with one name and two profiles stay two people', () => {
    const friend = makeConnection('Sam', 'Lee', { key: 'in/sam-lee' });
    const namesake = makeConnection('Sam', 'Lee', { key: 'in/sam-lee-42' });
    expect(pairConnections([friend, namesake], [friend])).toEqual({ pairs: [[0, 0, 'url']], removed: [1], added: [] });
  });

  it('falls back on the name for an export without URLs, if Connected On agrees', () => {
    const old = makeConnection('Ana', 'Lopez', { key: null, url: null, connectedOn: '2019-05-02' });
    const now = makeConnection('Ana', 'Lopez', { connectedOn: '2019-05-02' });
    expect(pairConnections([old], [now]).pairs).toEqual([[0, 0, 'name']]);
    const reconnected = makeConnection('Ana', 'Lopez', { connectedOn: '2024-01-09' });
    expect(pairConnections([old], [reconnected])).toEqual({ pairs: [], removed: [0], added: [0] });
  });

  it('settles a shared name by company, else by the day they connected', () => {
    const older = [
      makeConnection('Kim', 'Park', { key: null, url: null, company: 'Globex', connectedOn: '2018-01-01' }),
      makeConnection('Kim', 'Park', { key: null, url: null, company: 'Initech', connectedOn: '2020-06-30' }),
    ];
    const byCompany = makeConnection('Kim', 'Park', { company: 'Initech', connectedOn: '2020-06-30' });
    expect(pairConnections(older, [byCompany]).pairs).toEqual([[1, 0, 'name+company']]);
    const movedOn = makeConnection('Kim', 'Park', { company: 'Contoso', connectedOn: '2018-01-01' });
    expect(pairConnections(older, [movedOn]).pairs).toEqual([[0, 0, 'name+date']]);
  });

  it('never pairs one older connection twice', () => {
    const old = makeConnection('Ana', 'Lopez', { key: null, url: null, connectedOn: null });
    const twins = [
      makeConnection('Ana', 'Lopez', { key: 'in/ana-1', connectedOn: null }),
      makeConnection('Ana', 'Lopez', { key: 'in/ana-2', connectedOn: null }),
    ];
    const { pairs, added } = pairConnections([old], twins);
    expect(pairs).toHaveLength(1);
    expect(added).toHaveLength(1);
  });
});

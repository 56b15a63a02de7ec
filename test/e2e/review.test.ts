/** `review` outside a terminal. Spawns the built bin: run `npm run build` first. */
import { describe, expect, it } from 'vitest';
import { spawnNetprune } from '../helpers/exec.js';

describe('review without a terminal', () => {
  it('exits 2 with one line pointing to audit --json and prune-list', () => {
    const run = spawnNetprune(['review', 'fixtures/demo'], { input: 'k\n' });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'netprune: review is interactive and needs a terminal; in a script use `netprune audit fixtures/demo --json`, or `netprune prune-list fixtures/demo` for earlier decisions\n',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDecisions } from '../../../src/decisions/index.js';
import { fixture } from '../../helpers/exec.js';

const digests = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );

describe('fixtures/demo-later', () => {
  it('is what `generate-demo.mjs --later` writes', () => {
    const out = mkdtempSync(join(tmpdir(), 'netprune-later-'));
    execFileSync(process.execPath, [fixture('generate-demo.mjs'), '--later', out], { stdio: 'pipe' });
    const generated = digests(join(out, 'demo-later'));
    expect(Object.keys(generated)).toContain('netprune-decisions.json');
    expect(digests(fixture('demo-later'))).toEqual(generated);
  });

  it('holds a decisions file that the review module reads', async () => {
    const file = await readDecisions(fixture('demo-later/netprune-decisions.json'));
    const counts = { keep: 0, remove: 0, skip: 0 };
    for (const entry of Object.values(file?.decisions ?? {})) counts[entry.decision]++;
    expect(file?.owner).toBe('in/camille-lefèvre-4b2a91c7');
    expect(counts).toEqual({ keep: 25, remove: 42, skip: 3 });
  });
});

/**
 * The documents a plugin author reads: the signal reference in them is the one the code uses (made from
 * its tables by `npm run docs`), and every file they point to is in the package.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withReference } from '../src/classify/reference.js';
import { root } from './helpers/exec.js';

const DOCUMENTS = ['README.md', 'docs/plugins.md'];
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the plugin and rule-set documentation', () => {
  it.each(DOCUMENTS)('%s carries the signal reference the code uses (else: npm run docs)', (file) => {
    const text = read(file);
    expect(text).toContain('<!-- generated: signals (npm run docs) -->');
    expect(text).toBe(withReference(text));
  });

  it('defines twoWay as the code means it', () => {
    for (const file of DOCUMENTS) expect(read(file)).toContain('- `twoWay` (yes/no): both of you wrote in the same 1:1 conversation\n');
  });

  it('points only to files the package ships', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    const shipped = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const file of DOCUMENTS) {
      const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const links = [...read(file).matchAll(/\]\((?!https?:|#)([^)\s]+)\)/g)].map((m) => join(folder, m[1]!));
      // The README's Development section is for contributors, who have the repository.
      const forUsers = read(file).split('\n## Development')[0]!;
      const named = [...forUsers.matchAll(/`((?:src|test|fixtures|examples|docs|rules)\/[\w./-]+)`/g)].map((m) => m[1]!);
      for (const path of [...links, ...named]) {
        expect(
          shipped.some((p) => p === path || p.startsWith(path.endsWith('/') ? path : `${path}/`)),
          `${file} points to ${path}`,
        ).toBe(true);
      }
    }
  });
});

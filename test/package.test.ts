/** What `npm pack` ships: the program and its documents, never the tests or the fixtures. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/exec.js';

interface Packed {
  files: { path: string }[];
}

describe('the npm package', () => {
  it('holds bin/, the built code, rules/, the plugin guide and its examples, README, LICENSE and CHANGELOG, and nothing else', () => {
    // The global setup has just built; prepack would build again.
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const paths = (JSON.parse(pack.stdout) as Packed[])[0]!.files.map((file) => file.path);

    const outside = paths.filter((path) => !/^(bin\/netprune\.js|bundle\/[\w-]+\.js|dist\/.+\.(js|d\.ts)|rules\/[\w-]+\.json)$/.test(path));
    expect(outside.sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'docs/audit-report.png',
      'docs/plugins.md',
      'examples/javascript/package.json',
      'examples/javascript/recruiters.mjs',
      'examples/javascript/recruiters.test.mjs',
      'examples/typescript/package.json',
      'examples/typescript/src/recent-contact.test.ts',
      'examples/typescript/src/recent-contact.ts',
      'examples/typescript/tsconfig.json',
      'package.json',
    ]);
    for (const needed of ['bin/netprune.js', 'bundle/cli.js', 'bundle/worker.js', 'dist/index.js', 'dist/index.d.ts', 'rules/coffee-test.json'])
      expect(paths).toContain(needed);
    // Every module a packed bundle file imports is packed too: the tarball runs on its own.
    for (const path of paths.filter((p) => p.startsWith('bundle/'))) {
      const source = readFileSync(join(root, path), 'utf8');
      for (const [, target] of source.matchAll(/(?:from|import\()\s*["']\.\/([\w.-]+\.js)["']/g)) expect(paths).toContain(`bundle/${target}`);
    }
  });
});

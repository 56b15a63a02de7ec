import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './../helpers/exec.js';

/** Every declaration file a library user's compiler reads, starting from the package's `types`. */
function publishedTypes(): Map<string, string> {
  const files = new Map<string, string>();
  const pending = [join(root, 'dist/index.d.ts')];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const [, a, b] of text.matchAll(/from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)) pending.push(join(dirname(file), (a ?? b)!.replace(/\.js$/, '.d.ts')));
  }
  return files;
}

describe('the published types', () => {
  // The performance devices are the CLI's business (launch/runtime.ts): a library user who could
  // set them would depend on how netprune happens to be fast today.
  it('hold none of the performance machinery', () => {
    const files = publishedTypes();
    expect(files.size).toBeGreaterThan(5);
    for (const [file, text] of files) {
      expect({ file, found: text.match(/scanMessages|collectGarbage|keepConversations|RecordBatch|MessageScan|Runtime\b/g) }).toEqual({ file, found: null });
    }
  });

  it('give analyse() one Contact per connection', () => {
    const analyse = [...publishedTypes()].find(([file]) => file.endsWith('/analyse.d.ts'))?.[1] ?? '';
    expect(analyse).toMatch(/readonly contacts: readonly Contact\[\]/);
  });
});

#!/usr/bin/env node
/** `npm run docs`: writes the signal reference (src/classify/reference.ts) into the documents that carry it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withReference } from '../dist/classify/reference.js';

for (const file of ['README.md', 'docs/plugins.md']) {
  const before = readFileSync(file, 'utf8');
  const after = withReference(before);
  if (after !== before) {
    writeFileSync(file, after);
    console.log(`updated ${file}`);
  }
}

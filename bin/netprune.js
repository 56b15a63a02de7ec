#!/usr/bin/env node
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../bundle/cli.js', import.meta.url))) {
  process.stderr.write('netprune: not built yet: run `npm run build` in the netprune folder first.\n');
  process.exit(2);
}
await import('../bundle/cli.js');

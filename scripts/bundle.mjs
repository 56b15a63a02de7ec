#!/usr/bin/env node
/**
 * `npm run build`'s second step: the CLI as one bundle, in bundle/, for bin/netprune.js. tsc's dist/
 * stays the library (`import 'netprune'`) and what the benchmark loads piece by piece.
 *
 * Why: Node loads ES modules one file at a time, and the worker that runs `audit` loaded about 130
 * of them (zod's among them) before it read a byte: 70 ms of a large audit's critical path. The
 * bundle has the same code in a few chunks, split where the program imports a command lazily.
 *
 * The chunks sit one level below the package, as dist/'s modules do, so that src/package-root.ts
 * finds rules/ and package.json from either. commander and @inquirer/core (with what it uses) are
 * CommonJS, and stay outside: bundled, their require() of Node's modules would need a shim. zod,
 * csv-parse and chalk are ES modules, and are bundled.
 */
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'dist/cli.js', worker: 'dist/launch/worker.js' },
  outdir: 'bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  external: ['commander', '@inquirer/*'],
  // launch/in-worker.ts starts `new URL('./worker.js', import.meta.url)`: beside it in dist/launch/, and here.
  entryNames: '[name]',
  sourcemap: 'linked',
  logLevel: 'warning',
});

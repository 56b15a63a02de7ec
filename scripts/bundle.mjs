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
 * finds rules/ and package.json from either. zod, csv-parse and chalk are ES modules, and are bundled.
 *
 * commander is CommonJS, and is bundled too: loaded from node_modules, its six files went through
 * Node's CommonJS loader and the lexer that finds the names an ES module may import, the largest
 * single cost of `netprune --help` (docs/performance.md). Bundled CommonJS calls require() for
 * Node's own modules, which an ES module does not have: the banner gives one. @inquirer/core (with
 * what it uses) is CommonJS too, loaded only by `review`, and stays outside.
 */
import { build } from 'esbuild';

/**
 * commander requires child_process as it loads, for the executable subcommands netprune does not
 * have: Node would load child_process, net and dgram for every run. This hands commander a module
 * that requires child_process only if something of it is used.
 */
const childProcessWhenUsed = {
  name: 'child-process-when-used',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path: 'child_process', namespace: 'when-used' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'when-used' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, name) => (loaded ??= require('node:child_process'))[name] });",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: { cli: 'dist/cli.js', worker: 'dist/launch/worker.js' },
  outdir: 'bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  external: ['@inquirer/*'],
  // Only Node's own modules are required so (test/e2e/bundle.test.ts checks it): getBuiltinModule
  // gives them without loading node:module for a createRequire().
  banner: {
    js: "const require = (id) => process.getBuiltinModule(id) ?? ((error) => { throw error; })(new Error('the bundle cannot require ' + id));",
  },
  plugins: [childProcessWhenUsed],
  // launch/in-worker.ts starts `new URL('./worker.js', import.meta.url)`: beside it in dist/launch/, and here.
  entryNames: '[name]',
  sourcemap: 'linked',
  logLevel: 'warning',
});

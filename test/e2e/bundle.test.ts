/**
 * scripts/bundle.mjs bundles commander, which is CommonJS: its require() calls are answered by the
 * bundle's banner with Node's own modules only (process.getBuiltinModule). A bundled package that
 * required anything else would fail only when that line ran; this finds it at build time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/exec.js';

describe('the CLI bundle', () => {
  it('holds commander, and requires nothing but Node’s own modules', () => {
    const folder = join(root, 'bundle');
    const sources = readdirSync(folder)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(folder, name), 'utf8'));
    const required = sources.flatMap((source) => [...source.matchAll(/__require\("([^"]+)"\)/g)].map((match) => match[1]));
    expect(required).toContain('node:events');
    expect(required.filter((id) => !builtinModules.includes(id!.replace(/^node:/, '')))).toEqual([]);
    expect(sources.some((source) => source.includes('node_modules/commander/lib/command.js'))).toBe(true);
    expect(sources.filter((source) => /^import .* from "commander";$/m.test(source))).toEqual([]);
  });

  it('holds zod without the locales it does not use', () => {
    // `import { z } from 'zod'` takes zod's namespace object as a value, so every locale in it (368 KB of
    // the worker's 760 KB zod chunk) was bundled and compiled on each run; `import * as z` lets esbuild
    // keep only what is used: English, which zod configures as it loads.
    const folder = join(root, 'bundle');
    const sources = readdirSync(folder)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(folder, name), 'utf8'));
    const locales = sources.flatMap((source) => [...source.matchAll(/^\/\/ node_modules\/zod\/v4\/locales\/([\w-]+)\.js$/gm)].map((match) => match[1]));
    expect(locales).toEqual(['en']);
  });
});

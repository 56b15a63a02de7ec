import { fileURLToPath } from 'node:url';

/**
 * The package's folder, where rules/ and package.json are. This module is one level below it: in
 * src/ for the tests, in dist/ as compiled, and in a chunk of bundle/ as bundled for the CLI
 * (scripts/bundle.mjs).
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

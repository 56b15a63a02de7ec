/**
 * What `prune-list --format` writes, apart from prune-list.ts so that the option tables
 * (command-options.ts) can give the choices to `--help` without loading the renderers (docs/performance.md).
 */
export const PRUNE_FORMATS = ['urls', 'csv', 'md', 'html'] as const;
export type PruneFormat = (typeof PRUNE_FORMATS)[number];

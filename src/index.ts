/**
 * netprune as a library: the same pipeline the commands use, with no process, TTY or
 * stdout involved. The plugin contract is re-exported for classifier authors.
 */
export * from './plugin-api.js';
export type { Evidence } from './evidence/types.js';
export type { Connection, Position, Profile } from './export/records.js';
export type { LinkedInExport, FileReport, Owner } from './export/types.js';
export type { Report, ReportContact } from './report/schema.js';
export { loadExport, loadExport as readExport, type LoadOptions } from './export/load.js';
export { buildEvidence } from './evidence/build.js';
export { loadClassifier, classifyAll } from './classify/index.js';
export { analyse, type Analysis, type AnalyseOptions } from './analyse.js';
export { buildReport } from './report/build.js';
export { reportSchema } from './report/schema.js';
export { profileKey, profileUrl } from './export/url.js';

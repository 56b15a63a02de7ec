/**
 * netprune as a library: the same pipeline the commands use, with no process, TTY or
 * stdout involved. `analyse()` is the whole of it (export → evidence → verdict, one `Contact`
 * per connection); `readExport()` reads the export alone. The plugin contract is re-exported
 * for classifier authors.
 */
export * from './plugin-api.js';
export type { Evidence } from './evidence/types.js';
export type { Connection, Position, Profile } from './export/records.js';
export type { LinkedInExport, FileReport, Owner, ReadFacts } from './export/types.js';
export type { InvitationList } from './export/files/invitation-table.js';
export type { Report, ReportContact } from './report/schema.js';
export { loadExport, loadExport as readExport, type LoadOptions } from './export/load.js';
export { buildEvidence } from './evidence/build.js';
export { loadClassifier, classifyAll, type Unjudged } from './classify/index.js';
export { analyse, type Analysis, type AnalyseOptions, type Contact } from './analyse.js';
export { buildReport } from './report/build.js';
export { reportSchema } from './report/schema.js';
export { profileKey, profileUrl } from './export/url.js';
export { signalsOf, SIGNALS, type Signals, type SignalName } from './classify/signals.js';
export { TEXTS, type TextName } from './classify/texts.js';
export { decisionKey } from './classify/earlier-decisions.js';
export { testClassifier, checkCase, type ClassifierCase, type TestRunner } from './testing/tester.js';
export { makeConnection, makeContext, makeEvidence, type EvidenceOverrides } from './testing/factories.js';

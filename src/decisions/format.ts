import { basename, dirname, join, resolve } from 'node:path';
import * as z from 'zod';
import { issueText } from '../classify/issues.js';
import { safeText } from '../util/terminal-text.js';

/**
 * The decisions file `netprune review` writes and `prune-list` and `diff` read. It is read as
 * untrusted input: anyone can hand netprune a file (a forged one, or `--state /etc/passwd`), and what
 * it holds reaches Markdown, HTML and the terminal. Hence the caps and the checks below.
 */
export const DECISIONS_VERSION = 1;

/** Far above the ~10 MB of a 30,000-connection review, far below what would exhaust memory. */
export const MAX_DECISIONS_BYTES = 64 * 1024 * 1024;
/** A name, company or position longer than this is not one LinkedIn would show. */
const MAX_TEXT = 1000;

/** The default decisions file: `netprune-decisions.json` in the folder that holds the export. */
const DEFAULT_STATE_NAME = 'netprune-decisions.json';

// Patterns rather than refinements, so that `netprune schema decisions` carries them too. None admits a
// control, a bidi override or a line separator: netprune never writes one into a URL or a key.
const CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
/** A LinkedIn profile URL as netprune writes one (export/url.ts profileUrl), give or take a country host or a slash. */
const LINKEDIN_PROFILE = new RegExp(`^https://(?:[a-z0-9-]+\\.)?linkedin\\.com/in/[^\\s${CONTROLS}/?#]+/?$`);
/**
 * `in/<slug>` or `name:<folded name>` (review/contact-key.ts); a folded name has single spaces. The
 * owner's key has the same shape: `name:<name>` when the export names its owner only (export/owner.ts).
 */
const DECISION_KEY = new RegExp(`^(?:in/[^\\s${CONTROLS}]+|name:[^${CONTROLS}]+)$`);

const DECISION_SOURCES = ['card', 'company', 'predicted', 'decide'] as const;
export type DecisionSource = (typeof DECISION_SOURCES)[number];

/** Names and roles came from an export, which strangers wrote: escapes and controls are neutralised (removed) on load. */
const text = z.string().max(MAX_TEXT).transform(safeText);
const entrySchema = z.looseObject({
  decision: z.enum(['keep', 'remove', 'skip']),
  name: text,
  /** Canonical profile URL; null for people an old export gives without one. */
  url: z
    .string()
    .max(MAX_TEXT)
    .regex(LINKEDIN_PROFILE, issueText({ key: 'issue.profileUrl' }))
    .nullable(),
  company: text,
  position: text.default(''),
  /** Connected On (`YYYY-MM-DD`): with the name and company, who a decision saved by name is about. Absent from older files. */
  connectedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, issueText({ key: 'issue.day' }))
    .nullable()
    .default(null),
  /** ISO date-time of the answer. */
  decidedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, issueText({ key: 'issue.dateTime' })),
  /**
   * How the decision was made: one card, a company batch, a batch the taste model proposed, or
   * `netprune decide`. Absent from files written before it was kept. The taste model learns from
   * every source but `predicted`: a model trained on its own guesses only grows surer of its mistakes.
   */
  source: z.enum(DECISION_SOURCES).optional(),
});
export type DecisionEntry = z.infer<typeof entrySchema>;

/** `in/<slug>` or `name:<folded name>` (review/contact-key.ts), with nothing that could drive a terminal. */
const keySchema = z
  .string()
  .max(MAX_TEXT)
  .regex(DECISION_KEY, issueText({ key: 'issue.decisionKey' }));

export const decisionsFileSchema = z.looseObject({
  netprune: z.literal('decisions'),
  version: z.literal(DECISIONS_VERSION),
  /** The export last reviewed with this file. */
  export: z.string(),
  /**
   * The export owner's profile key, so one person's decisions are not applied to another's export; `name:<name>`
   * for an export that names its owner only (the 2018–2020 formats), until a later export gives the profile key.
   */
  owner: keySchema.nullable().default(null),
  /** By profile key (`in/<slug>`), or `name:<folded name>` for people without a profile URL. */
  decisions: z.record(keySchema, entrySchema),
});
export type DecisionsFile = z.infer<typeof decisionsFileSchema>;

/**
 * Where decisions live unless `--state` says otherwise: beside the export, under one fixed
 * name, so that next month's export downloaded to the same folder resumes the same decisions.
 */
export function defaultStatePath(exportPath: string): string {
  return join(dirname(exportPath.replace(/[\\/]+$/, '') || '.'), DEFAULT_STATE_NAME);
}

/** The decisions file a command reads and writes: the one `--state` gives, else the default beside the export. */
export const decisionsFileFor = (exportPath: string, cwd: string, given?: string): string =>
  given === undefined ? defaultStatePath(resolve(cwd, exportPath)) : resolve(cwd, given);

export const emptyDecisions = (exportPath: string, owner: string | null): DecisionsFile => ({
  netprune: 'decisions',
  version: DECISIONS_VERSION,
  export: exportPath,
  owner,
  decisions: {},
});

/** `--state` advice that names another file like this one. */
export const anotherFile = (path: string): string => `${basename(path, '.json')}-2.json`;

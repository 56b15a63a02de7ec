import { resolve } from 'node:path';
import { loadExport, type LoadOptions } from './export/load.js';
import { refuseGivenOwnerInNoConversation } from './evidence/owner.js';
import type { LinkedInExport, ReadFacts } from './export/types.js';
import { letGoOfConversationIds } from './export/messages/aggregate.js';
import { buildEvidenceLettingGo, splitExport, type ExportHead } from './evidence/build.js';
import { classifyAll, loadClassifier, type Contact, type Unjudged } from './classify/index.js';
import { listInvitations, type ListedInvitations } from './network/invitations.js';
import { suggestPeople, type Suggestions } from './network/suggest.js';
import { invitationWindow, type InvitationWindow } from './network/invitation-window.js';
import { readWarnings, sameNameWarnings } from './report/warnings.js';
import { runtime } from './launch/runtime.js';
import type { Notice } from './i18n/notice.js';
import type { Translator } from './i18n/translator.js';
import type { ClassifierContext, Decision } from './plugin-api.js';
import type { LoadedClassifier } from './classify/index.js';
import type { PluginLimits } from './classify/plugin-host.js';
import { earlierDecisions } from './classify/earlier-decisions.js';
import { decisionsFileFor } from './decisions/index.js';

export type { Contact } from './classify/index.js';

export interface AnalyseOptions extends LoadOptions {
  /** Built-in rule-set name or rule file path; default `coffee-test`. */
  rules?: string;
  /** Path of a classifier plugin module. */
  classifier?: string;
  /** Where the export path and relative rule-file and plugin paths start. */
  cwd: string;
  /** `YYYY-MM-DD`: the day to judge recency from. */
  today: string;
  /**
   * Earlier review decisions by decision key, for a plugin's context. When absent and a plugin classifies,
   * they are read from `decisionsFile`, else from netprune-decisions.json beside the export, if there is one.
   */
  decisions?: ReadonlyMap<string, Decision>;
  decisionsFile?: string;
  /** `invitations`: also join Invitations.csv to the contacts and to what else the export says of each sender. */
  include?: 'invitations';
  /** What a plugin prints (its console): give netprune's stderr. Dropped when absent. */
  pluginOutput?: (text: string) => void;
  /** How long a plugin may take on one contact and in all. */
  pluginLimits?: PluginLimits;
  /** A plugin's errors carry its stack. */
  debug?: boolean;
  /** Values for the rule set's parameters (the config file's), and the file they come from, for messages. */
  parameters?: Readonly<Record<string, number>>;
  parametersFrom?: string;
  /**
   * The language of the reasons (a rule set's and the same-name reason): the text output's, which the
   * JSON output's `detail` follows too. English when absent.
   */
  translator?: Translator;
}

export interface Analysis extends ReadFacts {
  /** `YYYY-MM-DD`: the day everything was judged as of (and the export's age counted to). */
  readonly today: string;
  /** Facts about the input that change how the result should be read, to say in the output's language (i18n/notice.ts). */
  readonly warnings: readonly Notice[];
  readonly classifier: { readonly id: string; readonly ruleSet: string | null; readonly plugin: string | null };
  /** One per connection, in Connections.csv's order. */
  readonly contacts: readonly Contact[];
  /** The oldest invitation in Invitations.csv: what the export forgets before it. */
  readonly invitationsFrom: string | null;
  /** Invitations.csv counted per month, direction and note; null when the export has no such file. */
  readonly invitationWindow: InvitationWindow | null;
  /** With `include: 'invitations'`: each invitation, whose `connection` is an index into `contacts`. */
  readonly invitations: InvitationsRead | null;
}

interface InvitationsRead {
  readonly listed: ListedInvitations;
  /** The owner's first name as Profile.csv writes it, to sign a reply with. */
  readonly ownerFirstName: string;
}

/** What `suggest` needs: the read and the people the export shows the owner knows outside the connections. */
export interface OutsidersAnalysis extends ReadFacts {
  readonly today: string;
  readonly connections: number;
  readonly suggestions: Suggestions;
}

/** export → evidence → classify: the pipeline every command starts with. Conversations are consumed here. */
export async function analyse(path: string, options: AnalyseOptions): Promise<Analysis> {
  const classifier = await loadClassifier({
    rules: options.rules,
    classifier: options.classifier,
    cwd: options.cwd,
    output: options.pluginOutput,
    limits: options.pluginLimits,
    debug: options.debug,
    parameters: options.parameters,
    parametersFrom: options.parametersFrom,
    speech: options.translator,
  });
  let gathered: Awaited<ReturnType<typeof gather>>;
  let contacts: Contact[];
  try {
    gathered = await gather(path, options, classifier);
    // The conversations went with the export when gather() returned: collected before the verdicts are made.
    runtime().collectGarbage();
    contacts = gathered.contacts ?? classifyAll(gathered.unjudged, classifier, gathered.context, options.translator);
  } finally {
    classifier.close?.();
  }
  return {
    ...gathered.facts,
    today: options.today,
    warnings: [...gathered.warnings, ...sameNameWarnings(contacts.map((c) => c.evidence))],
    classifier: {
      id: classifier.id,
      ruleSet: options.classifier === undefined ? (options.rules ?? 'coffee-test') : null,
      plugin: options.classifier ?? null,
    },
    contacts,
    invitationsFrom: gathered.invitationsFrom,
    invitationWindow: gathered.invitationWindow,
    invitations: gathered.invitations,
  };
}

/** The read and the people outside the connections whom the export shows the owner knows (no classifier). */
export async function analyseOutsiders(path: string, options: Pick<AnalyseOptions, 'cwd' | 'today' | 'me' | 'onProgress'>): Promise<OutsidersAnalysis> {
  const exp = await read(path, options);
  return { ...factsOf(exp), today: options.today, connections: exp.connections.length, suggestions: suggestPeople(exp) };
}

/**
 * Reads the export and keeps only what outlives it: evidence per connection, the invitations
 * joined, the classifier's context. The export itself, and with it every conversation, is not
 * returned: on a large export the conversations are the largest part of what was read.
 */
async function gather(path: string, options: AnalyseOptions, classifier: LoadedClassifier) {
  const { head: exp, unjoined, whole } = await readApart(path, options);
  const invitationsFrom = oldestInvitation(unjoined.invitations ?? []);
  const window = exp.missing.includes('invitations') ? null : invitationWindow(unjoined.invitations ?? []);
  const evidence = buildEvidenceLettingGo(exp, unjoined, options.today).evidence;
  const unjudged: Unjudged[] = exp.connections.map((connection, i) => ({ connection, evidence: evidence[i]! }));
  // Only a plugin reads the decisions: a rule set does not, and need not fail on a damaged file.
  const earlier =
    options.decisions === undefined && options.classifier !== undefined
      ? await earlierDecisions(decisionsFileFor(path, options.cwd, options.decisionsFile), resolve(options.cwd, path), exp.connections, exp.owner)
      : { decisions: options.decisions ?? new Map<string, Decision>(), warning: null };
  const context: ClassifierContext = {
    owner: {
      firstName: exp.owner.firstName,
      lastName: exp.owner.lastName,
      headline: exp.profile?.headline ?? '',
      positions: [...exp.positions],
      skills: [...exp.skills],
    },
    today: options.today,
    decisions: earlier.decisions,
  };
  // The invitations need the verdicts (a stranger's bare invitation gets a reply) and the conversations
  // (what else is known of a sender) at once; without them the verdicts wait for the collection.
  const contacts = whole === null ? null : classifyAll(unjudged, classifier, context, options.translator);
  return {
    facts: factsOf(exp),
    warnings: earlier.warning === null ? readWarnings(exp, options.today) : [...readWarnings(exp, options.today), earlier.warning],
    unjudged,
    context,
    contacts,
    invitationsFrom,
    invitationWindow: window,
    invitations: whole === null || contacts === null ? null : invitationsOf(whole, contacts, options.today),
  };
}

/**
 * The export read, as its head and the files that only the evidence reads: once this returns, nothing else holds
 * those, and each goes once joined. The invitations need the whole export after the verdicts: then it is kept.
 */
async function readApart(path: string, options: AnalyseOptions) {
  const exp = await read(path, options);
  return { ...splitExport(exp), whole: options.include === 'invitations' ? exp : null };
}

/** Reads the export at `path`, resolved against the command's working folder, and collects what the read left. */
async function read(path: string, options: Pick<AnalyseOptions, 'cwd' | 'me' | 'onProgress'>): Promise<LinkedInExport> {
  const exp = await loadExport(resolve(options.cwd, path), { me: options.me, onProgress: options.onProgress });
  refuseGivenOwnerInNoConversation(exp);
  // This export is analyse()'s own and no conversation leaves it: the ids go with the collection.
  letGoOfConversationIds(exp.messages);
  runtime().collectGarbage();
  return exp;
}

const factsOf = (exp: ExportHead): ReadFacts => ({
  source: exp.source,
  exportDate: exp.exportDate,
  files: exp.files,
  missing: exp.missing,
  ignored: exp.ignored,
  owner: exp.owner,
});

function invitationsOf(exp: LinkedInExport, contacts: readonly Contact[], today: string): InvitationsRead | null {
  if (exp.missing.includes('invitations')) return null;
  const verdicts = contacts.map((c) => c.verdict);
  return { listed: listInvitations(exp, verdicts, today), ownerFirstName: exp.profile?.firstName ?? exp.owner.firstName };
}

function oldestInvitation(invitations: LinkedInExport['invitations']): string | null {
  let oldest: string | null = null;
  for (const { sentAt } of invitations) if (sentAt !== null && (oldest === null || sentAt < oldest)) oldest = sentAt;
  return oldest;
}

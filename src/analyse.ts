import { loadExport, type LoadOptions } from './export/load.js';
import type { LinkedInExport } from './export/types.js';
import { buildEvidence } from './evidence/build.js';
import type { Evidence } from './evidence/types.js';
import { classifyAll, loadClassifier } from './classify/index.js';
import type { Classifier, ClassifierContext, Decision, Verdict } from './plugin-api.js';

export interface AnalyseOptions extends LoadOptions {
  /** Built-in rule-set name or rule file path; default `coffee-test`. */
  rules?: string;
  /** Path of a classifier plugin module. */
  classifier?: string;
  /** Where relative rule-file and plugin paths start. */
  cwd: string;
  /** `YYYY-MM-DD`: the day to judge recency from. */
  today: string;
  /** Earlier review decisions by profile key. */
  decisions?: ReadonlyMap<string, Decision>;
  /**
   * Keep the conversations in `export.messages` once the evidence holds what they said (default).
   * With `false` they are let go and `export.messages.conversations` is empty: on a large export they
   * are the largest part of what was read, and only the outsiders (`invitations`) look at them again.
   */
  keepConversations?: boolean;
  /** A full garbage collection, called once the export is read and again once the evidence is built. */
  collectGarbage?: () => void;
}

export interface Analysis {
  export: LinkedInExport;
  /** `YYYY-MM-DD`: the day everything was judged as of (and the export's age counted to). */
  today: string;
  evidence: Evidence[];
  classifier: { instance: Classifier; ruleSet: string | null; plugin: string | null };
  verdicts: Verdict[];
}

/** export → evidence → classify: the pipeline every command starts with. */
export async function analyse(path: string, options: AnalyseOptions): Promise<Analysis> {
  const classifier = await loadClassifier({ rules: options.rules, classifier: options.classifier, cwd: options.cwd });
  const exp = await loadExport(path, options);
  options.collectGarbage?.();
  const evidence = buildEvidence(exp, options.today);
  if (options.keepConversations === false) letGoOfConversations(exp);
  options.collectGarbage?.();
  const context: ClassifierContext = {
    owner: {
      firstName: exp.owner.firstName,
      lastName: exp.owner.lastName,
      headline: exp.profile?.headline ?? '',
      positions: exp.positions,
      skills: exp.skills,
    },
    today: options.today,
    decisions: options.decisions ?? new Map(),
  };
  const verdicts = classifyAll(exp.connections, evidence, classifier, context);
  return {
    export: exp,
    today: options.today,
    evidence,
    classifier: {
      instance: classifier,
      ruleSet: options.classifier === undefined ? (options.rules ?? 'coffee-test') : null,
      plugin: options.classifier ?? null,
    },
    verdicts,
  };
}

/**
 * Its own function so that no register of analyse() still points at the conversations when the
 * garbage collection that follows looks for what is live.
 */
function letGoOfConversations(exp: LinkedInExport): void {
  if (exp.messages !== null) exp.messages = { ...exp.messages, conversations: [] };
}

/** Types of evaluate.mjs, for the TypeScript tests. */
import type { Label, Scores } from './metrics.mjs';

export declare const ROOT: string;
export declare const CORPUS_DIR: string;
export declare const RULES_DIR: string;
export declare const BASELINE_FILE: string;

export interface Truth {
  /** As written in expected.json (as in Connections.csv). */
  url: string;
  label: Label;
  why: string;
}

export interface Case {
  name: string;
  path: string;
  about: string;
  today: string;
  /** By `urlKey`. */
  contacts: Map<string, Truth>;
}

/** The part of `analyse()` (src/analyse.ts) that the evaluation reads. */
export type Analyse = (
  path: string,
  options: { today: string; cwd: string; rules: string },
) => Promise<{
  contacts: readonly {
    connection: { url: string | null; firstName: string; lastName: string };
    verdict: { label: string; reasons: readonly { rule: string; detail: string }[] };
  }[];
}>;

export interface Outcome {
  case: string;
  url: string;
  name: string;
  expected: Label;
  actual: string;
  why: string;
  rule: string | null;
  detail: string | null;
}

export type Results = Record<string, { scores: Scores; outcomes: Outcome[] }>;

export interface CorpusSummary {
  cases: Record<string, number>;
  labels: Record<Label, number>;
}

export interface Baseline {
  $comment?: string;
  corpus: CorpusSummary;
  ruleSets: Record<string, Scores>;
}

export declare function urlKey(url: string): string;
export declare function loadCorpus(dir?: string): Promise<Case[]>;
export declare function listRuleSets(dir?: string): Promise<string[]>;
export declare function evaluate(options: { analyse: Analyse; cases: Case[]; ruleSets: string[]; cwd?: string }): Promise<Results>;
export declare function corpusSummary(cases: Case[]): CorpusSummary;
export declare function readBaseline(file?: string): Promise<Baseline>;
export declare function writeBaseline(cases: Case[], results: Results, file?: string): Promise<Baseline>;

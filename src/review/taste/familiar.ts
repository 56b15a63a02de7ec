import { type Feature, TITLE } from './features.js';
import type { TasteDecision } from './types.js';

/**
 * What a linear model cannot see coming. A person who drops every recruiter whatever the evidence
 * shows it only once they have answered about a recruiter they had talked to; until then every
 * answer says "talked, so keep", and the fitted model keeps a talkative recruiter at 97 %. One who
 * keeps everyone in their field shows it only once asked about a silent statistician. And weights
 * are per word, so "Data Engineer" looks known once a "DevOps Engineer" and a "Data Protection
 * Officer" were removed. Calibration cannot help: it only sees the answers, and they never covered
 * the case. In the evaluation (test/eval-review/) these were nearly every mistake in a batch.
 *
 * So the model is never more than 60 % sure of a decision unless the person has answered that way
 * about a title much like this one: sharing at least two thirds of the words of the shorter of the
 * two ("Senior Data Engineer" and "Data Engineer", not "Data Engineer" and "DevOps Engineer"). Such
 * a card is asked rather than batched, and its answer teaches what the title means to this person.
 * The price is about one answer per common title and decision.
 */
const UNFAMILIAR_CONFIDENCE = 0.6;
const UNFAMILIAR_LOGIT = Math.log(UNFAMILIAR_CONFIDENCE / (1 - UNFAMILIAR_CONFIDENCE));
const SHARED = 2 / 3;

export interface TitleMemory {
  /** The logit of keep, held to UNFAMILIAR_CONFIDENCE when the contact's title is unfamiliar for the way it leans. */
  moderate(logit: number, features: readonly Feature[]): number;
}

const titleOf = (features: readonly Feature[]): string[] => features.filter((f) => f.id.startsWith(TITLE)).map((f) => f.id);

function alike(a: readonly string[], b: ReadonlySet<string>): boolean {
  const shared = a.filter((word) => b.has(word)).length;
  return shared >= SHARED * Math.min(a.length, b.size);
}

export function rememberTitles(answers: readonly (readonly Feature[])[], targets: readonly number[]): TitleMemory {
  const answered: Record<TasteDecision, ReadonlySet<string>[]> = { keep: [], remove: [] };
  answers.forEach((features, i) => {
    const title = titleOf(features);
    if (title.length > 0) answered[targets[i] === 1 ? 'keep' : 'remove'].push(new Set(title));
  });
  // Titles repeat across thousands of contacts: each is compared with the answers once per model.
  const known = new Map<string, boolean>();
  const isFamiliar = (title: string[], side: TasteDecision): boolean => {
    const key = `${side} ${title.join(' ')}`;
    let familiar = known.get(key);
    if (familiar === undefined) known.set(key, (familiar = answered[side].some((other) => alike(title, other))));
    return familiar;
  };
  return {
    moderate(logit, features) {
      const title = titleOf(features);
      const leaning: TasteDecision = logit >= 0 ? 'keep' : 'remove';
      if (title.length === 0 || isFamiliar(title, leaning)) return logit;
      return Math.sign(logit) * Math.min(Math.abs(logit), UNFAMILIAR_LOGIT);
    },
  };
}

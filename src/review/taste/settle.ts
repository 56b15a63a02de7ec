import { demonstrablyKnown } from './knows.js';
import { KNOWN_REMOVE_CONFIDENCE } from './rank.js';
import type { TasteContact, TastePrediction } from './types.js';

/**
 * Below this confidence a prediction is a coin toss, not a decision. Measured by the taste
 * evaluation (test/eval-review/, four simulated people on 1,000 contacts after 25, 50 and 100
 * answers): predictions at 50–55 % agreed with the person 66 % of the time (240 of them), one in
 * three wrong; at 55–60 % 82 %, and from 60 % on 97 % or more (docs/taste-model.md).
 */
export const UNSURE_BELOW = 0.55;

/**
 * What predict says of a contact: the model's decision, or `unsure` and why.
 * - `near-even`: below UNSURE_BELOW;
 * - `you-know-them`: a remove for someone the person demonstrably knows (demonstrablyKnown) below the
 *   98 % a remove batch needs for them (rank.ts). The model reaches it only once the person has
 *   removed people known the same way (familiar.ts holds it at 60 % until then); until it has, it
 *   extrapolates from strangers, and a friend on the removal list is netprune's worst mistake.
 */
export interface Settled {
  decision: 'keep' | 'remove' | 'unsure';
  unsure: 'near-even' | 'you-know-them' | null;
}

export function settle(contact: TasteContact, prediction: Pick<TastePrediction, 'decision' | 'confidence'>): Settled {
  if (prediction.decision === 'remove' && demonstrablyKnown(contact) && prediction.confidence < KNOWN_REMOVE_CONFIDENCE) {
    return { decision: 'unsure', unsure: 'you-know-them' };
  }
  if (prediction.confidence < UNSURE_BELOW) return { decision: 'unsure', unsure: 'near-even' };
  return { decision: prediction.decision, unsure: null };
}

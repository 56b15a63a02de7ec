import type { TitleMemory } from './familiar.js';
import type { Feature } from './features.js';
import { sigmoid } from './logistic.js';
import { type Fitted, fittedLogit } from './predictive.js';
import type { TasteContact, TasteDecision, TasteModel, TastePrediction } from './types.js';

const MAX_BECAUSE = 3;
const SAME_AS_MOST = 'like most of your answers';

export function makeModel(
  fitted: Fitted,
  temperature: number,
  titles: TitleMemory,
  describe: (contact: TasteContact) => Feature[],
  answers: number,
): TasteModel {
  const { encoder, weights } = fitted;
  const keepProbability = (contact: TasteContact): number => {
    const features = describe(contact);
    return sigmoid(titles.moderate(fittedLogit(fitted, features) / temperature, contact, features));
  };
  return {
    answers,
    temperature,
    keepProbability,
    predict(contact): TastePrediction {
      const p = keepProbability(contact);
      // A tie keeps: removing someone the person would keep is the worse mistake.
      const decision: TasteDecision = p >= 0.5 ? 'keep' : 'remove';
      const toward = decision === 'keep' ? 1 : -1;
      // Contribution = weight × value; features that share a phrase (the steps of one count) push together.
      const push = new Map<string, number>();
      for (const f of describe(contact)) {
        const index = encoder.indexOf.get(f.id);
        if (index !== undefined) push.set(f.phrase, (push.get(f.phrase) ?? 0) + toward * weights[index]! * f.value);
      }
      const because = [...push]
        .filter(([, amount]) => amount > 0)
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .slice(0, MAX_BECAUSE)
        .map(([phrase]) => phrase);
      return { decision, confidence: Math.max(p, 1 - p), because: because.length > 0 ? because : [SAME_AS_MOST] };
    },
  };
}

import type { Encoder } from './encoder.js';
import type { Feature } from './features.js';
import { inverseQuadratic } from './cholesky.js';
import { dot } from './logistic.js';

/** A fitted model before calibration: its vocabulary, its weights and the Hessian's factor there. */
export interface Fitted {
  encoder: Encoder;
  weights: Float64Array;
  hessianFactor: Float64Array;
}

export const fittedLogit = ({ encoder, weights }: Fitted, features: readonly Feature[]): number => dot(weights, encoder.encode(features));

/**
 * Each answer's logit as if the model had been fitted without it: one Newton step from the full
 * fit with a Sherman–Morrison downdate of the Hessian (approximate leave-one-out, Rad & Maleki
 * 2020, "A scalable estimate of the out-of-sample prediction error via approximate leave-one-out"),
 * at the cost of one fit instead of one per answer.
 */
export function leaveOneOutLogits({ encoder, weights, hessianFactor }: Fitted, answers: readonly (readonly Feature[])[], targets: readonly number[]): number[] {
  const size = encoder.penalties.length;
  return answers.map((features, i) => {
    const row = encoder.encode(features);
    const z = dot(weights, row);
    const p = 1 / (1 + Math.exp(-z));
    const leverage = inverseQuadratic(hessianFactor, size, row.index, row.value);
    return z + ((p - targets[i]!) * leverage) / (1 - p * (1 - p) * leverage);
  });
}

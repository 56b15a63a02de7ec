import { sigmoid } from './logistic.js';

/**
 * Temperature scaling (Guo et al. 2017, "On Calibration of Modern Neural Networks"): one number
 * T ≥ 1 that divides every logit, shrinking predictions toward 0.5 as far as the model's record on
 * answers it had not seen (leave-one-out) says it is over-confident. Never below 1: sharpening on
 * the few, hard cards a review asks about would make the model surest where it knows least.
 * Each held-out answer counts as right with the probability Laplace's rule of succession gives
 * after n answers, (n + 1) / (n + 2), never 1: a short perfect record cannot support certainty,
 * so twenty answers support about 95 %, two hundred about 99.5 %.
 * A grid, not a solver, so the result is exact and the same on every run.
 */
const GRID_STEPS_PER_UNIT = 20;
const GRID = { from: 20, to: 200 }; // T from 1 to 10

function smoothedLoss(logits: readonly number[], targets: readonly number[], temperature: number): number {
  const doubt = 1 / (logits.length + 2);
  let loss = 0;
  logits.forEach((z, i) => {
    const keep = targets[i] === 1 ? 1 - doubt : doubt;
    // Clamped so that one prediction of exactly 0 or 1 cannot make every temperature infinitely bad.
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(z / temperature)));
    loss -= keep * Math.log(p) + (1 - keep) * Math.log(1 - p);
  });
  return loss;
}

export function fitTemperature(heldOutLogits: readonly number[], targets: readonly number[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let step = GRID.from; step <= GRID.to; step++) {
    const temperature = step / GRID_STEPS_PER_UNIT;
    const loss = smoothedLoss(heldOutLogits, targets, temperature);
    if (loss < bestLoss) [best, bestLoss] = [temperature, loss];
  }
  return best;
}

/**
 * Simulated reviews: a person answers from their taste, the model learns from those answers.
 * `taste` is the library under test (src/review/taste/, or its build), passed in so that the
 * script measures dist/ and the test measures src/ with the same code.
 */

/** The card to ask next: before a model, in `firstQuestions` order; after, the least sure. */
function nextCard(remaining, model, taste, coldOrder, isDecided) {
  if (model === null) return coldOrder.find((c) => !isDecided(c));
  return taste.rankByUncertainty(remaining, model)[0];
}

/**
 * Decides everyone: whenever a batch at `threshold` exists it is accepted as one answer (mistakes
 * included: the person says yes to the batch as shown); otherwise the least-sure card is asked, and
 * the model is trained again on every card answered so far. Batches teach nothing: a model trained
 * on its own guesses would only grow surer of its mistakes.
 */
export function decideEveryone({ contacts, decide, today, taste, threshold, batchLimit }) {
  const decided = new Map();
  const examples = [];
  const coldOrder = taste.firstQuestions(contacts);
  let model = null;
  let batches = 0;
  while (decided.size < contacts.length) {
    const remaining = contacts.filter((c) => !decided.has(c));
    const batch = model === null ? null : taste.confidentBatch(remaining, model, threshold, batchLimit);
    if (batch !== null) {
      batches++;
      for (const c of batch.contacts) decided.set(c, batch.decision);
      continue;
    }
    const card = nextCard(remaining, model, taste, coldOrder, (c) => decided.has(c));
    const decision = decide(card, today);
    decided.set(card, decision);
    examples.push({ contact: card, decision });
    const trained = taste.trainTaste(examples, { today, network: contacts });
    model = taste.isNotEnough(trained) ? null : trained;
  }
  const agree = contacts.filter((c) => decided.get(c) === decide(c, today)).length;
  return { answers: examples.length + batches, cards: examples.length, batches, agreement: agree / contacts.length, mistakes: contacts.length - agree };
}

/**
 * Cards only, least sure first: after each checkpoint's number of answers, how many of the
 * contacts not yet answered the model predicts at `confidence` or more (coverage), and how many
 * of those predictions the person would agree with (agreement; null when none).
 */
export function learningCurve({ contacts, decide, today, taste, checkpoints, confidence }) {
  const answered = new Set();
  const examples = [];
  const coldOrder = taste.firstQuestions(contacts);
  const curve = {};
  let model = null;
  for (const checkpoint of checkpoints) {
    while (examples.length < checkpoint) {
      const remaining = contacts.filter((c) => !answered.has(c));
      const card = nextCard(remaining, model, taste, coldOrder, (c) => answered.has(c));
      answered.add(card);
      examples.push({ contact: card, decision: decide(card, today) });
      const trained = taste.trainTaste(examples, { today, network: contacts });
      model = taste.isNotEnough(trained) ? null : trained;
    }
    const remaining = contacts.filter((c) => !answered.has(c));
    const predicted = model === null ? [] : remaining.map((c) => ({ c, p: model.predict(c) }));
    const sure = predicted.filter(({ p }) => p.confidence >= confidence);
    const right = sure.filter(({ c, p }) => p.decision === decide(c, today)).length;
    curve[checkpoint] = {
      coverage: sure.length / remaining.length,
      agreement: sure.length === 0 ? null : right / sure.length,
      reliability: reliabilityOf(predicted.map(({ c, p }) => ({ confidence: p.confidence, agrees: p.decision === decide(c, today) }))),
    };
  }
  return curve;
}

/** Lower bounds of the confidence bins of the reliability table; each bin runs to the next bound (the last to 1, included). */
export const RELIABILITY_BINS = [0.5, 0.6, 0.9, 0.95, 0.99];

/**
 * Calibration, measured: the predictions binned by confidence, with how many fall in each bin and
 * the share the person agrees with. A calibrated model agrees about as often as the bin says; one
 * that agrees far more often is under-confident (it asks what it could have proposed), far less
 * often over-confident (its batches hold mistakes).
 */
function reliabilityOf(predictions) {
  return RELIABILITY_BINS.map((from, i) => {
    const to = RELIABILITY_BINS[i + 1] ?? Infinity;
    const inBin = predictions.filter((p) => p.confidence >= from && p.confidence < to);
    return { from, count: inBin.length, agreement: inBin.length === 0 ? null : inBin.filter((p) => p.agrees).length / inBin.length };
  });
}

const companyKey = (company) =>
  company
    .trim()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** One answer per distinct company (blank is one company), each given the decision most of its people get. */
export function companyBatches({ contacts, decide, today }) {
  const groups = new Map();
  for (const c of contacts) {
    const key = companyKey(c.connection.company);
    const tally = groups.get(key) ?? { keep: 0, remove: 0 };
    tally[decide(c, today)]++;
    groups.set(key, tally);
  }
  const agree = [...groups.values()].reduce((sum, t) => sum + Math.max(t.keep, t.remove), 0);
  return { answers: groups.size, agreement: agree / contacts.length };
}

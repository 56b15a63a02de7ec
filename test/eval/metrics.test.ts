import { describe, expect, it } from 'vitest';
import { confusionOf, regressions, roundScores, scoresOf, type Label, type Scores } from './metrics.mjs';

const repeat = (expected: Label, actual: Label, times: number) => Array.from({ length: times }, () => ({ expected, actual }));

/**
 * 9 contacts:       got known  got weak-tie  got stranger
 *   truly known          3          1             0
 *   truly weak-tie       2          1             0
 *   truly stranger       0          0             2
 */
const pairs = [
  ...repeat('known', 'known', 3),
  ...repeat('known', 'weak-tie', 1),
  ...repeat('weak-tie', 'known', 2),
  ...repeat('weak-tie', 'weak-tie', 1),
  ...repeat('stranger', 'stranger', 2),
];

describe('confusionOf', () => {
  it('counts by expected label, then actual label', () => {
    expect(confusionOf(pairs)).toEqual({
      known: { known: 3, 'weak-tie': 1, stranger: 0 },
      'weak-tie': { known: 2, 'weak-tie': 1, stranger: 0 },
      stranger: { known: 0, 'weak-tie': 0, stranger: 2 },
    });
  });

  it('rejects a label outside known, weak-tie, stranger', () => {
    expect(() => confusionOf([{ expected: 'known', actual: 'friend' }])).toThrow(/unknown actual label "friend"/);
    expect(() => confusionOf([{ expected: 'Known', actual: 'known' }])).toThrow(/unknown expected label "Known"/);
  });
});

describe('scoresOf', () => {
  it('precision = right among those given the label; recall = found among those who have it', () => {
    const scores = scoresOf(confusionOf(pairs));
    expect(scores.labels.known).toEqual({ n: 4, predicted: 5, tp: 3, precision: 3 / 5, recall: 3 / 4 });
    expect(scores.labels['weak-tie']).toEqual({ n: 3, predicted: 2, tp: 1, precision: 1 / 2, recall: 1 / 3 });
    expect(scores.labels.stranger).toEqual({ n: 2, predicted: 2, tp: 2, precision: 1, recall: 1 });
    expect(scores).toMatchObject({ total: 9, correct: 6, accuracy: 6 / 9 });
  });

  it('a label never given has no precision (null, not 0); a label nobody has has no recall', () => {
    const scores = scoresOf(confusionOf([...repeat('weak-tie', 'stranger', 2), ...repeat('stranger', 'stranger', 1)]));
    expect(scores.labels['weak-tie']).toEqual({ n: 2, predicted: 0, tp: 0, precision: null, recall: 0 });
    expect(scores.labels.known).toEqual({ n: 0, predicted: 0, tp: 0, precision: null, recall: null });
    expect(scores.labels.stranger).toMatchObject({ precision: 1 / 3, recall: 1 });
  });

  it('an empty corpus has no accuracy', () => {
    expect(scoresOf(confusionOf([])).accuracy).toBeNull();
  });
});

describe('regressions', () => {
  const measured = scoresOf(confusionOf(pairs));
  const baseline = { rules: roundScores(measured) };

  it('nothing when the scores equal the rounded baseline', () => {
    expect(baseline.rules.labels['weak-tie'].recall).toBe(0.3333);
    expect(regressions({ rules: measured }, baseline)).toEqual([]);
  });

  it('forgives rounding, not a drop in the fourth decimal', () => {
    const nudge = (recall: number): Scores => ({ ...measured, labels: { ...measured.labels, known: { ...measured.labels.known, recall } } });
    expect(regressions({ rules: nudge(0.75 - 4e-5) }, baseline)).toEqual([]);
    expect(regressions({ rules: nudge(0.7499) }, baseline)).toEqual(['rules: known recall 0.7499 < baseline 0.7500']);
  });

  it('names each score that fell', () => {
    const worse = scoresOf(confusionOf([...pairs.slice(1), { expected: 'known', actual: 'stranger' }]));
    expect(regressions({ rules: worse }, baseline)).toEqual([
      'rules: accuracy 0.5556 < baseline 0.6667',
      'rules: known precision 0.5000 < baseline 0.6000',
      'rules: known recall 0.5000 < baseline 0.7500',
      'rules: stranger precision 0.6667 < baseline 1.0000',
    ]);
  });

  it('a label no longer given counts as precision 0; a null baseline sets no floor', () => {
    const none = scoresOf(confusionOf([...repeat('known', 'known', 4), ...repeat('weak-tie', 'known', 3), ...repeat('stranger', 'stranger', 2)]));
    expect(regressions({ rules: none }, baseline)).toContain('rules: weak-tie precision 0.0000 < baseline 0.5000');
    const nullFloor = {
      rules: { ...baseline.rules, labels: { ...baseline.rules.labels, 'weak-tie': { ...baseline.rules.labels['weak-tie'], precision: null, recall: null } } },
    };
    expect(regressions({ rules: none }, nullFloor).some((r) => r.includes('weak-tie'))).toBe(false);
  });

  it('a rule set missing from either side is reported', () => {
    expect(regressions({ rules: measured, added: measured }, baseline)).toEqual(['added: no baseline for this rule set']);
    expect(regressions({}, baseline)).toEqual(['rules: in the baseline but not evaluated (rule set removed?)']);
  });
});

/**
 * ESLint-RuleTester-style tables for a built-in rule set: evidence in → label, rule id (and reason) out.
 * Also fails when a rule of the file has no case, so a new rule cannot land untested.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/classify/index.js';
import { loadRuleSet } from '../../src/classify/load-rule-set.js';
import type { Classifier, ClassifierContext, Connection, Label } from '../../src/plugin-api.js';
import { makeConnection, makeContext, makeEvidence, type EvidenceOverrides } from '../helpers/factories.js';

export interface RuleCase {
  name: string;
  evidence?: EvidenceOverrides;
  contact?: Partial<Connection>;
  context?: Partial<ClassifierContext>;
  label: Label;
  rule: string;
  /** The reason sentence, exactly (string) or in part (RegExp). */
  detail?: string | RegExp;
}

export function testRuleSet(id: string, cases: RuleCase[]): void {
  describe(`rule set ${id}`, () => {
    let classifier: Classifier;
    beforeAll(async () => {
      classifier = await loadClassifier({ rules: id });
    });

    it.each(cases)('$name → $label ($rule)', (c) => {
      const verdict = classifier.classify(makeConnection(c.contact), makeEvidence(c.evidence), makeContext(c.context));
      expect({ label: verdict.label, rule: verdict.reasons[0]?.rule }).toEqual({ label: c.label, rule: c.rule });
      if (typeof c.detail === 'string') expect(verdict.reasons[0]?.detail).toBe(c.detail);
      else if (c.detail !== undefined) expect(verdict.reasons[0]?.detail).toMatch(c.detail);
    });

    it("gives every case the same verdict in French, with the rule file's French reason", async () => {
      const french = await loadClassifier({ rules: id, speech: { language: 'fr', said: (text) => text } });
      for (const c of cases) {
        const [contact, evidence, context] = [makeConnection(c.contact), makeEvidence(c.evidence), makeContext(c.context)];
        const english = classifier.classify(contact, evidence, context);
        const verdict = french.classify(contact, evidence, context);
        expect({ label: verdict.label, rule: verdict.reasons[0]?.rule, score: verdict.score }).toEqual({
          label: english.label,
          rule: english.reasons[0]?.rule,
          score: english.score,
        });
        expect(verdict.reasons[0]?.detail, c.name).not.toBe(english.reasons[0]?.detail);
      }
    });

    it('has a case for every rule', async () => {
      const { ruleSet } = await loadRuleSet(id);
      const ids = [...ruleSet.rules.map((r) => r.id), ruleSet.otherwise.id];
      expect(ids.filter((rule) => !cases.some((c) => c.rule === rule))).toEqual([]);
    });
  });
}

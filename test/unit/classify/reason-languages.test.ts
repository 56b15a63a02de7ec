import { describe, expect, it } from 'vitest';
import { listBuiltInIds, loadRuleSet, parseRuleSet } from '../../../src/classify/load-rule-set.js';
import { compileRuleSet } from '../../../src/classify/rule-set.js';
import { bindParameters, standalone } from '../../../src/classify/compose.js';
import { checkTemplate } from '../../../src/classify/template.js';
import { classifyAll, loadClassifier } from '../../../src/classify/index.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { NARROW_NBSP } from '../../../src/i18n/typography.js';
import type { SameName } from '../../../src/evidence/types.js';
import { makeConnection, makeContext, makeEvidence, type EvidenceOverrides } from '../../helpers/factories.js';

const FRENCH = { language: 'fr', said: (text: string) => text } as const;
const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();

/** The one rule `said` of a rule file given as JSON, run on `evidence` in a language. */
function say(reason: unknown, evidence: EvidenceOverrides, language: 'en' | 'fr' = 'fr', contact = makeConnection()): string {
  const file = parseRuleSet(
    JSON.stringify({
      description: 'd',
      rules: [{ id: 'said', label: 'known', when: { messages: { gte: 0 } }, reason }],
      otherwise: { id: 'x', label: 'stranger', reason: 'x' },
    }),
    'mine.json',
  );
  const classifier = compileRuleSet('mine', bindParameters(standalone(file), 'mine.json'), { language, said: (text) => text });
  return classifier.classify(contact, makeEvidence(evidence), makeContext()).reasons[0]!.detail;
}

describe('the built-in rule sets', () => {
  it('give every reason in English and French, citing the same evidence, each a valid template', async () => {
    for (const id of await listBuiltInIds()) {
      const { ruleSet } = await loadRuleSet(id);
      for (const rule of [...ruleSet.rules, ruleSet.otherwise]) {
        expect(typeof rule.reason, `${id} ${rule.id}`).toBe('object');
        const { en, fr } = rule.reason as { en?: string; fr?: string };
        expect([en !== undefined, fr !== undefined], `${id} ${rule.id}`).toEqual([true, true]);
        expect([...checkTemplate(en!), ...checkTemplate(fr!)]).toEqual([]);
        expect(placeholders(fr!), `${id} ${rule.id}`).toEqual(placeholders(en!));
      }
    }
  });
});

describe('a reason in French', () => {
  it('is said in French, with French numbers, days and typography, and the singular for 0 and 1', async () => {
    const classifier = await loadClassifier({ speech: FRENCH });
    const evidence = makeEvidence({ messages: { sent: 1, received: 0, last: '2024-09-12T08:00:00Z' } });
    expect(classifier.classify(makeConnection(), evidence, makeContext()).reasons[0]?.detail).toBe(
      'Vous lui avez envoyé 1 message sans jamais de réponse, le dernier le 12 sept. 2024',
    );
    expect(say({ fr: '{messagesReceived} {messagesReceived:message|messages} : {twoWay}' }, { messages: { sent: 1 } })).toBe(`0 message${NARROW_NBSP}: non`);
    expect(say({ fr: '{messagesSent} {messagesSent:message|messages}' }, { messages: { sent: 3769 } })).toBe(`3${NARROW_NBSP}769 messages`);
  });

  it('comes from a file in one language in either language: a plain string, or an object giving one', () => {
    expect(say('Wrote {messagesSent}', { messages: { sent: 2 } }, 'fr')).toBe('Wrote 2');
    expect(say({ fr: 'A écrit {messagesSent}' }, { messages: { sent: 2 } }, 'en')).toBe('A écrit 2');
    expect(say({ en: 'Wrote {messagesSent}' }, { messages: { sent: 2 } }, 'fr')).toBe('Wrote 2');
    expect(say({ en: 'Wrote {messagesSent}', fr: 'A écrit {messagesSent}' }, { messages: { sent: 2 } }, 'en')).toBe('Wrote 2');
  });

  it('is checked in each language, naming it, and an object with neither language is refused', () => {
    const problems = (reason: unknown) => {
      try {
        say(reason, {});
        return [];
      } catch (error) {
        return (error as Error).message.split('\n');
      }
    };
    expect(problems({ en: 'ok', fr: '{mesages}' })).toEqual(['mine.json: rules.0.reason.fr: unknown placeholder {mesages} (did you mean {messages}?)']);
    expect(problems({})).toEqual(['mine.json: rules.0.reason: give the reason in at least one language: { "en": "…", "fr": "…" }']);
    expect(problems({ de: 'x' })).toEqual(['mine.json: rules.0.reason: unknown key "de"']);
  });
});

describe('the same-name reason', () => {
  it('is said in the language asked for', async () => {
    const same: SameName = {
      namesakes: 2,
      messages: 14,
      conversations: 1,
      groupConversations: 0,
      invitations: 0,
      endorsements: 1,
      recommendations: 0,
      addressBook: 0,
      ifTheirs: makeEvidence({ messages: { sent: 7, received: 7 } }),
    };
    const eva = makeConnection({ firstName: 'Eva', lastName: 'Petit', key: null, url: null });
    const [contact] = classifyAll(
      [{ connection: eva, evidence: { ...makeEvidence(), sameName: same } }],
      await loadClassifier({ speech: FRENCH }),
      makeContext(),
      createTranslator('fr'),
    );
    expect(contact?.verdict.reasons).toEqual([
      {
        rule: 'same-name',
        detail: `14 messages et 1 confirmation de compétence avec une personne nommée Eva Petit, mais 2 relations portent ce nom et rien dans l’export ne dit laquelle${NARROW_NBSP}: rien n’en est compté pour aucune d’elles`,
      },
    ]);
  });
});

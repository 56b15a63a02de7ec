/** What a person reads when a file they wrote fails its schema: every word from the catalogue, in their language. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { describeIssue, describeIssueQuietly, issuePlaces, issueText, placeName, problemList } from '../../../src/classify/issues.js';
import { createTranslator, type Message } from '../../../src/i18n/translator.js';
import { LABELS } from '../../../src/plugin-api.js';

const english = createTranslator('en');
const french = createTranslator('fr');

/** Each problem as `path: problem`, in both languages. */
function problems(schema: z.ZodType, data: unknown, quietly = false): { en: string[]; fr: string[] } {
  const result = schema.safeParse(data, { error: quietly ? describeIssueQuietly : describeIssue });
  if (result.success) throw new Error('expected the data to fail the schema');
  const said = issuePlaces(result.error.issues).map(({ path, message }): Message => ({ key: 'issue.at', values: { path: placeName(path), problem: message } }));
  return { en: said.map((m) => english.message(m)), fr: said.map((m) => french.message(m)) };
}

const rule = z.strictObject({ id: z.string(), label: z.enum(LABELS), score: z.number().min(0).max(1).optional(), tags: z.array(z.string()).min(1).optional() });

describe('describeIssue', () => {
  it('says a missing key is missing and what it should be, never "got undefined"', () => {
    expect(problems(rule, {})).toEqual({
      en: ['id: missing: expected a string', 'label: missing: expected one of "known", "weak-tie", "stranger"'],
      fr: [
        'id\u202F: manquant (attendu\u202F: une chaîne de caractères)',
        'label\u202F: manquant (attendu\u202F: l’une des valeurs "known", "weak-tie", "stranger")',
      ],
    });
  });

  it('quotes a wrong value as JSON, so "3" and 3 differ, and names a list or an object by its kind', () => {
    expect(problems(rule, { id: 3, label: 'known' }).en).toEqual(['id: expected a string, got 3']);
    expect(problems(z.object({ n: z.number() }), { n: '3' }).en).toEqual(['n: expected a number, got "3"']);
    expect(problems(rule, { id: ['a'], label: { en: 'known' } })).toEqual({
      en: ['id: expected a string, got an array', 'label: expected one of "known", "weak-tie", "stranger", got an object'],
      fr: [
        'id\u202F: attendu\u202F: une chaîne de caractères, trouvé un tableau',
        'label\u202F: attendu\u202F: l’une des valeurs "known", "weak-tie", "stranger", trouvé un objet',
      ],
    });
  });

  it('suggests the choice or the key a typo was meant to be, and only a likely one', () => {
    expect(problems(rule, { id: 'a', label: 'knwn' })).toEqual({
      en: ['label: expected one of "known", "weak-tie", "stranger", got "knwn" (did you mean "known"?)'],
      fr: ['label\u202F: attendu\u202F: l’une des valeurs "known", "weak-tie", "stranger", trouvé "knwn" (vouliez-vous dire "known"\u202F?)'],
    });
    expect(problems(rule, { id: 'a', label: 'friend' }).en).toEqual(['label: expected one of "known", "weak-tie", "stranger", got "friend"']);
    // One problem per unknown key, each with its own suggestion; a two-letter key is no typo of another.
    expect(problems(rule, { id: 'a', label: 'known', lable: 'x', de: 1 }).en).toEqual([
      '(top level): unknown key "lable" (did you mean "label"?)',
      '(top level): unknown key "de"',
    ]);
  });

  it('cuts a long key or value at 40 characters: the line names it, it does not copy it', () => {
    const long = 'x'.repeat(500);
    expect(problems(rule, { id: 'a', label: long, [long]: 1 }).en).toEqual([
      `label: expected one of "known", "weak-tie", "stranger", got "${'x'.repeat(38)}…`,
      `(top level): unknown key "${'x'.repeat(38)}…`,
    ]);
  });

  it('says bounds as bounds: items, characters, at least, more than, at most', () => {
    expect(problems(rule, { id: 'a', label: 'known', score: 2, tags: [] })).toEqual({
      en: ['score: must be at most 1, got 2', 'tags: needs at least 1 item'],
      fr: ['score\u202F: doit valoir au plus 1, trouvé 2', 'tags\u202F: il faut au moins 1 élément'],
    });
    expect(problems(z.object({ s: z.number().positive() }), { s: 0 }).en).toEqual(['s: must be more than 0, got 0']);
    expect(problems(z.object({ s: z.string().min(1), t: z.string().max(3) }), { s: '', t: 'abcd' })).toEqual({
      en: ['s: must not be empty', 't: must be at most 3 characters long'],
      fr: ['s\u202F: ne doit pas être vide', 't\u202F: doit compter au plus 3 caractères'],
    });
  });

  it("gives a schema's own text, and a record key's, in the run's language", () => {
    const schema = z.record(z.string().regex(/^[a-z]+$/, issueText({ key: 'issue.parameterName' })), z.number());
    expect(problems(schema, { Bad: 1 })).toEqual({
      en: ['Bad: a parameter name is a word in camelCase, like "recentYears"'],
      fr: ['Bad\u202F: un nom de paramètre est un mot en camelCase, comme «\u202FrecentYears\u202F»'],
    });
  });

  it("never shows zod's English: a text not made by issueText says only that the value is not valid", () => {
    const schema = z.object({ a: z.string().refine(() => false, { message: 'Invalid input' }), b: z.custom(() => false) });
    expect(problems(schema, { a: 'x', b: 1 })).toEqual({
      en: ['a: is not valid here', 'b: is not valid here'],
      fr: ['a\u202F: n’est pas valide ici', 'b\u202F: n’est pas valide ici'],
    });
  });
});

describe('describeIssueQuietly', () => {
  it('names the kind of a value found, never the value, and suggests nothing drawn from it', () => {
    const schema = z.object({ decision: z.enum(['keep', 'remove', 'skip']), at: z.string() });
    const said = problems(schema, { decision: 'remve', at: 'root:x:0:0' }, true);
    expect(said.en).toEqual(['decision: expected one of "keep", "remove", "skip", got a string']);
    expect(JSON.stringify(problems(schema, { decision: 'secret-value', at: 42 }, true))).not.toContain('secret');
    expect(problems(schema, { decision: 'keep', at: 42 }, true).fr).toEqual(['at\u202F: attendu\u202F: une chaîne de caractères, trouvé un nombre']);
  });
});

describe('problemList', () => {
  it('puts every problem on one line, with the separator of the language', () => {
    const result = rule.safeParse({ id: 3 }, { error: describeIssue });
    if (result.success) throw new Error('expected a failure');
    const list = problemList(result.error.issues);
    expect(english.message(list)).toBe('id: expected a string, got 3; label: missing: expected one of "known", "weak-tie", "stranger"');
    expect(french.message(list)).toBe(
      'id\u202F: attendu\u202F: une chaîne de caractères, trouvé 3\u202F; label\u202F: manquant (attendu\u202F: l’une des valeurs "known", "weak-tie", "stranger")',
    );
  });
});

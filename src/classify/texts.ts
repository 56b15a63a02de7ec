import type { Connection } from '../export/records.js';
import type { Evidence } from '../evidence/types.js';
import { containsWords, words } from '../evidence/text.js';

/**
 * The texts a rule-set condition can search, one line each: with SIGNALS, the single source for the
 * schema, `rules check` and the documentation. A connection's headline is not among them: the export
 * gives no headline for a connection (Connections.csv's Position is the nearest it has).
 */
export const TEXTS = {
  name: { description: 'their full name, from Connections.csv', of: (c: Connection) => `${c.firstName} ${c.lastName}` },
  company: { description: 'their company, from Connections.csv', of: (c: Connection) => c.company },
  position: { description: 'their position (job title), from Connections.csv', of: (c: Connection) => c.position },
  note: {
    description: 'the personal note of the invitation between you; unknown when there is no invitation',
    of: (_: Connection, e: Evidence) => e.invitation?.note ?? null,
  },
} as const satisfies Record<string, { description: string; of: (contact: Connection, evidence: Evidence) => string | null }>;

export type TextName = keyof typeof TEXTS;
export const TEXT_NAMES = Object.keys(TEXTS) as TextName[];
export const isTextName = (name: string): name is TextName => Object.hasOwn(TEXTS, name);

/** The longest phrase a text test takes, in characters: phrases are words, not documents. */
export const MAX_PHRASE_LENGTH = 100;

/**
 * A test for "any of these words or phrases", matched on word boundaries, case and accents aside:
 * `"talent"` matches "Talent Acquisition" but not "Talented"; `"chargé de recrutement"` matches
 * "Chargee de Recrutement". Both sides become word lists (evidence/text.ts) and a phrase is found
 * by a plain substring search over them: no user regular expression, so no catastrophic backtracking
 * on a position a stranger wrote.
 */
export function compileAnyOf(phrases: readonly string[]): (textWords: readonly string[] | null) => boolean {
  const wanted = phrases.map(words).filter((w) => w.length > 0);
  return (have) => have !== null && wanted.some((phrase) => containsWords(have, phrase));
}

/** A contact's texts as word lists, each made once and only when a test asks for it. */
export function textWordsOf(contact: Connection, evidence: Evidence): (name: TextName) => readonly string[] | null {
  // Made on the first test of a text: most rule sets test none, and a Map per contact was 30,000 of them.
  let made: Map<TextName, readonly string[] | null> | undefined;
  return (name) => {
    made ??= new Map();
    let found = made.get(name);
    if (found === undefined) {
      const text = TEXTS[name].of(contact, evidence);
      found = text === null ? null : words(text);
      made.set(name, found);
    }
    return found;
  };
}

/** The phrase has at least one letter or digit: `"-"` or `" "` could never match, and is a mistake. */
export const hasWords = (phrase: string): boolean => words(phrase).length > 0;

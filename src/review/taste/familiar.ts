import { type Family, familiesOf, wordsBeyondFamilies } from './families.js';
import { type Feature, TITLE } from './features.js';
import { type Knowing, knowingOf } from './knows.js';
import type { TasteContact, TasteDecision } from './types.js';

/**
 * What a linear model cannot see coming. A person who drops every recruiter whatever the evidence
 * shows it only once they have answered about a recruiter they had talked to; until then every
 * answer says "talked, so keep", and the fitted model keeps a talkative recruiter at 97 %. One who
 * keeps everyone in their field shows it only once asked about a silent statistician. And weights
 * are per word, so "Data Engineer" looks known once a "DevOps Engineer" and a "Data Protection
 * Officer" were removed. Calibration cannot help: it only sees the answers, and they never covered
 * the case. In the evaluation (test/eval-review/) these were nearly every mistake in a batch.
 *
 * So the model is never more than 60 % sure of a decision unless the person has answered that way
 * about a title much like this one, or about a title of each of its families (families.ts):
 * - much like: sharing at least two thirds of the concepts (concepts.ts) of the shorter of the two
 *   ("Senior Data Scientist" and "Data Scientist", "Chercheuse" and "Researcher", not "Data
 *   Engineer" and "DevOps Engineer");
 * - a family: once a recruiter was removed, every recruiter title is familiar for remove; once a
 *   statistician was kept, every field title is familiar for keep, not for remove. Separately for
 *   people the person exchanged messages with and the others: removing a recruiter who never wrote
 *   says nothing about one they talked with.
 * Either way, each word of the title beyond its families and rank words must have been answered
 * that way in some title: a person who removed a machine-learning researcher and kept every
 * engineer has not said that a "Machine Learning Engineer" goes.
 * And someone the person demonstrably knows (knows.ts) leans remove at most 60 % until the person has
 * removed someone known the same way: a model that never saw an address-book contact removed has
 * not learnt that this person removes them, only that it has no weight for the address book.
 * A held card is asked rather than batched, and its answer teaches what the title means to this
 * person. The price is about one answer per common title (or family) and decision.
 */
const UNFAMILIAR_CONFIDENCE = 0.6;
const UNFAMILIAR_LOGIT = Math.log(UNFAMILIAR_CONFIDENCE / (1 - UNFAMILIAR_CONFIDENCE));
const SHARED = 2 / 3;

export interface TitleMemory {
  /** The logit of keep, held to UNFAMILIAR_CONFIDENCE when the contact's title is unfamiliar for the way it leans. */
  moderate(logit: number, contact: TasteContact, features: readonly Feature[]): number;
}

/**
 * A family is familiar apart for those the person exchanged messages with and the others: removing
 * a recruiter who never wrote says nothing about one they talked with, the case that made a
 * talkative recruiter a confident keep, or remove.
 */
const talked = ({ evidence }: TasteContact): boolean => evidence.messages.sent + evidence.messages.received > 0;
const familyKey = (family: Family, contact: TasteContact): string => `${family} ${talked(contact) ? 'talked' : 'silent'}`;

const titleOf = (features: readonly Feature[]): string[] => features.filter((f) => f.id.startsWith(TITLE)).map((f) => f.id);

function alike(a: readonly string[], b: ReadonlySet<string>): boolean {
  const shared = a.filter((word) => b.has(word)).length;
  return shared >= SHARED * Math.min(a.length, b.size);
}

export function rememberTitles(
  contacts: readonly TasteContact[],
  answers: readonly (readonly Feature[])[],
  targets: readonly number[],
  field: ReadonlySet<string>,
): TitleMemory {
  const answered: Record<TasteDecision, ReadonlySet<string>[]> = { keep: [], remove: [] };
  const families: Record<TasteDecision, Set<string>> = { keep: new Set(), remove: new Set() };
  const words: Record<TasteDecision, Set<string>> = { keep: new Set(), remove: new Set() };
  const removedKnowing = new Set<Knowing>();
  answers.forEach((features, i) => {
    const side = targets[i] === 1 ? 'keep' : 'remove';
    if (side === 'remove') for (const kind of knowingOf(contacts[i]!)) removedKnowing.add(kind);
    const title = titleOf(features);
    if (title.length > 0) answered[side].push(new Set(title));
    for (const id of title) words[side].add(id.slice(TITLE.length));
    for (const family of familiesOf(contacts[i]!, field)) families[side].add(familyKey(family, contacts[i]!));
  });
  // Titles repeat across thousands of contacts: each is compared with the answers once per model.
  const known = new Map<string, boolean>();
  const isFamiliar = (contact: TasteContact, title: string[], side: TasteDecision): boolean => {
    const key = `${side} ${talked(contact)} ${title.join(' ')}`;
    let familiar = known.get(key);
    if (familiar === undefined) {
      const ofFamily = familiesOf(contact, field);
      const ownWordsAnswered = wordsBeyondFamilies(contact, ofFamily, field).every((word) => words[side].has(word));
      const familyAnswered = ofFamily.length > 0 && ofFamily.every((f) => families[side].has(familyKey(f, contact)));
      familiar = ownWordsAnswered && (familyAnswered || answered[side].some((other) => alike(title, other)));
      known.set(key, familiar);
    }
    return familiar;
  };
  return {
    moderate(logit, contact, features) {
      const title = titleOf(features);
      const leaning: TasteDecision = logit >= 0 ? 'keep' : 'remove';
      const knownAndNeverRemoved = leaning === 'remove' && knowingOf(contact).some((kind) => !removedKnowing.has(kind));
      if (!knownAndNeverRemoved && (title.length === 0 || isFamiliar(contact, title, leaning))) return logit;
      return Math.sign(logit) * Math.min(Math.abs(logit), UNFAMILIAR_LOGIT);
    },
  };
}

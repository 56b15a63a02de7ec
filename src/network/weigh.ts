import type { Invitation } from '../export/records.js';
import { companyKeys } from '../evidence/employer.js';
import { containsWords, words } from '../evidence/text.js';
import type { Outsider } from './outsiders.js';
import { dayOf } from '../util/iso-date.js';

type SignalId =
  | 'recommendation-received'
  | 'recommendation-given'
  | 'two-way'
  | 'endorsement-received'
  | 'endorsement-given'
  | 'address-book'
  | 'shared-employer'
  | 'group';

/** A fact showing the owner knows someone, with its weight. `detail` is raw export text: safeText it before a terminal. */
interface Signal {
  id: SignalId;
  points: number;
  detail: string;
}

/** A fact that shows no acquaintance on its own. */
interface Note {
  id: 'you-wrote' | 'they-wrote' | 'never-together' | 'group' | 'invitation' | 'address-book';
  detail: string;
}

export interface Weighed {
  /** The sum of the signals' points; 0 means nothing shows the owner knows them. */
  strength: number;
  signals: Signal[];
  /** Facts that show no acquaintance on their own: unanswered messages, invitations, groups where one side wrote. */
  notes: Note[];
  /** The latest dated trace (1:1 message or recommendation), ISO; null when none. */
  lastSeen: string | null;
}

export type Tier = 'strong' | 'good' | 'some';

/** Strong from 5 points (a recommendation, a long conversation, or several signals together), good from 3. */
export const tierOf = (strength: number): Tier => (strength >= 5 ? 'strong' : strength >= 3 ? 'good' : 'some');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const day = (iso: string | null) => (iso === null ? 'an unknown date' : dayOf(iso));

/**
 * What the export shows of an outsider, weighed. Only professional evidence counts: people to invite
 * to a professional network are people you work with, not your phone's contacts. Points, strongest
 * first: a recommendation (5) is written about someone you worked with; a 1:1 conversation where both
 * wrote (4, 5 from ten messages) is a relationship; an address-book entry with a work e-mail (3) or a
 * company (2) is a professional contact; an endorsement (2 each way) says you were connected once; a
 * shared employer (2) and a group conversation where both wrote (1) add to the rest. An address-book
 * entry with only a phone number or a personal e-mail is a note. `employers` is `indexEmployers(exp.positions)`.
 */
export function weighOutsider(o: Outsider, employers: ReadonlyMap<string, string>, invitations: readonly Invitation[]): Weighed {
  const signals: Signal[] = [];
  const notes: Note[] = [];
  const r = o.recommendations;
  if (r.received > 0)
    signals.push({
      id: 'recommendation-received',
      points: 5,
      detail: `They wrote you ${r.received === 1 ? 'a recommendation' : plural(r.received, 'recommendation')}`,
    });
  if (r.given > 0)
    signals.push({ id: 'recommendation-given', points: 5, detail: `You wrote them ${r.given === 1 ? 'a recommendation' : plural(r.given, 'recommendation')}` });

  const m = o.messages;
  if (m.twoWayConversations > 0) {
    signals.push({
      id: 'two-way',
      points: m.sent + m.received >= 10 ? 5 : 4,
      detail: `${plural(m.sent + m.received, 'message')} both ways (${m.sent} sent, ${m.received} received), last on ${day(m.last)}`,
    });
  } else if (m.sent > 0 && m.received > 0)
    notes.push({ id: 'never-together', detail: `${m.sent} sent and ${m.received} received 1:1, but never in the same conversation` });
  else if (m.sent > 0) notes.push({ id: 'you-wrote', detail: `You wrote them ${plural(m.sent, 'message')} 1:1; they never answered` });
  else if (m.received > 0) notes.push({ id: 'they-wrote', detail: `They wrote you ${plural(m.received, 'message')} 1:1; you never answered` });

  const e = o.endorsements;
  if (e.received > 0) signals.push({ id: 'endorsement-received', points: 2, detail: `They endorsed ${plural(e.received, 'skill')} of yours` });
  if (e.given > 0) signals.push({ id: 'endorsement-given', points: 2, detail: `You endorsed ${plural(e.given, 'skill')} of theirs` });

  const book = o.addressBook;
  if (book?.withWorkEmail) signals.push({ id: 'address-book', points: 3, detail: 'In your address book (Contacts.csv), with a work e-mail address' });
  else if (book !== null && book.companies !== '')
    signals.push({ id: 'address-book', points: 2, detail: `In your address book (Contacts.csv), with their company (${book.companies})` });
  else if (book !== null) {
    const what = book.withEmail ? 'a personal e-mail address' : 'a name and a phone number';
    notes.push({ id: 'address-book', detail: `In your address book (Contacts.csv) with only ${what}: not professional evidence` });
  }

  const employer = sharedEmployer(o, employers);
  if (employer !== null) signals.push({ id: 'shared-employer', points: 2, detail: employer });

  const both = m.groups.filter((g) => g.ownerWrote && g.theyWrote > 0);
  if (both.length > 0) signals.push({ id: 'group', points: 1, detail: `Both of you wrote in ${plural(both.length, 'group conversation')}${titles(both)}` });
  const quiet = m.groups.filter((g) => !(g.ownerWrote && g.theyWrote > 0));
  if (quiet.length > 0)
    notes.push({ id: 'group', detail: `In ${plural(quiet.length, 'group conversation')} with you where only one of you wrote${titles(quiet)}` });

  for (const i of o.invitations) {
    const inv = invitations[i];
    if (inv === undefined) continue;
    const note = inv.message.trim() === '' ? 'without a note' : 'with a note';
    const detail =
      inv.direction === 'outgoing'
        ? `You invited them on ${day(inv.sentAt)} (${note}); not connected yet`
        : `They invited you on ${day(inv.sentAt)} (${note}); not connected yet`;
    notes.push({ id: 'invitation', detail });
  }
  const strength = signals.reduce((sum, s) => sum + s.points, 0);
  const dates = [m.last, r.last].filter((d): d is string => d !== null).sort();
  return { strength, signals, notes, lastSeen: dates.at(-1) ?? null };
}

function titles(groups: readonly { title: string }[]): string {
  const named = [...new Set(groups.map((g) => g.title.trim()).filter((t) => t !== ''))];
  return named.length === 0 ? '' : ` (${named.map((t) => `"${t}"`).join(', ')})`;
}

/**
 * Positions.csv lists only the owner's employers, so a colleague shows only where another file
 * gives the person's company (Contacts.csv, a recommendation), or a group conversation with both
 * of them is named after one of those employers.
 */
function sharedEmployer(o: Outsider, employers: ReadonlyMap<string, string>): string | null {
  for (const company of o.companies) {
    for (const key of companyKeys(company.name)) {
      const employer = employers.get(key);
      if (employer !== undefined) return `${company.file} gives their company as ${company.name}; you worked at ${employer} (Positions.csv)`;
    }
  }
  for (const group of o.messages.groups) {
    // French elision glues the article to the name: "Anciens d’Initech".
    const title = words(group.title.replace(/(^|[\s("«])\p{L}['’]/gu, '$1'));
    for (const [key, employer] of employers) {
      if (containsWords(title, key.split(' ')))
        return `Your group conversation "${group.title.trim()}" is named after ${employer}, where you worked (Positions.csv)`;
    }
  }
  return null;
}

import type { InvitationList } from '../export/files/invitation-table.js';
import { companyKeys } from '../evidence/employer.js';
import { containsWords, words } from '../evidence/text.js';
import type { Outsider } from './outsiders.js';
import { dayOf } from '../util/iso-date.js';
import type { Translator } from '../i18n/translator.js';

type SignalId =
  | 'recommendation-received'
  | 'recommendation-given'
  | 'two-way'
  | 'endorsement-received'
  | 'endorsement-given'
  | 'address-book'
  | 'shared-employer'
  | 'group';

/**
 * How a fact is said: in the text's language for the text output, in English with ISO days
 * (ENGLISH_FOR_JSON) for the JSON's `detail`, which stays the same whatever the language. It holds
 * raw export text (company names, group titles): safeText it before a terminal.
 */
type Saying = (t: Translator) => string;

/** A fact showing the owner knows someone, with its weight. */
interface Signal {
  id: SignalId;
  points: number;
  say: Saying;
}

/** A fact that shows no acquaintance on its own. */
interface Note {
  id: 'you-wrote' | 'they-wrote' | 'never-together' | 'group' | 'invitation' | 'address-book';
  say: Saying;
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

const day = (t: Translator, iso: string | null) => (iso === null ? t('weigh.unknownDate') : { day: dayOf(iso) });

/**
 * What the export shows of an outsider, weighed. Only professional evidence counts: people to invite
 * to a professional network are people you work with, not your phone's contacts. Points, strongest
 * first: a recommendation (5) is written about someone you worked with; a 1:1 conversation where both
 * wrote (4, 5 from ten messages) is a relationship; an address-book entry with a work e-mail (3) or a
 * company (2) is a professional contact; an endorsement (2 each way) says you were connected once; a
 * shared employer (2) and a group conversation where both wrote (1) add to the rest. An address-book
 * entry with only a phone number or a personal e-mail is a note. `employers` is `indexEmployers(exp.positions)`.
 */
export function weighOutsider(o: Outsider, employers: ReadonlyMap<string, string>, invitations: InvitationList): Weighed {
  const signals: Signal[] = [];
  const notes: Note[] = [];
  const r = o.recommendations;
  if (r.received > 0) signals.push({ id: 'recommendation-received', points: 5, say: (t) => t('weigh.recommendationReceived', { count: r.received }) });
  if (r.given > 0) signals.push({ id: 'recommendation-given', points: 5, say: (t) => t('weigh.recommendationGiven', { count: r.given }) });

  const m = o.messages;
  if (m.twoWayConversations > 0) {
    signals.push({
      id: 'two-way',
      points: m.sent + m.received >= 10 ? 5 : 4,
      say: (t) => t('weigh.twoWay', { count: m.sent + m.received, sent: m.sent, received: m.received, date: day(t, m.last) }),
    });
  } else if (m.sent > 0 && m.received > 0) notes.push({ id: 'never-together', say: (t) => t('weigh.neverTogether', { sent: m.sent, received: m.received }) });
  else if (m.sent > 0) notes.push({ id: 'you-wrote', say: (t) => t('weigh.youWrote', { count: m.sent }) });
  else if (m.received > 0) notes.push({ id: 'they-wrote', say: (t) => t('weigh.theyWrote', { count: m.received }) });

  const e = o.endorsements;
  if (e.received > 0) signals.push({ id: 'endorsement-received', points: 2, say: (t) => t('weigh.endorsedYou', { count: e.received }) });
  if (e.given > 0) signals.push({ id: 'endorsement-given', points: 2, say: (t) => t('weigh.youEndorsed', { count: e.given }) });

  const book = o.addressBook;
  if (book?.withWorkEmail) signals.push({ id: 'address-book', points: 3, say: (t) => t('weigh.bookWorkEmail') });
  else if (book !== null && book.companies !== '')
    signals.push({ id: 'address-book', points: 2, say: (t) => t('weigh.bookCompany', { companies: book.companies }) });
  else if (book !== null) notes.push({ id: 'address-book', say: (t) => t(book.withEmail ? 'weigh.bookPersonalEmail' : 'weigh.bookPhone') });

  const employer = sharedEmployer(o, employers);
  if (employer !== null) signals.push({ id: 'shared-employer', points: 2, say: employer });

  const both = m.groups.filter((g) => g.ownerWrote && g.theyWrote > 0);
  if (both.length > 0) signals.push({ id: 'group', points: 1, say: (t) => t('weigh.groupBoth', { count: both.length, titles: titles(t, both) }) });
  const quiet = m.groups.filter((g) => !(g.ownerWrote && g.theyWrote > 0));
  if (quiet.length > 0) notes.push({ id: 'group', say: (t) => t('weigh.groupQuiet', { count: quiet.length, titles: titles(t, quiet) }) });

  for (const i of o.invitations) {
    const inv = invitations.at(i);
    if (inv === undefined) continue;
    const noted = inv.message.trim() !== '';
    const key =
      inv.direction === 'outgoing' ? (noted ? 'weigh.youInvitedNote' : 'weigh.youInvitedNoNote') : noted ? 'weigh.theyInvitedNote' : 'weigh.theyInvitedNoNote';
    notes.push({ id: 'invitation', say: (t) => t(key, { date: day(t, inv.sentAt) }) });
  }
  const strength = signals.reduce((sum, s) => sum + s.points, 0);
  const dates = [m.last, r.last].filter((d): d is string => d !== null).sort();
  return { strength, signals, notes, lastSeen: dates.at(-1) ?? null };
}

function titles(t: Translator, groups: readonly { title: string }[]): string {
  const named = [...new Set(groups.map((g) => g.title.trim()).filter((title) => title !== ''))];
  return named.length === 0 ? '' : t('weigh.titles', { titles: named.map((title) => t('weigh.title', { title })).join(', ') });
}

/**
 * Positions.csv lists only the owner's employers, so a colleague shows only where another file
 * gives the person's company (Contacts.csv, a recommendation), or a group conversation with both
 * of them is named after one of those employers.
 */
function sharedEmployer(o: Outsider, employers: ReadonlyMap<string, string>): Saying | null {
  for (const company of o.companies) {
    for (const key of companyKeys(company.name)) {
      const employer = employers.get(key);
      if (employer !== undefined) return (t) => t('weigh.employerInFile', { file: company.file, company: company.name, employer });
    }
  }
  for (const group of o.messages.groups) {
    // French elision glues the article to the name: "Anciens d’Initech".
    const title = words(group.title.replace(/(^|[\s("«])\p{L}['’]/gu, '$1'));
    for (const [key, employer] of employers) {
      if (containsWords(title, key.split(' '))) return (t) => t('weigh.employerInGroup', { title: group.title.trim(), employer });
    }
  }
  return null;
}

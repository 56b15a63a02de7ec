import type { Connection } from '../export/records.js';
import { listSameName } from '../classify/same-name.js';
import type { Evidence } from '../evidence/types.js';
import type { Verdict } from '../plugin-api.js';
import type { Translator } from '../i18n/translator.js';
import { labelColour, type Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import { jobText } from './terminal.js';

const nameOf = (c: Connection) => safeText(`${c.firstName} ${c.lastName}`.trim());

export function renderExplanation(c: Connection, verdict: Verdict, e: Evidence, classifierId: string, colour: Colour, t: Translator): string {
  const paint = labelColour(colour, verdict.label);
  const job = jobText(c, t);
  const lines = [
    colour.bold(nameOf(c)) + (job ? `  ${job}` : ''),
    colour.dim(c.url ?? t('explain.noUrl')),
    connected(c, e, t),
    '',
    `${paint(t(`label.${verdict.label}`))} ${colour.dim(t('explain.according', { classifier: safeText(classifierId) }))}${verdict.score === undefined ? '' : ` ${colour.dim(t('explain.score', { score: verdict.score }))}`}`,
    ...verdict.reasons.map((r) => `  • ${safeText(r.detail)} ${colour.dim(`[${safeText(r.rule)}]`)}`),
    '',
    colour.bold(t('explain.evidence')),
    ...evidenceLines(e, t).map((l) => `  ${l}`),
  ];
  return `${lines.join('\n')}\n`;
}

function connected(c: Connection, e: Evidence, t: Translator): string {
  if (c.connectedOn === null) return t('explain.connectedUnknown');
  const date = { day: c.connectedOn };
  // "(0 years)" says nothing: a connection of less than a year has no count.
  return e.yearsConnected === null || e.yearsConnected === 0
    ? t('explain.connectedOn', { date })
    : t('explain.connectedFor', { date, count: e.yearsConnected });
}

function evidenceLines(e: Evidence, t: Translator): string[] {
  const m = e.messages;
  const lines = [
    t('explain.messages', { sent: m.sent, received: m.received, count: m.conversations }) +
      (m.twoWay ? t('explain.bothWays') : '') +
      (m.first === null ? '' : t('explain.span', { first: { day: m.first.slice(0, 10) }, last: { day: (m.last ?? m.first).slice(0, 10) } })),
    t('explain.groups', { conversations: m.groupConversations, count: m.groupMessages }),
  ];
  if (m.lastMessage !== null) {
    const said = { date: { day: m.lastMessage.date.slice(0, 10) }, snippet: safeText(m.lastMessage.snippet) };
    lines.push(m.lastMessage.from === 'owner' ? t('explain.lastFromYou', said) : t('explain.lastFromThem', said));
  }
  const inv = e.invitation;
  lines.push(
    inv === null
      ? t('explain.invitationNone')
      : t('explain.invitation', {
          who: inv.direction === 'incoming' ? t('explain.theyInvited') : t('explain.youInvited'),
          when: inv.sentAt === null ? '' : t('explain.invitedOn', { date: { day: inv.sentAt.slice(0, 10) } }),
          note: inv.withNote ? t('explain.withNote', { note: safeText(inv.note) }) : t('explain.withoutNote'),
        }),
  );
  lines.push(
    t('explain.endorsements', {
      given: e.endorsements.given,
      givenSkills: list(e.endorsements.skillsGiven),
      received: e.endorsements.received,
      receivedSkills: list(e.endorsements.skillsReceived),
    }),
  );
  lines.push(t('explain.recommendations', { given: e.recommendations.given, received: e.recommendations.received }));
  lines.push(e.sharedEmployer === null ? t('explain.sharedEmployerNone') : t('explain.sharedEmployer', { employer: safeText(e.sharedEmployer) }));
  lines.push(e.addressBook === null ? t('explain.addressBookNo') : e.addressBook === 'email' ? t('explain.addressBookEmail') : t('explain.addressBookName'));
  lines.push(e.emailVisible ? t('explain.emailVisible') : t('explain.emailHidden'));
  const percent = t.percent(e.closeness);
  lines.push(
    e.closenessTerms.length > 0 ? t('explain.closenessTerms', { percent, terms: safeText(e.closenessTerms.join(', ')) }) : t('explain.closeness', { percent }),
  );
  if (e.sameName !== null) lines.push(t('explain.notCounted', { records: listSameName(e.sameName, t), count: e.sameName.namesakes - 1 }));
  const byName = Object.entries(e.matchedBy).filter(([, how]) => how !== 'url');
  if (byName.length > 0) {
    const files = byName.map(([file, how]) => t('explain.matchedFile', { file: safeText(file), how: t(`explain.how.${how as Exclude<typeof how, 'url'>}`) }));
    lines.push(t('explain.matchedByName', { files: files.join(', ') }));
  }
  return lines;
}

const list = (skills: string[]) => (skills.length === 0 ? '' : ` (${safeText(skills.join(', '))})`);

/** The connections a name matches, numbered for `--pick`, with what tells namesakes apart. */
export function renderMatches(matches: { contact: Connection; verdict: Verdict }[], who: string, colour: Colour, t: Translator): string {
  const example = matches.find(({ contact }) => contact.company.trim() !== '')?.contact;
  const ways = [
    t('explain.wayPick', { count: matches.length }),
    example !== undefined && t('explain.wayCompany', { example: `${nameOf(example)}, ${safeText(example.company.trim())}` }),
    matches.some(({ contact }) => contact.url !== null) && t('explain.wayUrl'),
  ].filter((way) => way !== false);
  const said = ways.length > 1 ? t('explain.or', { first: ways.slice(0, -1).join(', '), last: ways.at(-1)! }) : ways[0]!;
  const lines = [t('explain.matches', { count: matches.length, who: safeText(who), ways: said })];
  const width = String(matches.length).length;
  const labels = matches.map(({ verdict }) => t(`label.${verdict.label}`));
  const labelWidth = Math.max(8, ...labels.map((label) => label.length));
  matches.forEach(({ contact, verdict }, i) => {
    const connectedOn = contact.connectedOn === null ? '' : t('explain.connected', { date: { day: contact.connectedOn } });
    const details = [jobText(contact, t), connectedOn, contact.url ?? ''].filter(Boolean).join('  ');
    lines.push(
      `  ${String(i + 1).padStart(width)}. ${labelColour(colour, verdict.label)(labels[i]!.padEnd(labelWidth))}  ${nameOf(contact)}  ${colour.dim(details)}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

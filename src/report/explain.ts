import type { Connection } from '../export/records.js';
import { listSameName } from '../classify/same-name.js';
import type { Evidence } from '../evidence/types.js';
import type { Verdict } from '../plugin-api.js';
import { labelColour, type Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';

const nameOf = (c: Connection) => safeText(`${c.firstName} ${c.lastName}`.trim());
const where = (c: Connection) => safeText([c.position, c.company].filter(Boolean).join(' at '));

export function renderExplanation(c: Connection, verdict: Verdict, e: Evidence, classifierId: string, colour: Colour): string {
  const paint = labelColour(colour, verdict.label);
  const lines = [
    colour.bold(nameOf(c)) + (where(c) ? `  ${where(c)}` : ''),
    colour.dim(c.url ?? 'no profile URL in this export'),
    `Connected on ${c.connectedOn ?? 'an unknown date'}${e.yearsConnected === null ? '' : ` (${e.yearsConnected} years)`}`,
    '',
    `${paint(verdict.label)} ${colour.dim(`according to ${safeText(classifierId)}`)}${verdict.score === undefined ? '' : colour.dim(` (score ${verdict.score})`)}`,
    ...verdict.reasons.map((r) => `  • ${safeText(r.detail)} ${colour.dim(`[${safeText(r.rule)}]`)}`),
    '',
    colour.bold('Evidence'),
    ...evidenceLines(e).map((l) => `  ${l}`),
  ];
  return `${lines.join('\n')}\n`;
}

function evidenceLines(e: Evidence): string[] {
  const m = e.messages;
  const lines = [
    `1:1 messages: ${m.sent} sent, ${m.received} received in ${m.conversations} conversation(s)${m.twoWay ? ', both ways' : ''}` +
      (m.first === null ? '' : `, from ${m.first.slice(0, 10)} to ${(m.last ?? m.first).slice(0, 10)}`),
    `Group conversations: ${m.groupConversations} (${m.groupMessages} messages from them)`,
  ];
  if (m.lastMessage !== null) {
    lines.push(
      `Last message: ${m.lastMessage.date.slice(0, 10)}, from ${m.lastMessage.from === 'owner' ? 'you' : 'them'}: "${safeText(m.lastMessage.snippet)}"`,
    );
  }
  const inv = e.invitation;
  lines.push(
    inv === null
      ? 'Invitation: none in Invitations.csv (it only covers recent months)'
      : `Invitation: ${inv.direction === 'incoming' ? 'they invited you' : 'you invited them'}${inv.sentAt === null ? '' : ` on ${inv.sentAt.slice(0, 10)}`}, ${inv.withNote ? `with a note: "${safeText(inv.note)}"` : 'without a note'}`,
  );
  lines.push(
    `Endorsements: ${e.endorsements.given} given${list(e.endorsements.skillsGiven)}, ${e.endorsements.received} received${list(e.endorsements.skillsReceived)}`,
  );
  lines.push(`Recommendations: ${e.recommendations.given} given, ${e.recommendations.received} received`);
  lines.push(`Shared employer: ${e.sharedEmployer === null ? 'none' : safeText(e.sharedEmployer)}`);
  lines.push(`Address book: ${e.addressBook === null ? 'no' : `yes (matched by ${e.addressBook})`}`);
  lines.push(`E-mail visible: ${e.emailVisible ? 'yes' : 'no'}`);
  lines.push(`Closeness to your work: ${Math.round(e.closeness * 100)}%${e.closenessTerms.length > 0 ? ` (${safeText(e.closenessTerms.join(', '))})` : ''}`);
  if (e.sameName !== null) {
    const others = e.sameName.namesakes - 1;
    lines.push(
      `Not counted above: ${listSameName(e.sameName)}, which could be theirs or their namesake's (${others} other ${others === 1 ? 'connection has' : 'connections have'} this name)`,
    );
  }
  const byName = Object.entries(e.matchedBy).filter(([, how]) => how !== 'url');
  if (byName.length > 0) lines.push(`Matched by name, not URL: ${byName.map(([file, how]) => `${file} (${how})`).join(', ')}`);
  return lines;
}

const list = (skills: string[]) => (skills.length === 0 ? '' : ` (${safeText(skills.join(', '))})`);

/** The connections a name matches, numbered for `--pick`, with what tells namesakes apart. */
export function renderMatches(matches: { contact: Connection; verdict: Verdict }[], who: string, colour: Colour): string {
  const example = matches.find(({ contact }) => contact.company.trim() !== '')?.contact;
  const ways = [
    `add --pick and a number (--pick ${matches.length})`,
    example !== undefined && `give the name and the company ("${nameOf(example)}, ${safeText(example.company.trim())}")`,
    matches.some(({ contact }) => contact.url !== null) && 'give the profile URL',
  ].filter((way) => way !== false);
  const lines = [`${matches.length} connections match "${safeText(who)}"; ${ways.slice(0, -1).join(', ')} or ${ways.at(-1)}:`];
  const width = String(matches.length).length;
  matches.forEach(({ contact, verdict }, i) => {
    const connected = contact.connectedOn === null ? '' : `connected ${contact.connectedOn}`;
    const details = [where(contact), connected, contact.url ?? ''].filter(Boolean).join('  ');
    lines.push(
      `  ${String(i + 1).padStart(width)}. ${labelColour(colour, verdict.label)(verdict.label.padEnd(8))}  ${nameOf(contact)}  ${colour.dim(details)}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

import type { Connection } from '../export/records.js';
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
  const byName = Object.entries(e.matchedBy).filter(([, how]) => how !== 'url');
  if (byName.length > 0) lines.push(`Matched by name, not URL: ${byName.map(([file, how]) => `${file} (${how})`).join(', ')}`);
  return lines;
}

const list = (skills: string[]) => (skills.length === 0 ? '' : ` (${safeText(skills.join(', '))})`);

export function renderMatches(matches: { contact: Connection; verdict: Verdict }[], who: string, colour: Colour): string {
  const lines = [`${matches.length} connections match "${safeText(who)}"; give more of the name or the profile URL:`];
  for (const { contact, verdict } of matches) {
    lines.push(
      `  ${labelColour(colour, verdict.label)(verdict.label.padEnd(8))}  ${nameOf(contact)}  ${colour.dim(where(contact))}  ${colour.dim(contact.url ?? '')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

import { labelColour, type Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import type { InvitationsReport } from './invitations-schema.js';
import { exportDateLines } from './export-age.js';

type Entry = InvitationsReport['invitations'][number];

const day = (iso: string | null) => (iso === null ? '    ?     ' : iso.slice(0, 10));
const INDENT = '              ';

/** Invitations as a person reads them: received, then sent, newest first, with a reply to paste where one is due. */
export function renderInvitations(report: InvitationsReport, c: Colour): string {
  const { summary, coverage } = report;
  const out: string[] = [];
  const span = coverage.first === null ? '' : `, ${day(coverage.first)} to ${day(coverage.last)}`;
  out.push(c.bold(`Invitations in ${safeText(report.input.path)}: ${summary.incoming} received, ${summary.outgoing} sent${span}`));
  out.push(...exportDateLines(report.input.exportDate, c));
  out.push(c.dim(coverage.note));
  for (const direction of ['incoming', 'outgoing'] as const) {
    const list = report.invitations.filter((i) => i.direction === direction);
    if (list.length === 0) continue;
    out.push('', c.bold(`${direction === 'incoming' ? 'Received' : 'Sent'} (${list.length})`));
    for (const entry of list) out.push('', ...renderEntry(entry, c));
  }
  out.push('');
  if (summary.replies > 0) {
    const how =
      report.reply.language === null
        ? `from ${safeText(report.reply.template)}`
        : `in ${report.reply.language === 'fr' ? 'French' : 'English'}; --lang en|fr or --template FILE to change it`;
    out.push(
      `${summary.replies} ${summary.replies === 1 ? 'reply' : 'replies'} to paste above, for invitations without a note from people you do not know (${how}).`,
    );
  } else if (summary.withheld === 0) out.push('No reply to write: every invitation without a note comes from someone you know.');
  if (summary.withheld > 0) {
    out.push(
      `${summary.withheld} ${summary.withheld === 1 ? 'invitation' : 'invitations'} without a note from people you do not know ${summary.withheld === 1 ? 'gets' : 'get'} no reply: older than three months, or undated.`,
    );
  }
  return `${out.join('\n')}\n`;
}

function renderEntry(entry: Entry, c: Colour): string[] {
  const note = entry.withNote ? `note: "${safeText(entry.note)}"` : c.dim('no note');
  const lines = [`  ${day(entry.sentAt)}  ${c.bold(safeText(entry.name) || '(no name)')}  ${note}`];
  const contact = entry.contact;
  if (contact !== null) {
    const label = labelColour(c, contact.label)(contact.label);
    const [first, ...more] = contact.reasons;
    lines.push(`${INDENT}connected · ${label}: ${safeText(first?.detail ?? '')}`);
    for (const reason of more) lines.push(`${INDENT}  ${c.dim('also:')} ${safeText(reason.detail)}`);
  } else if (entry.connected === 'unclear') {
    lines.push(`${INDENT}${c.dim(`several of your connections are called ${safeText(entry.name)}: see \`netprune explain\``)}`);
  } else {
    const waiting = entry.direction === 'incoming' ? 'not connected (waiting, ignored or declined)' : 'not connected (not accepted yet)';
    const signals = entry.outsider?.signals ?? [];
    // The invitation itself is on the line above; the other notes say what else the export holds.
    const notes = (entry.outsider?.notes ?? []).filter((n) => n.id !== 'invitation').map((n) => safeText(n.detail));
    if (signals.length === 0)
      lines.push(`${INDENT}${waiting}: ${notes.length === 0 ? c.dim('no trace in messages, Contacts.csv or recommendations') : notes.join('; ')}`);
    else {
      lines.push(`${INDENT}${waiting}, ${c.green('but you know them')}:`);
      for (const signal of signals) lines.push(`${INDENT}  • ${safeText(signal.detail)}`);
    }
  }
  if (entry.reply !== null) {
    lines.push(`${INDENT}${c.cyan('Reply to paste:')}`);
    for (const line of entry.reply.split('\n')) lines.push(`${INDENT}  ${safeText(line)}`);
  } else if (entry.replyWithheld !== null) {
    const why = entry.replyWithheld === 'no date' ? 'its date is unknown' : 'it is more than three months old';
    lines.push(`${INDENT}${c.dim(`No reply offered: ${why}.`)}`);
  }
  return lines;
}

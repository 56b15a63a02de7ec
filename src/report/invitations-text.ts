import { labelColour, type Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import type { InvitationsReport } from './invitations-schema.js';
import { exportDateLines } from './export-age.js';
import type { Translator } from '../i18n/translator.js';
import { labelNames } from './terminal.js';

type Entry = InvitationsReport['invitations'][number];

const INDENT = '              ';

/**
 * Invitations as a person reads them: received, then sent, newest first, with a reply to paste where
 * one is due. The reasons' and outsiders' `detail` texts come as the classifier and weigh.ts wrote them.
 */
export function renderInvitations(report: InvitationsReport, t: Translator, c: Colour): string {
  const { summary, coverage } = report;
  const out: string[] = [];
  const counts = {
    path: safeText(report.input.path),
    received: t('invitations.received', { count: summary.incoming }),
    sent: t('invitations.sent', { count: summary.outgoing }),
  };
  out.push(
    c.bold(
      coverage.first === null || coverage.last === null
        ? t('invitations.title', counts)
        : t('invitations.titleSpan', { ...counts, first: { day: coverage.first }, last: { day: coverage.last } }),
    ),
  );
  out.push(...exportDateLines(report.input.exportDate, c, t));
  // The JSON's coverage.note says the same in English.
  out.push(c.dim(t('invitations.coverage')));
  const day = dayColumn(report.invitations, t);
  for (const direction of ['incoming', 'outgoing'] as const) {
    const list = report.invitations.filter((i) => i.direction === direction);
    if (list.length === 0) continue;
    out.push('', c.bold(t(direction === 'incoming' ? 'invitations.incoming' : 'invitations.outgoing', { count: list.length })));
    for (const entry of list) out.push('', ...renderEntry(entry, day(entry.sentAt), t, c));
  }
  out.push('');
  if (summary.replies > 0) {
    const how =
      report.reply.language === null
        ? t('invitations.howTemplate', { file: safeText(report.reply.template) })
        : t('invitations.howLanguage', { language: t(`language.${report.reply.language}`) });
    out.push(t('invitations.replies', { count: summary.replies, how }));
  } else if (summary.withheld === 0) out.push(t('invitations.noReply'));
  if (summary.withheld > 0) out.push(t('invitations.withheld', { count: summary.withheld }));
  return `${out.join('\n')}\n`;
}

/** Each invitation's day, padded to the longest, so that the names line up; `?` for an undated one. */
function dayColumn(entries: readonly Entry[], t: Translator): (iso: string | null) => string {
  const days = new Map(entries.map((e) => [e.sentAt, e.sentAt === null ? '?' : t.date(e.sentAt)]));
  // A loop, not Math.max(...days): spread over 700,000 distinct times, the arguments overflow the stack.
  let width = 0;
  for (const d of days.values()) width = Math.max(width, d.length);
  return (iso) => (days.get(iso) ?? '?').padEnd(width);
}

function renderEntry(entry: Entry, day: string, t: Translator, c: Colour): string[] {
  const note = entry.withNote ? t('invitations.note', { note: safeText(entry.note) }) : c.dim(t('invitations.noNote'));
  const lines = [`  ${day}  ${c.bold(safeText(entry.name) || t('invitations.noName'))}  ${note}`];
  const contact = entry.contact;
  if (contact !== null) {
    const label = labelColour(c, contact.label)(labelNames(t)[contact.label]);
    const [first, ...more] = contact.reasons;
    lines.push(`${INDENT}${t('invitations.connected', { label, reason: safeText(first?.detail ?? '') })}`);
    for (const reason of more) lines.push(`${INDENT}  ${c.dim(t('invitations.also'))} ${safeText(reason.detail)}`);
  } else if (entry.connected === 'unclear') {
    lines.push(`${INDENT}${c.dim(t('invitations.unclear', { name: safeText(entry.name) }))}`);
  } else {
    const waiting = t(entry.direction === 'incoming' ? 'invitations.waitingIncoming' : 'invitations.waitingOutgoing');
    const signals = entry.outsider?.signals ?? [];
    // The invitation itself is on the line above; the other notes say what else the export holds.
    const notes = (entry.outsider?.notes ?? []).filter((n) => n.id !== 'invitation').map((n) => safeText(n.detail));
    if (signals.length === 0) {
      const said = notes.length === 0 ? c.dim(t('invitations.noTrace')) : notes.join(t('invitations.notesSeparator'));
      lines.push(`${INDENT}${t('invitations.notes', { waiting, notes: said })}`);
    } else {
      lines.push(`${INDENT}${t('invitations.butKnown', { waiting, but: c.green(t('invitations.butYouKnowThem')) })}`);
      for (const signal of signals) lines.push(`${INDENT}  • ${safeText(signal.detail)}`);
    }
  }
  if (entry.reply !== null) {
    lines.push(`${INDENT}${c.cyan(t('invitations.replyToPaste'))}`);
    for (const line of entry.reply.split('\n')) lines.push(`${INDENT}  ${safeText(line)}`);
  } else if (entry.replyWithheld !== null) {
    lines.push(`${INDENT}${c.dim(t(entry.replyWithheld === 'no date' ? 'invitations.withheldNoDate' : 'invitations.withheldOld'))}`);
  }
  return lines;
}

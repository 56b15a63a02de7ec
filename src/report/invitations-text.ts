import { labelColour, type Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import type { InvitationsReport } from './invitations-schema.js';
import { exportDateLines } from './export-age.js';
import type { Translator } from '../i18n/translator.js';
import { labelNames } from './terminal.js';

type Entry = InvitationsReport['invitations'][number];

/** The report as the text reads it: its invitations made one at a time (`at`), as `--json` makes them. */
export type InvitationsText = Omit<InvitationsReport, 'invitations'> & {
  invitations: { readonly length: number; at(index: number): Entry };
};

const INDENT = '              ';

/**
 * Invitations as a person reads them: received, then sent, newest first, with a reply to paste where
 * one is due. The reasons' and outsiders' `detail` texts come as the classifier and weigh.ts wrote them.
 * The text comes in pieces, a line or an invitation each, and the invitations are made as they are
 * reached: 700,000 of them made one string of 2.4 GB (issue 15). Each is made twice, once for the width
 * of the day column and its direction, once to be written.
 */
export function* renderInvitations(report: InvitationsText, t: Translator, c: Colour): Generator<string> {
  const { summary, coverage } = report;
  const head: string[] = [];
  const counts = {
    path: safeText(report.input.path),
    received: t('invitations.received', { count: summary.incoming }),
    sent: t('invitations.sent', { count: summary.outgoing }),
  };
  head.push(
    c.bold(
      coverage.first === null || coverage.last === null
        ? t('invitations.title', counts)
        : t('invitations.titleSpan', { ...counts, first: { day: coverage.first }, last: { day: coverage.last } }),
    ),
  );
  head.push(...exportDateLines(report.input.exportDate, c, t));
  // The JSON's coverage.note says the same in English.
  head.push(c.dim(t('invitations.coverage')));
  yield lines(head);
  const { invitations } = report;
  const { day, outgoing } = dayColumn(invitations, t);
  for (const direction of ['incoming', 'outgoing'] as const) {
    const count = direction === 'outgoing' ? outgoing.count : invitations.length - outgoing.count;
    if (count === 0) continue;
    yield lines(['', c.bold(t(direction === 'incoming' ? 'invitations.incoming' : 'invitations.outgoing', { count }))]);
    for (let i = 0; i < invitations.length; i++) {
      if ((outgoing.at[i] === 1) !== (direction === 'outgoing')) continue;
      const entry = invitations.at(i);
      yield lines(['', ...renderEntry(entry, day(entry.sentAt), t, c)]);
    }
  }
  const tail = [''];
  if (summary.replies > 0) {
    const how =
      report.reply.language === null
        ? t('invitations.howTemplate', { file: safeText(report.reply.template) })
        : t('invitations.howLanguage', { language: t(`language.${report.reply.language}`) });
    tail.push(t('invitations.replies', { count: summary.replies, how }));
  } else if (summary.withheld === 0) tail.push(t('invitations.noReply'));
  if (summary.withheld > 0) tail.push(t('invitations.withheld', { count: summary.withheld }));
  yield lines(tail);
}

/** Lines as the text holds them, each ended by a newline: the pieces joined are the whole text. */
const lines = (texts: readonly string[]) => `${texts.join('\n')}\n`;

/**
 * Each invitation's day, padded to the longest, so that the names line up (`?` for an undated one),
 * and which invitations were sent, in one pass. Days are kept by the day, not the time: a date shows only the day.
 */
function dayColumn(invitations: InvitationsText['invitations'], t: Translator) {
  const days = new Map<string, string>();
  const outgoing = { at: new Uint8Array(invitations.length), count: 0 };
  // A loop, not Math.max(...days): spread over 700,000 distinct days, the arguments overflow the stack.
  let width = 1;
  for (let i = 0; i < invitations.length; i++) {
    const { sentAt, direction } = invitations.at(i);
    if (direction === 'outgoing') {
      outgoing.at[i] = 1;
      outgoing.count++;
    }
    const key = sentAt?.slice(0, 10);
    if (key === undefined || days.has(key)) continue;
    const shown = t.date(key);
    days.set(key, shown);
    width = Math.max(width, shown.length);
  }
  const day = (iso: string | null) => (iso === null ? '?' : days.get(iso.slice(0, 10))!).padEnd(width);
  return { day, outgoing };
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

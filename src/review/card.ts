import type { Evidence } from '../evidence/types.js';
import type { Decision } from '../plugin-api.js';
import { labelColour, type Colour } from '../util/colour.js';
import { displayWidth, fitWidth, safeText } from '../util/terminal-text.js';
import { jobText } from '../report/terminal.js';
import type { ReviewItem } from './queue.js';
import { dayOf } from '../util/iso-date.js';
import { createTranslator, type Translator } from '../i18n/translator.js';

const ENGLISH = createTranslator('en');

/** Cards are never wider than this, however wide the terminal: long lines are hard to read. */
const MAX_CARD_WIDTH = 100;
const MIN_CARD_WIDTH = 40;

export interface Progress {
  reviewed: number;
  total: number;
  kept: number;
  removed: number;
  skipped: number;
}

export interface CardOptions {
  width: number;
  colour: Colour;
  /** The answer already on file, shown when a skipped or (with --redo) decided contact comes back. */
  earlier?: { decision: Decision; decidedAt: string };
  /** What the taste model expects of this contact, one line (screen-lines.ts expectation). */
  expects?: string;
  /** At most this many lines, for a short terminal: the evidence goes first, then the reasons; the name and label stay. */
  lines?: number;
  /** The language of the card; English when absent. */
  t?: Translator;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2016-03-14` → `14 Mar 2016`. */
export function humanDate(iso: string): string {
  const [year, month, day] = dayOf(iso).split('-');
  const name = MONTHS[Number(month) - 1];
  return name === undefined || day === undefined ? iso : `${Number(day)} ${name} ${year}`;
}

export const fullName = (item: ReviewItem): string => safeText(`${item.connection.firstName} ${item.connection.lastName}`.trim()) || '(no name)';

/** `Position at Company`, or whichever of the two the export has. */
export const role = (item: ReviewItem, t: Translator = ENGLISH): string => jobText(item.connection, t);

/** A day on the card: `14 Mar 2016` in English, as the card always wrote it; the language's way otherwise (`14 mars 2016`). */
const dayIn = (t: Translator, iso: string): string => (t.language === 'en' ? t.said(humanDate(iso)) : t.date(dayOf(iso)));

export const cardWidth = (columns: number | undefined): number => Math.max(MIN_CARD_WIDTH, Math.min(MAX_CARD_WIDTH, (columns ?? 80) - 1));

/** One contact: who, since when, the label with each reason, and the evidence behind it. */
export function formatCard(item: ReviewItem, { width, colour, earlier, expects, lines: most, t = ENGLISH }: CardOptions): string {
  const { connection: c, verdict, evidence: e } = item;
  const paint = labelColour(colour, verdict.label);
  const label = t(`label.${verdict.label}`);
  const name = fitWidth(fullName(item), Math.max(1, width - displayWidth(label) - 2)).trimEnd();
  const gap = ' '.repeat(Math.max(2, width - displayWidth(name) - displayWidth(label)));
  const since = c.connectedOn === null ? t('card.connectedUnknown') : t('card.connectedSince', { date: dayIn(t, c.connectedOn) });
  const years = e.yearsConnected === null ? '' : t('card.years', { count: e.yearsConnected });
  const lines = [
    colour.bold(name) + gap + paint(label),
    ...(role(item, t) === '' ? [] : [clip(role(item, t), width)]),
    clip(since + years, width),
    colour.dim(clip(c.url === null ? t('card.noUrl') : safeText(c.url), width)),
  ];
  if (earlier !== undefined) {
    lines.push(colour.dim(t(`card.earlier.${earlier.decision}`, { date: dayIn(t, earlier.decidedAt) })));
  }
  if (expects !== undefined) lines.push(clip(expects, width));
  const head = lines.length;
  lines.push('', colour.bold(t('card.why', { label })));
  for (const reason of verdict.reasons) {
    const wrapped = wrap(safeText(reason.detail), width - 4).map((line, i) => (i === 0 ? '  • ' : '    ') + line);
    const rule = ` [${safeText(reason.rule)}]`;
    const lastLine = wrapped.length - 1;
    if (displayWidth(wrapped[lastLine]! + rule) <= width) wrapped[lastLine] += colour.dim(rule);
    else wrapped.push(`   ${colour.dim(clip(rule, width - 3))}`);
    lines.push(...wrapped);
  }
  if (verdict.reasons.length === 0) lines.push(colour.dim(`  ${t('card.noReason')}`));
  const why = lines.length;
  lines.push('', colour.bold(t('card.evidence')));
  const rows = evidenceRows(item.connection.firstName, e, t);
  // 14 columns, as the card always had in English; wider for longer titles ("Recommandations").
  const titleWidth = Math.max(12, ...rows.map(([title]) => displayWidth(title))) + 2;
  for (const [title, value] of rows) {
    const padded = `  ${title}${' '.repeat(titleWidth - displayWidth(title))}`;
    lines.push(...wrap(value, width - padded.length).map((line, i) => (i === 0 ? colour.dim(padded) : ' '.repeat(padded.length)) + line));
  }
  return (most === undefined ? lines : shorten(lines, head, why, most, expects !== undefined)).join('\n');
}

/**
 * A card in at most `most` lines: evidence rows go first, then the section, then reasons, then the
 * section; then the head's lines after the name, the expectation last. A section is never left as a
 * bare title.
 */
function shorten(lines: readonly string[], head: number, why: number, most: number, expects: boolean): string[] {
  let [top, reasons, evidence] = [lines.slice(0, head), lines.slice(head, why), lines.slice(why)];
  const count = () => top.length + reasons.length + evidence.length;
  while (count() > most && evidence.length > 0) evidence = evidence.length <= 3 ? [] : evidence.slice(0, -1);
  while (count() > most && reasons.length > 0) reasons = reasons.length <= 3 ? [] : reasons.slice(0, -1);
  while (count() > most && top.length > 1) top = expects && top.length > 2 ? [...top.slice(0, -2), top.at(-1)!] : top.slice(0, -1);
  return [...top, ...reasons, ...evidence];
}

function evidenceRows(firstName: string, e: Evidence, t: Translator): [string, string][] {
  const m = e.messages;
  const counts = m.sent + m.received === 0 ? t('card.none') : t('card.counts', { sent: m.sent, received: m.received });
  const them = safeText(firstName.trim()) || t('card.they');
  const last = m.lastMessage;
  const groups = m.groupConversations > 0 ? t('card.groups', { count: m.groupConversations }) : '';
  const rows: [string, string][] = [[t('card.row.messages'), counts + groups]];
  if (last !== null) {
    const said = { date: dayIn(t, last.date), snippet: clip(safeText(last.snippet), 160) };
    rows.push([t('card.row.lastMessage'), last.from === 'owner' ? t('card.youWrote', said) : t('card.theyWrote', { ...said, them })]);
  }
  const inv = e.invitation;
  if (inv !== null) {
    rows.push([
      t('card.row.invitation'),
      t('card.invitation', {
        how: inv.direction === 'incoming' ? t('card.theyInvited', { them }) : t('card.youInvited'),
        when: inv.sentAt === null ? '' : t('card.on', { date: dayIn(t, inv.sentAt) }),
        note: inv.withNote ? t('card.note', { note: clip(safeText(inv.note), 200) }) : t('card.noNote'),
      }),
    ]);
  }
  const { given, received, skillsGiven, skillsReceived } = e.endorsements;
  rows.push([
    t('card.row.endorsements'),
    given + received === 0
      ? t('card.none')
      : t('card.endorsements', { given, givenSkills: skills(skillsGiven), them, received, receivedSkills: skills(skillsReceived) }),
  ]);
  if (e.recommendations.given + e.recommendations.received > 0) {
    rows.push([t('card.row.recommended'), t('card.recommended', { given: e.recommendations.given, them, received: e.recommendations.received })]);
  }
  if (e.sharedEmployer !== null) rows.push([t('card.row.workedAt'), t('card.workedAt', { employer: safeText(e.sharedEmployer) })]);
  return rows;
}

const skills = (list: string[]) => (list.length === 0 ? '' : ` (${safeText(list.slice(0, 4).join(', '))}${list.length > 4 ? ', …' : ''})`);

/** Text cut to `width` columns with an ellipsis; never padded. */
export function clip(text: string, width: number): string {
  return displayWidth(text) <= width ? text : fitWidth(text, width).trimEnd();
}

/**
 * Word wrap by display width; a word longer than the line is cut. Only breaking spaces separate words:
 * French puts a narrow no-break space (U+202F) before `: ; ! ?`, which must neither end a line nor be
 * turned into an ordinary space.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (displayWidth(next) <= width) line = next;
    else {
      if (line !== '') lines.push(line);
      line = clip(word, width);
    }
  }
  return lines.length === 0 && line === '' ? [''] : [...lines, ...(line === '' ? [] : [line])];
}

export function formatProgress(p: Progress, colour: Colour, t: Translator = ENGLISH): string {
  const counts = { reviewed: p.reviewed, total: p.total, kept: p.kept, removed: p.removed };
  return colour.dim(p.skipped > 0 ? t('card.progressSkipped', { ...counts, skipped: p.skipped }) : t('card.progress', counts));
}

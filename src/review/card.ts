import type { Evidence } from '../evidence/types.js';
import type { Decision } from '../plugin-api.js';
import { labelColour, type Colour } from '../util/colour.js';
import { displayWidth, fitWidth, safeText } from '../util/terminal-text.js';
import type { ReviewItem } from './queue.js';
import { dayOf } from '../util/iso-date.js';

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
}

const EARLIER: Record<Decision, string> = { keep: 'Kept', remove: 'Removed', skip: 'Skipped' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2016-03-14` → `14 Mar 2016`. */
export function humanDate(iso: string): string {
  const [year, month, day] = dayOf(iso).split('-');
  const name = MONTHS[Number(month) - 1];
  return name === undefined || day === undefined ? iso : `${Number(day)} ${name} ${year}`;
}

export const fullName = (item: ReviewItem): string => safeText(`${item.connection.firstName} ${item.connection.lastName}`.trim()) || '(no name)';

/** `Position at Company`, or whichever of the two the export has. */
export const role = (item: ReviewItem): string => safeText([item.connection.position.trim(), item.connection.company.trim()].filter(Boolean).join(' at '));

export const cardWidth = (columns: number | undefined): number => Math.max(MIN_CARD_WIDTH, Math.min(MAX_CARD_WIDTH, (columns ?? 80) - 1));

/** One contact: who, since when, the label with each reason, and the evidence behind it. */
export function formatCard(item: ReviewItem, { width, colour, earlier, expects, lines: most }: CardOptions): string {
  const { connection: c, verdict, evidence: e } = item;
  const paint = labelColour(colour, verdict.label);
  const name = fitWidth(fullName(item), Math.max(1, width - verdict.label.length - 2)).trimEnd();
  const gap = ' '.repeat(Math.max(2, width - displayWidth(name) - verdict.label.length));
  const since = c.connectedOn === null ? 'Connected on an unknown date' : `Connected since ${humanDate(c.connectedOn)}`;
  const years = e.yearsConnected === null ? '' : ` · ${e.yearsConnected} year${e.yearsConnected === 1 ? '' : 's'}`;
  const lines = [
    colour.bold(name) + gap + paint(verdict.label),
    ...(role(item) === '' ? [] : [clip(role(item), width)]),
    clip(since + years, width),
    colour.dim(clip(c.url === null ? 'no profile URL in this export' : safeText(c.url), width)),
  ];
  if (earlier !== undefined) {
    lines.push(colour.dim(`${EARLIER[earlier.decision]} on ${humanDate(earlier.decidedAt)}`));
  }
  if (expects !== undefined) lines.push(clip(expects, width));
  const head = lines.length;
  lines.push('', colour.bold(`Why ${verdict.label}`));
  for (const reason of verdict.reasons) {
    const wrapped = wrap(safeText(reason.detail), width - 4).map((line, i) => (i === 0 ? '  • ' : '    ') + line);
    const rule = ` [${safeText(reason.rule)}]`;
    const lastLine = wrapped.length - 1;
    if (displayWidth(wrapped[lastLine]! + rule) <= width) wrapped[lastLine] += colour.dim(rule);
    else wrapped.push(`   ${colour.dim(clip(rule, width - 3))}`);
    lines.push(...wrapped);
  }
  if (verdict.reasons.length === 0) lines.push(colour.dim('  (the classifier gave no reason)'));
  const why = lines.length;
  lines.push('', colour.bold('Evidence'));
  for (const [label, value] of evidenceRows(item.connection.firstName, e)) {
    const title = `  ${label.padEnd(14)}`;
    lines.push(...wrap(value, width - title.length).map((line, i) => (i === 0 ? colour.dim(title) : ' '.repeat(title.length)) + line));
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

function evidenceRows(firstName: string, e: Evidence): [string, string][] {
  const m = e.messages;
  const counts = m.sent + m.received === 0 ? 'none' : `${m.sent} sent, ${m.received} received`;
  const them = safeText(firstName.trim()) || 'they';
  const last = m.lastMessage;
  const rows: [string, string][] = [['Messages', counts + (m.groupConversations > 0 ? ` · ${m.groupConversations} group conversation(s) together` : '')]];
  if (last !== null) {
    const who = last.from === 'owner' ? 'you wrote' : `${them} wrote`;
    rows.push(['Last message', `${humanDate(last.date)}, ${who}: “${clip(safeText(last.snippet), 160)}”`]);
  }
  const inv = e.invitation;
  if (inv !== null) {
    const when = inv.sentAt === null ? '' : ` on ${humanDate(inv.sentAt)}`;
    const how = inv.direction === 'incoming' ? `${them} invited you` : 'you invited them';
    rows.push(['Invitation', `${how}${when}, ${inv.withNote ? `note: “${clip(safeText(inv.note), 200)}”` : 'no note'}`]);
  }
  const { given, received, skillsGiven, skillsReceived } = e.endorsements;
  rows.push(['Endorsements', given + received === 0 ? 'none' : `you gave ${given}${skills(skillsGiven)} · ${them} gave ${received}${skills(skillsReceived)}`]);
  if (e.recommendations.given + e.recommendations.received > 0) {
    rows.push(['Recommended', `you ${e.recommendations.given}, ${them} ${e.recommendations.received}`]);
  }
  if (e.sharedEmployer !== null) rows.push(['Worked at', `${safeText(e.sharedEmployer)}, as you did`]);
  return rows;
}

const skills = (list: string[]) => (list.length === 0 ? '' : ` (${safeText(list.slice(0, 4).join(', '))}${list.length > 4 ? ', …' : ''})`);

/** Text cut to `width` columns with an ellipsis; never padded. */
export function clip(text: string, width: number): string {
  return displayWidth(text) <= width ? text : fitWidth(text, width).trimEnd();
}

/** Word wrap by display width; a word longer than the line is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (displayWidth(next) <= width) line = next;
    else {
      if (line !== '') lines.push(line);
      line = clip(word, width);
    }
  }
  return lines.length === 0 && line === '' ? [''] : [...lines, ...(line === '' ? [] : [line])];
}

export function formatProgress(p: Progress, colour: Colour): string {
  return colour.dim(`${p.reviewed}/${p.total} reviewed · ${p.kept} kept · ${p.removed} removed${p.skipped > 0 ? ` · ${p.skipped} skipped` : ''}`);
}

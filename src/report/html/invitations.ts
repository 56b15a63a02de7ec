import type { AuditFigures } from './figures.js';
import type { InvitationCounts } from './invitation-figures.js';
import { bar, num, section, time } from './markup.js';
import { TEXT } from './texts.js';

/** Invitations received and sent, with a note or without: in total, then per month (or year) as bars. */
export function invitationsSection({ invitations }: AuditFigures): string {
  if (invitations === null) return section('invitations', TEXT.invitations, `<p class="note">${TEXT.noInvitationsFile}</p>`);
  const { all, periods } = invitations;
  if (all.received + all.sent === 0) return section('invitations', TEXT.invitations, `<p class="note">${TEXT.noInvitations}</p>`);
  const tiles = [
    `<li class="tile received"><span class="name"><span class="swatch received"></span>${TEXT.received}</span><span class="count">${num('inv.received', all.received)}</span><span class="meaning">${num('inv.received.note', all.receivedWithNote)} ${TEXT.withNote}</span></li>`,
    `<li class="tile sent"><span class="name"><span class="swatch sent"></span>${TEXT.sent}</span><span class="count">${num('inv.sent', all.sent)}</span><span class="meaning">${num('inv.sent.note', all.sentWithNote)} ${TEXT.withNote}</span></li>`,
  ];
  const max = Math.max(1, ...periods.map((p) => p.received + p.sent));
  const rows = periods.map((p) => {
    const key = `inv.${p.period ?? 'undated'}`;
    const when = p.period === null ? TEXT.undated : time(p.period);
    return `<tr><th scope="row">${when}</th><td class="chart" aria-hidden="true">${bar(segments(p), max)}</td><td class="n">${cell(key, 'received', p)}</td><td class="n">${cell(key, 'sent', p)}</td></tr>`;
  });
  const unit = invitations.unit === 'month' ? TEXT.month : TEXT.year;
  const head = `<tr><th scope="col">${unit}</th><td class="chart" aria-hidden="true"></td><th scope="col" class="n">${TEXT.received}</th><th scope="col" class="n">${TEXT.sent}</th></tr>`;
  const body = [
    `<p class="note">${TEXT.invitationsLead}</p>`,
    `<ul class="tiles two">${tiles.join('')}</ul>`,
    '<table class="bars invitations">',
    `<thead>${head}</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    `<p class="legend" aria-hidden="true">${legend('received')}${legend('sent')}</p>`,
  ];
  return section('invitations', TEXT.invitations, body.join('\n'));
}

const legend = (direction: 'received' | 'sent') =>
  `<span>${TEXT[direction]}: <span class="swatch ${direction}"></span>${TEXT.withNote} <span class="swatch ${direction}-plain"></span>${TEXT.withoutNote}</span>`;

/** Darker for the invitations that came with a note. */
const segments = (p: InvitationCounts) =>
  [
    { kind: 'received', value: p.receivedWithNote },
    { kind: 'received-plain', value: p.received - p.receivedWithNote },
    { kind: 'sent', value: p.sentWithNote },
    { kind: 'sent-plain', value: p.sent - p.sentWithNote },
  ] as const;

function cell(key: string, direction: 'received' | 'sent', p: InvitationCounts): string {
  const note = direction === 'received' ? p.receivedWithNote : p.sentWithNote;
  // "0 with a note" under every month would bury the few that have one.
  const withNote = note === 0 ? '' : `<span class="sub">${num(`${key}.${direction}.note`, note)} ${TEXT.withNote}</span>`;
  return `${num(`${key}.${direction}`, p[direction])}${withNote}`;
}

import type { AuditFigures } from './figures.js';
import type { InvitationCounts } from './invitation-figures.js';
import { bar, num, section, time } from './markup.js';
import type { PageTexts } from './texts.js';

/** Invitations received and sent, with a note or without: in total, then per month (or year) as bars. */
export function invitationsSection({ invitations }: AuditFigures, x: PageTexts): string {
  if (invitations === null) return section('invitations', x.invitations, `<p class="note">${x.noInvitationsFile}</p>`);
  const { all, periods } = invitations;
  if (all.received + all.sent === 0) return section('invitations', x.invitations, `<p class="note">${x.noInvitations}</p>`);
  const tiles = [
    `<li class="tile received"><span class="name"><span class="swatch received"></span>${x.received}</span><span class="count">${num(x, 'inv.received', all.received)}</span><span class="meaning">${num(x, 'inv.received.note', all.receivedWithNote)} ${x.withNote}</span></li>`,
    `<li class="tile sent"><span class="name"><span class="swatch sent"></span>${x.sent}</span><span class="count">${num(x, 'inv.sent', all.sent)}</span><span class="meaning">${num(x, 'inv.sent.note', all.sentWithNote)} ${x.withNote}</span></li>`,
  ];
  const max = Math.max(1, ...periods.map((p) => p.received + p.sent));
  const rows = periods.map((p) => {
    const key = `inv.${p.period ?? 'undated'}`;
    const when = p.period === null ? x.undated : time(x, p.period);
    return `<tr><th scope="row">${when}</th><td class="chart" aria-hidden="true">${bar(segments(p), max)}</td><td class="n">${cell(key, 'received', p, x)}</td><td class="n">${cell(key, 'sent', p, x)}</td></tr>`;
  });
  const unit = invitations.unit === 'month' ? x.month : x.year;
  const head = `<tr><th scope="col">${unit}</th><td class="chart" aria-hidden="true"></td><th scope="col" class="n">${x.received}</th><th scope="col" class="n">${x.sent}</th></tr>`;
  const body = [
    `<p class="note">${x.invitationsLead}</p>`,
    `<ul class="tiles two">${tiles.join('')}</ul>`,
    '<table class="bars invitations">',
    `<thead>${head}</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    `<p class="legend" aria-hidden="true">${legend('received', x)}${legend('sent', x)}</p>`,
  ];
  return section('invitations', x.invitations, body.join('\n'));
}

const legend = (direction: 'received' | 'sent', x: PageTexts) =>
  `<span>${x[direction]}: <span class="swatch ${direction}"></span>${x.withNote} <span class="swatch ${direction}-plain"></span>${x.withoutNote}</span>`;

/** Darker for the invitations that came with a note. */
const segments = (p: InvitationCounts) =>
  [
    { kind: 'received', value: p.receivedWithNote },
    { kind: 'received-plain', value: p.received - p.receivedWithNote },
    { kind: 'sent', value: p.sentWithNote },
    { kind: 'sent-plain', value: p.sent - p.sentWithNote },
  ] as const;

function cell(key: string, direction: 'received' | 'sent', p: InvitationCounts, x: PageTexts): string {
  const note = direction === 'received' ? p.receivedWithNote : p.sentWithNote;
  // "0 with a note" under every month would bury the few that have one.
  const withNote = note === 0 ? '' : `<span class="sub">${num(x, `${key}.${direction}.note`, note)} ${x.withNote}</span>`;
  return `${num(x, `${key}.${direction}`, p[direction])}${withNote}`;
}

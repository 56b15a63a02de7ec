import { LABELS } from '../../plugin-api.js';
import type { AuditFigures } from './figures.js';
import { percent } from '../../util/labels.js';
import { num, pct, section } from './markup.js';
import type { PageTexts } from './texts.js';

/** The three labels as a ring and three tiles: the tiles are the ring's text, so the ring is hidden from screen readers. */
export function glanceSection(f: AuditFigures, x: PageTexts): string {
  const lead = x.glanceSentence(
    num(x, 'label.stranger', f.byLabel.stranger),
    num(x, 'total', f.total),
    pct(x, 'pct.stranger', percent(f.byLabel.stranger, f.total)),
  );
  const tiles = LABELS.map(
    (label) =>
      `<li class="tile ${label}"><span class="name"><span class="swatch ${label}"></span>${x.label[label]}</span>` +
      `<span class="count">${num(x, `label.${label}`, f.byLabel[label])}</span>` +
      `<span class="share">${pct(x, `pct.${label}`, percent(f.byLabel[label], f.total))}</span>` +
      `<span class="meaning">${x.labelMeaning[label]}</span></li>`,
  );
  const body = [
    `<p class="lead">${lead}</p>`,
    '<div class="glance">',
    `<div class="ring">${ring(f)}<span class="ring-total">${num(x, 'total', f.total)}<small>${x.connections}</small></span></div>`,
    `<ul class="tiles">${tiles.join('')}</ul>`,
    '</div>',
  ];
  return section('glance', x.glance, body.join('\n'));
}

/** A ring of circumference 100 (r = 100 / 2π), one arc per label starting at the top. */
function ring(f: AuditFigures): string {
  let start = 0;
  const arcs = LABELS.filter((label) => f.byLabel[label] > 0).map((label) => {
    const share = (f.byLabel[label] / f.total) * 100;
    const arc = `<circle class="${label}" cx="21" cy="21" r="15.9155" stroke-dasharray="${fixed(share)} ${fixed(100 - share)}" stroke-dashoffset="${fixed(25 - start)}"/>`;
    start += share;
    return arc;
  });
  return `<svg viewBox="0 0 42 42" aria-hidden="true" focusable="false"><circle class="track" cx="21" cy="21" r="15.9155"/>${arcs.join('')}</svg>`;
}

const fixed = (value: number) => String(Math.round(value * 1000) / 1000);

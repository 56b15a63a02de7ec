import { htmlText } from '../emit/html.js';
import type { Label } from '../../plugin-api.js';
import type { PageTexts } from './texts.js';

/**
 * The small pieces every section is made of. Each number on the page is a `<data>` element whose
 * key names what it counts, so that a test can check every one against the JSON report; each date
 * is a `<time>`. Text from the export reaches the page only through htmlText.
 */
export const num = (x: PageTexts, key: string, value: number): string => `<data value="${value}" data-key="${htmlText(key)}">${x.number(value)}</data>`;

/** `value` is a percentage already (`56.5`), written the language's way: `56.5%` · `56,5 %`. */
export const pct = (x: PageTexts, key: string, value: number): string => `<data value="${value}" data-key="${htmlText(key)}">${x.percent(value)}</data>`;

/** `and 12 more companies…`, where a list stops at its cap; nothing when it does not. */
export const more = (x: PageTexts, key: string, count: number, what: string): string =>
  count === 0 ? '' : `<p class="more">${x.more} ${num(x, key, count)} ${what}</p>`;

/** `18 Nov 2026` for `2026-11-18`; `Nov 2026` for `2026-11`; a year as it is. Day, month, year: the order of both languages. */
function dateText(x: PageTexts, iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = month === undefined ? '' : x.months[Number(month) - 1];
  return [day === undefined ? '' : String(Number(day)), name, year].filter(Boolean).join(' ');
}

export const time = (x: PageTexts, iso: string): string => `<time datetime="${htmlText(iso)}">${dateText(x, iso)}</time>`;

export interface Segment {
  value: number;
  /** A class the style sheet colours: a label, or an invitation kind. */
  kind: Label | 'signal' | 'received' | 'received-plain' | 'sent' | 'sent-plain';
}

/**
 * A horizontal bar, one segment after another, scaled so that `max` fills the width. Hidden from
 * screen readers: the row it stands in says the same in text. Widths are SVG attributes, as the
 * policy allows no style attribute.
 */
export function bar(segments: readonly Segment[], max: number): string {
  let x = 0;
  const rects = segments
    .filter((s) => s.value > 0)
    .map((s) => {
      const width = max === 0 ? 0 : (s.value / max) * 1000;
      const rect = `<rect class="${s.kind}" x="${round(x)}" width="${round(width)}" height="10"/>`;
      x += width;
      return rect;
    });
  return `<svg class="bar" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${rects.join('')}</svg>`;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** `<section>` with its heading, named for the outline and the print. */
export const section = (id: string, heading: string, body: string): string =>
  `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${heading}</h2>\n${body}\n</section>`;

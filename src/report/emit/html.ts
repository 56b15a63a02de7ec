import { createHash } from 'node:crypto';
import { safeText } from '../../util/terminal-text.js';

/**
 * Text or attribute value for HTML, the one sanitiser of every page netprune writes: one line with no
 * control, escape or bidi character (safeText), then the five characters that could open markup or
 * close an attribute escaped, so that a name stays a name.
 */
export const htmlText = (text: string): string =>
  safeText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** `'sha256-…'` for a Content-Security-Policy: the one inline style or script the page may run. */
export const inlineHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The start of every page netprune writes, to the opening of `<main>`: UTF-8, no referrer, a phone
 * viewport, and a Content-Security-Policy that allows only what the page itself carries.
 */
export const pageHead = (page: { csp: string; title: string; style: string; lang?: string }): string[] => [
  '<!doctype html>',
  `<html lang="${page.lang ?? 'en'}">`,
  '<head>',
  '<meta charset="utf-8">',
  `<meta http-equiv="Content-Security-Policy" content="${page.csp}">`,
  '<meta name="referrer" content="no-referrer">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  `<title>${page.title}</title>`,
  `<style>${page.style}</style>`,
  '</head>',
  '<body>',
  '<main>',
];

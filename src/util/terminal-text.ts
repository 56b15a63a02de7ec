/**
 * Names, headlines and messages in an export were written by strangers. Before any of it
 * reaches a terminal, escape sequences and control characters are removed so that a name
 * can neither clear the screen, forge a line, hide a link (OSC 8) nor reverse its text.
 */

// ESC-based sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST), other two-byte escapes.
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[@-Z\\-_]?/g;
// 8-bit CSI/OSC, and the C1 range in general.
const C1_SEQUENCES = /\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*(?:\u0007|\u009c)?/g;
// C0 and C1 controls (tab and newline become spaces first), DEL, bidi overrides and isolates.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from the export, made safe to print on one line. */
export function safeText(text: string): string {
  return text
    .replace(ESCAPES, '')
    .replace(C1_SEQUENCES, '')
    .replace(/[\t\n\r\u2028\u2029]+/g, ' ')
    .replace(CONTROLS, '');
}

/** Columns a string takes in a terminal: wide East Asian characters and emoji count 2, marks 0. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (isZeroWidth(code)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** Pads or truncates (with …) to exactly `width` columns. */
export function fitWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text + ' '.repeat(width - displayWidth(text));
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = isZeroWidth(char.codePointAt(0) ?? 0) ? 0 : isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…${' '.repeat(Math.max(0, width - used - 1))}`;
}

function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) || // combining marks
    (code >= 0x200b && code <= 0x200f) ||
    code === 0xfe0f ||
    code === 0xfe0e ||
    (code >= 0x1f3fb && code <= 0x1f3ff) // skin tones
  );
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x2600 && code <= 0x27bf && isEmojiPresentation(code)) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

// The common symbols in U+2600–U+27BF that terminals draw two columns wide.
const WIDE_SYMBOLS = new Set([
  0x2614, 0x2615, 0x2648, 0x2649, 0x267f, 0x2693, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26d4, 0x26ea, 0x26f2, 0x26f3, 0x26f5,
  0x26fa, 0x26fd, 0x2705, 0x270a, 0x270b, 0x2728, 0x274c, 0x274e, 0x2753, 0x2754, 0x2755, 0x2757, 0x2795, 0x2796, 0x2797, 0x27b0, 0x27bf,
]);
const isEmojiPresentation = (code: number) => WIDE_SYMBOLS.has(code);

/**
 * JSON.stringify escapes C0 controls but leaves C1 controls (U+009B is an 8-bit CSI) and bidi
 * overrides raw. Escaping them keeps the same JSON value and makes it safe to print.
 */
export function escapeJsonControls(json: string): string {
  // Tested first: replace() copies the text even when nothing matches (60 MB for audit's 34 MB report).
  if (!JSON_CONTROL.test(json)) return json;
  return json.replace(JSON_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const JSON_CONTROL = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const JSON_CONTROLS = new RegExp(JSON_CONTROL.source, 'g');

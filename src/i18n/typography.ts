/** U+202F, the narrow no-break space French puts before ; : ! ? and inside « ». */
export const NARROW_NBSP = '\u202F';

/**
 * French typography for a catalogue text written with plain spaces and apostrophes: a narrow
 * no-break space before ; : ! ? and inside « », where the text has a space (so `12:30` and
 * `https://` stay as they are), and the right apostrophe ’ for '. Run on the catalogue's own
 * words only, never on the values filled in: a name or a note is shown as written.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00A0\u202F]+([;:!?»])/g, `${NARROW_NBSP}$1`)
    .replace(/«[ \u00A0\u202F]+/g, `«${NARROW_NBSP}`)
    .replace(/'/g, '’');
}

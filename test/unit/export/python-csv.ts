/**
 * How Python's csv module (and spreadsheets) read a CSV, one character at a time: the reference the
 * scanners are held to on irregular text, where csv-parse refuses or differs. A quote inside an
 * unquoted field is text; after a closing quote, anything but a quote, the delimiter or a line break
 * is text too, and so is the rest of the field. Then netprune's own rules: CR, LF and CRLF end a line,
 * blank lines are skipped, the last record needs no line break, and a quote never closed is an error.
 */
export function pythonCsv(text: string, delimiter = ','): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let state: 'record' | 'field' | 'unquoted' | 'quoted' | 'quote in quoted' = 'record';
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ fields, line: recordLine });
    fields = [];
    state = 'record';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const eol = c === '\n' || c === '\r';
    if (eol && state !== 'quoted') {
      if (state !== 'record') endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      continue;
    }
    if (eol) {
      field += c === '\r' && text[i + 1] === '\n' ? (i++, '\r\n') : c;
      line++;
      continue;
    }
    if (state === 'record') recordLine = line;
    if (state === 'record' || state === 'field') {
      if (c === '"') state = 'quoted';
      else if (c === delimiter) {
        endField();
        state = 'field';
      } else {
        field += c;
        state = 'unquoted';
      }
    } else if (state === 'unquoted') {
      if (c === delimiter) {
        endField();
        state = 'field';
      } else field += c;
    } else if (state === 'quoted') {
      if (c === '"') state = 'quote in quoted';
      else field += c;
    } else if (c === '"') {
      field += '"';
      state = 'quoted';
    } else if (c === delimiter) {
      endField();
      state = 'field';
    } else {
      field += c;
      state = 'unquoted';
    }
  }
  if (state === 'quoted') throw new Error(`unbalanced quote on line ${recordLine}`);
  if (state !== 'record') endRecord();
  return records;
}

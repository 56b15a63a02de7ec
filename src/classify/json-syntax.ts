import type { Message } from '../i18n/translator.js';
import { MAX_JSON_DEPTH } from './json-depth.js';

/**
 * Where a JSON text stops being JSON. Node 20's JSON.parse messages only sometimes carry a position
 * ("Unexpected token '}', … is not valid JSON" has none), so this small scanner finds it for every error.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  /** What is wrong there, said in the run's language (`json.*` in the catalogue). */
  said: Message;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly said: Message,
  ) {
    super(said.key);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';

/** The first syntax error in `text`, or null if JSON.parse would accept it. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const peek = (): string | undefined => text[i];
  /** What was found instead: a character or a word, quoted, or the end of the file (its own sentence). */
  const found = (what = peek()): string | undefined => (what === undefined ? undefined : JSON.stringify(what));
  const foundOr = (atEnd: Message, instead: (found: string) => Message): Message => {
    const what = found();
    return what === undefined ? atEnd : instead(what);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };

  const string = (): void => {
    i++;
    for (;;) {
      const ch = peek();
      if (ch === undefined) throw new Stop(i, { key: 'json.unterminatedString' });
      if (ch === '"') return void i++;
      if (ch < ' ') throw new Stop(i, { key: 'json.controlCharacter' });
      if (ch === '\\') {
        const escaped = text[i + 1];
        if (escaped === undefined || !ESCAPES.includes(escaped)) throw new Stop(i, { key: 'json.invalidEscape', values: { escaped: escaped ?? '' } });
        if (escaped === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, { key: 'json.invalidUnicodeEscape' });
        i += escaped === 'u' ? 6 : 2;
      } else i++;
    }
  };

  const sequence = (close: '}' | ']', item: () => void): void => {
    i++;
    skipSpace();
    if (peek() === close) return void i++;
    for (;;) {
      item();
      skipSpace();
      if (peek() === close) return void i++;
      if (peek() !== ',')
        throw new Stop(
          i,
          foundOr({ key: 'json.expectedCommaOrAtEnd', values: { close } }, (f) => ({ key: 'json.expectedCommaOr', values: { close, found: f } })),
        );
      const comma = i++;
      skipSpace();
      if (peek() === close) throw new Stop(comma, { key: 'json.trailingComma', values: { close } });
    }
  };

  let depth = 0;
  const value = (): void => {
    skipSpace();
    // Past the depth a rule file may have, where the error is does not matter: the file is refused either way.
    if (depth > MAX_JSON_DEPTH) throw new Stop(i, { key: 'json.tooDeep', values: { depth: MAX_JSON_DEPTH } });
    const ch = peek();
    if (ch === '{') {
      depth++;
      sequence('}', () => {
        skipSpace();
        if (peek() !== '"')
          throw new Stop(
            i,
            foundOr({ key: 'json.expectedNameAtEnd' }, (f) => ({ key: 'json.expectedName', values: { found: f } })),
          );
        string();
        skipSpace();
        if (peek() !== ':')
          throw new Stop(
            i,
            foundOr({ key: 'json.expectedColonAtEnd' }, (f) => ({ key: 'json.expectedColon', values: { found: f } })),
          );
        i++;
        value();
      });
      depth--;
    } else if (ch === '[') {
      depth++;
      sequence(']', value);
      depth--;
    } else if (ch === '"') string();
    else if (ch !== undefined && /[-0-9]/.test(ch)) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) throw new Stop(i, { key: 'json.invalidNumber' });
      i = NUMBER.lastIndex;
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word === undefined) {
        const what = found(/^[A-Za-z]+/.exec(text.slice(i))?.[0] ?? ch);
        throw new Stop(i, what === undefined ? { key: 'json.unexpectedEnd' } : { key: 'json.unexpected', values: { found: what } });
      }
      i += word.length;
    }
  };

  try {
    value();
    skipSpace();
    if (i < text.length) throw new Stop(i, { key: 'json.unexpectedAfter', values: { found: found() ?? '' } });
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    return { line, column: error.offset - before.lastIndexOf('\n'), said: error.said };
  }
}

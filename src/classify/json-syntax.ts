import { MAX_JSON_DEPTH } from './json-depth.js';

/**
 * Where a JSON text stops being JSON. Node 20's JSON.parse messages only sometimes carry a position
 * ("Unexpected token '}', … is not valid JSON" has none), so this small scanner finds it for every error.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';

/** The first syntax error in `text`, or null if JSON.parse would accept it. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const peek = (): string | undefined => text[i];
  const found = (what = peek()): string => (what === undefined ? 'end of file' : JSON.stringify(what));
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };

  const string = (): void => {
    i++;
    for (;;) {
      const ch = peek();
      if (ch === undefined) throw new Stop(i, 'unterminated string');
      if (ch === '"') return void i++;
      if (ch < ' ') throw new Stop(i, 'control character (such as a line break) inside a string');
      if (ch === '\\') {
        const escaped = text[i + 1];
        if (escaped === undefined || !ESCAPES.includes(escaped)) throw new Stop(i, `invalid escape \\${escaped ?? ''}`);
        if (escaped === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, 'invalid \\u escape');
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
      if (peek() !== ',') throw new Stop(i, `expected "," or "${close}", found ${found()}`);
      const comma = i++;
      skipSpace();
      if (peek() === close) throw new Stop(comma, `trailing comma before "${close}"`);
    }
  };

  let depth = 0;
  const value = (): void => {
    skipSpace();
    // Past the depth a rule file may have, where the error is does not matter: the file is refused either way.
    if (depth > MAX_JSON_DEPTH) throw new Stop(i, `nested more than ${MAX_JSON_DEPTH} levels deep`);
    const ch = peek();
    if (ch === '{') {
      depth++;
      sequence('}', () => {
        skipSpace();
        if (peek() !== '"') throw new Stop(i, `expected a property name in double quotes, found ${found()}`);
        string();
        skipSpace();
        if (peek() !== ':') throw new Stop(i, `expected ":" after the property name, found ${found()}`);
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
      if (!NUMBER.test(text)) throw new Stop(i, 'invalid number');
      i = NUMBER.lastIndex;
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word === undefined) throw new Stop(i, `unexpected ${found(/^[A-Za-z]+/.exec(text.slice(i))?.[0] ?? ch)}`);
      i += word.length;
    }
  };

  try {
    value();
    skipSpace();
    if (i < text.length) throw new Stop(i, `unexpected ${found()} after the end of the JSON value`);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    return { line, column: error.offset - before.lastIndexOf('\n'), message: error.message };
  }
}

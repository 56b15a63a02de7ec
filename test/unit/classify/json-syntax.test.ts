import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonSyntaxError } from '../../../src/classify/json-syntax.js';
import { ENGLISH_FOR_JSON } from '../../../src/i18n/translator.js';

const accepts = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a":}', 1, 6, 'unexpected "}"'],
    ['{\n  "a": 1,\n}', 2, 9, 'trailing comma before "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}", found "\\""'],
    ['{"a": tru}', 1, 7, 'unexpected "tru"'],
    ['{"a": "x\ny"}', 1, 9, 'control character (such as a line break) inside a string'],
    ['{"a": 1', 1, 8, 'expected "," or "}", found end of file'],
    ['', 1, 1, 'unexpected end of file'],
    ['{a: 1}', 1, 2, 'expected a property name in double quotes, found "a"'],
    ['[1, 2] x', 1, 8, 'unexpected "x" after the end of the JSON value'],
    ['{"a": 01}', 1, 8, 'expected "," or "}", found "1"'],
  ])('%j → %i:%i %s', (text, line, column, message) => {
    const found = findJsonSyntaxError(text);
    expect(found && { line: found.line, column: found.column, message: ENGLISH_FOR_JSON.message(found.said) }).toEqual({ line, column, message });
  });

  it('agrees with JSON.parse on any JSON value', () => {
    fc.assert(fc.property(fc.json(), (text) => findJsonSyntaxError(text) === null));
  });

  it('agrees with JSON.parse on arbitrary text', () => {
    const token = fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', '1', '0', '-', '.', 'e', 'a', 'true', 'null', '\\', 'u', '\t');
    const jsonish = fc.array(token, { maxLength: 30 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string()), (text) => (findJsonSyntaxError(text) === null) === accepts(text)),
      { numRuns: 2000 },
    );
  });

  it('agrees with JSON.parse on JSON with one character removed', () => {
    const damaged = fc.json().chain((text) => fc.nat({ max: Math.max(0, text.length - 1) }).map((i) => text.slice(0, i) + text.slice(i + 1)));
    fc.assert(
      fc.property(damaged, (text) => (findJsonSyntaxError(text) === null) === accepts(text)),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayWidth, fitWidth, safeText } from '../../../src/util/terminal-text.js';

const ESC = '\u001b';

describe('safeText: a name from the export cannot drive the terminal', () => {
  it.each([
    ['clear the screen (CSI)', `Ada${ESC}[2J${ESC}[HQuill`, 'AdaQuill'],
    ['recolour (SGR)', `${ESC}[31mRed${ESC}[0m Team`, 'Red Team'],
    ['set the window title (OSC, BEL)', `${ESC}]0;pwned\u0007Ada`, 'Ada'],
    ['hide a link (OSC 8, ST)', `${ESC}]8;;https://evil.example/${ESC}\\Click${ESC}]8;;${ESC}\\`, 'Click'],
    ['8-bit CSI (C1)', '\u009b2JAda', 'Ada'],
    ['other C1 controls', 'A\u0085d\u008da', 'Ada'],
    ['forge a line with a bare CR', 'Ada\rMallory', 'Ada Mallory'],
    ['forge a line with LF', 'Ada\nknown  Mallory', 'Ada known  Mallory'],
    ['reverse its text (bidi override)', 'Ada \u202Egnp.exe\u202C', 'Ada gnp.exe'],
    ['isolate (bidi)', '\u2066Ada\u2069', 'Ada'],
    ['backspace over itself', 'Ad\ba', 'Ada'],
  ])('%s', (_what, input, shown) => {
    expect(safeText(input)).toBe(shown);
  });

  it('keeps accents, emoji, CJK and RTL scripts', () => {
    expect(safeText('Hélène 💻 李小龙 محمد')).toBe('Hélène 💻 李小龙 محمد');
  });

  it('never lets an ESC, C0/C1 control or bidi override through, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
        expect(safeText(input)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });
});

describe('width is measured on what is shown', () => {
  it.each([
    ['Ada', 3],
    ['Hélène', 6],
    ['e\u0301', 1],
    ['李小龙', 6],
    ['💻 Dev', 6],
  ])('%s is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('fitWidth pads or cuts to exactly the width, never splitting a wide character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 2, max: 30 }), (text, width) => {
        expect(displayWidth(fitWidth(safeText(text), width))).toBe(width);
      }),
    );
    expect(fitWidth('李小龙李小龙', 5)).toBe('李小…');
    expect(fitWidth('李小龙李小龙', 6)).toBe('李小… ');
  });
});

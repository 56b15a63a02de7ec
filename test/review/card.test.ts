import { describe, expect, it } from 'vitest';
import { formatCard, formatProgress, humanDate, wrap } from '../../src/review/card.js';
import { createColour } from '../../src/util/colour.js';
import { displayWidth } from '../../src/util/terminal-text.js';
import { makeItem } from './make-item.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoTranslator } from '../../src/i18n/pseudo.js';

const colour = createColour({}, false);

describe('formatCard on a short terminal', () => {
  const item = makeItem('Ada', 'Stone', {
    company: 'Acme',
    position: 'Talent Partner',
    reasons: [
      { rule: 'no-messages', detail: 'No 1:1 message in either direction' },
      { rule: 'old', detail: 'Connected 9 years ago' },
    ],
    evidence: { messages: { sent: 0, received: 1 } },
  });
  const expects = 'netprune expects remove, 93 %: never messaged; talent';
  const card = (lines?: number) => formatCard(item, { width: 60, colour, expects, lines }).split('\n');

  it('shows the expectation under who the person is, and everything when there is room', () => {
    expect(card().slice(0, 5)).toEqual([
      'Ada Stone                                           stranger',
      'Talent Partner at Acme',
      'Connected since 18 Apr 2022 · 3 years',
      'https://www.linkedin.com/in/ada-stone',
      expects,
    ]);
    expect(card(100)).toEqual(card());
  });

  it('cuts the evidence first, then the reasons, never leaving a bare title, and keeps the name, label and expectation', () => {
    const full = card();
    expect(full).toHaveLength(13);
    expect(card(12)).toEqual(full.slice(0, 12));
    // Evidence with no row left goes as a whole: never a bare "Evidence".
    expect(card(10)).toEqual(full.slice(0, 9));
    expect(card(8)).toEqual(full.slice(0, 8));
    expect(card(7)).toEqual(full.slice(0, 5));
    expect(card(4)).toEqual([...full.slice(0, 3), expects]);
    expect(card(2)).toEqual([full[0], expects]);
    expect(card(1)).toEqual([full[0]]);
  });
});

describe('formatCard', () => {
  it('shows who, since when, the label with each reason, and the evidence behind it', () => {
    const item = makeItem('Ada', 'Stone', {
      company: 'Acme',
      position: 'Talent Partner',
      connectedOn: '2016-03-14',
      reasons: [
        { rule: 'no-messages', detail: 'No 1:1 message in either direction, and nothing else that suggests you know each other' },
        { rule: 'old', detail: 'Connected 9 years ago' },
      ],
      evidence: {
        yearsConnected: 9,
        messages: { sent: 0, received: 1, lastMessage: { date: '2021-03-04T10:00:00Z', from: 'contact', snippet: 'Hi Alex, an exciting opportunity' } },
        invitation: { direction: 'incoming', sentAt: '2016-03-13T09:00:00Z', note: "Hi, let's connect!" },
        endorsements: { received: 2, skillsReceived: ['Java', 'SQL'] },
      },
    });
    expect(formatCard(item, { width: 60, colour, earlier: { decision: 'skip', decidedAt: '2025-05-01T10:00:00Z' } }).split('\n')).toEqual([
      'Ada Stone                                           stranger',
      'Talent Partner at Acme',
      'Connected since 14 Mar 2016 · 9 years',
      'https://www.linkedin.com/in/ada-stone',
      'Skipped on 1 May 2025',
      '',
      'Why stranger',
      '  • No 1:1 message in either direction, and nothing else',
      '    that suggests you know each other [no-messages]',
      '  • Connected 9 years ago [old]',
      '',
      'Evidence',
      '  Messages      0 sent, 1 received',
      '  Last message  4 Mar 2021, Ada wrote: “Hi Alex, an exciting',
      '                opportunity”',
      '  Invitation    Ada invited you on 13 Mar 2016, note: “Hi,',
      "                let's connect!”",
      '  Endorsements  you gave 0 · Ada gave 2 (Java, SQL)',
    ]);
  });

  it('says who wrote the last message and when nothing is known', () => {
    const item = makeItem('Ben', 'Ortiz', {
      company: '',
      position: '',
      connectedOn: null,
      url: null,
      reasons: [],
      evidence: { yearsConnected: null, messages: { sent: 2, received: 0, lastMessage: { date: '2020-01-02T00:00:00Z', from: 'owner', snippet: 'Thanks!' } } },
    });
    expect(formatCard(item, { width: 60, colour }).split('\n')).toEqual([
      'Ben Ortiz                                           stranger',
      'Connected on an unknown date',
      'no profile URL in this export',
      '',
      'Why stranger',
      '  (the classifier gave no reason)',
      '',
      'Evidence',
      '  Messages      2 sent, 0 received',
      '  Last message  2 Jan 2020, you wrote: “Thanks!”',
      '  Endorsements  none',
    ]);
  });

  it('lets no text from the export drive the terminal', () => {
    const item = makeItem('Eve\u001b[2J', 'Hack\u001b]8;;https://evil.example\u0007', {
      position: 'CEO\nnetprune: all contacts kept',
      company: '\u202eevil',
      reasons: [{ rule: 'r\u001b[31m', detail: 'detail\u0007' }],
      evidence: { messages: { received: 1, lastMessage: { date: '2021-01-01T00:00:00Z', from: 'contact', snippet: 'x\u001b[1Ay' } } },
    });
    const text = formatCard(item, { width: 80, colour });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text).toContain('Eve Hack');
    expect(text).toContain('CEO netprune: all contacts kept at evil');
  });

  it('measures width in terminal columns, wide characters included, and cuts long names', () => {
    const wide = formatCard(makeItem('王', '小明', { label: 'weak-tie' }), { width: 40, colour }).split('\n')[0]!;
    expect(wide).toBe(`王 小明${' '.repeat(25)}weak-tie`);
    expect(displayWidth(wide)).toBe(40);
    const long = formatCard(makeItem('Maximiliana-Alexandra', 'Vandenberghe-Oppenheimer'), { width: 40, colour }).split('\n')[0]!;
    expect(long).toBe('Maximiliana-Alexandra Vandenb…  stranger');
  });
});

describe('helpers', () => {
  it('humanDate', () => {
    expect(humanDate('2016-03-04')).toBe('4 Mar 2016');
    expect(humanDate('2021-12-31T23:00:00Z')).toBe('31 Dec 2021');
    expect(humanDate('garbage')).toBe('garbage');
  });

  it('wrap keeps words whole unless one is wider than the line', () => {
    expect(wrap('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrap('abcdefghij', 5)).toEqual(['abcd…']);
    expect(wrap('', 5)).toEqual(['']);
  });

  it("wrap never breaks at French typography's no-break spaces, nor turns them into ordinary ones", () => {
    const french = 'Pourquoi\u202f? Aucun message\u202f: ni l\u2019un ni l\u2019autre';
    const lines = wrap(french, 12);
    expect(lines.join(' ')).toBe(french);
    expect(lines.some((line) => /^[?:]/.test(line))).toBe(false);
  });

  it('formatProgress', () => {
    expect(formatProgress({ reviewed: 12, total: 48, kept: 8, removed: 4, skipped: 0 }, colour)).toBe('12/48 reviewed · 8 kept · 4 removed');
    expect(formatProgress({ reviewed: 12, total: 48, kept: 8, removed: 4, skipped: 3 }, colour)).toBe('12/48 reviewed · 8 kept · 4 removed · 3 skipped');
  });
});

describe('the card in French, and through the catalogue only', () => {
  // Every row the card can show: a last message, an invitation with a note, endorsements, a recommendation, a shared employer.
  const item = makeItem('Ada', 'Stone', {
    label: 'weak-tie',
    company: 'Acme',
    position: 'Talent Partner',
    connectedOn: '2016-03-14',
    reasons: [{ rule: 'they-wrote', detail: 'Cette personne vous a envoyé 1 message sans jamais de réponse de votre part, le dernier le 4 mars 2021' }],
    evidence: {
      yearsConnected: 9,
      messages: {
        sent: 0,
        received: 1,
        groupConversations: 2,
        lastMessage: { date: '2021-03-04T10:00:00Z', from: 'contact', snippet: 'Bonjour, une belle opportunité' },
      },
      invitation: { direction: 'incoming', sentAt: '2016-03-13T09:00:00Z', note: 'Ravie de vous rencontrer' },
      endorsements: { given: 1, received: 2, skillsGiven: ['Recrutement'], skillsReceived: ['Java', 'SQL'] },
      recommendations: { given: 1, received: 0 },
      sharedEmployer: 'Contoso',
    },
  });
  const options = { width: 72, colour, earlier: { decision: 'keep' as const, decidedAt: '2025-05-01T10:00:00Z' } };

  it('says every line in French, days and numbers the French way', async () => {
    await expect(`${formatCard(item, { ...options, t: createTranslator('fr') })}\n`).toMatchFileSnapshot('__snapshots__/card.fr.txt');
    expect(formatProgress({ reviewed: 1200, total: 3769, kept: 8, removed: 4, skipped: 3 }, colour, createTranslator('fr'))).toBe(
      '1\u202F200/3\u202F769 vus · 8 gardés · 4 retirés · 3 passés',
    );
  });

  it("takes every word from the catalogue (the pseudo-locale), but the contact's data", () => {
    const t = pseudoTranslator();
    const text = `${formatCard(item, { ...options, t })}\n${formatProgress({ reviewed: 1, total: 2, kept: 1, removed: 0, skipped: 1 }, colour, t)}`;
    const data = [
      'Ada Stone',
      'Ada',
      'Talent Partner',
      'Acme',
      'https://www.linkedin.com/in/ada-stone',
      'Bonjour, une belle opportunité',
      'Ravie de vous rencontrer',
    ];
    // The reason is the rule set's (said in the language by the classifier), wrapped here over two lines.
    data.push('Recrutement', 'Java, SQL', 'Contoso', ...item.verdict.reasons[0]!.detail.split(' '), 'they-wrote');
    // Innermost first: a day is marked inside the sentence that says it.
    let left = text;
    for (let before = ''; before !== left; )
      [before, left] = [left, left.replaceAll(new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'gu'), ' ')];
    for (const datum of data.sort((a, b) => b.length - a.length)) left = left.replaceAll(datum, ' ');
    expect(left.match(/\p{L}[\p{L}'’-]*/gu) ?? []).toEqual([]);
  });
});

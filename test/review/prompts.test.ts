import { render } from '@inquirer/testing';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { UserAbortError } from '../../src/errors.js';
import { reviewLoop } from '../../src/review/loop.js';
import type { CardPromptConfig } from '../../src/review/prompts.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { createColour } from '../../src/util/colour.js';
import { makeItem, MemorySink } from './make-item.js';

// The loop's prompts draw on @inquirer/testing's shared screen, so a whole session is driven by keys.
vi.mock('../../src/review/prompts.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/review/prompts.js')>();
  return { ...actual, askCardAction: wrapPrompt(actual.askCardAction), askCompanyBatch: wrapPrompt(actual.askCompanyBatch) };
});

// render() gives each prompt its own fake terminal: use the adapter as it is, not the screen-wrapped one.
const { askCardAction, askCompanyBatch, askName, askPredictedBatch, cardScreen } =
  await vi.importActual<typeof import('../../src/review/prompts.js')>('../../src/review/prompts.js');

const card: CardPromptConfig = {
  progress: '3/10 reviewed · 2 kept · 1 removed',
  card: (columns) => `Ada Stone  stranger\n(${columns} columns)`,
  keyBar: () => 'k keep · r remove · ? help',
  help: () => ['k  keep: stay connected'],
  unknownKey: (char) => `${char === undefined ? 'That key' : `"${char}"`} does nothing here; press ? for help`,
  answered: (action) => `answered ${action}`,
};

describe('the card prompt', () => {
  it.each([
    ['k', 'keep'],
    ['r', 'remove'],
    ['s', 'skip'],
    ['o', 'open'],
    ['u', 'undo'],
    ['c', 'company'],
    ['b', 'batch'],
    ['/', 'find'],
    ['q', 'quit'],
  ])('resolves on the single key %s, without Enter', async (key, action) => {
    const { answer, events, getScreen } = await render(askCardAction, card);
    expect(getScreen()).toBe(['3/10 reviewed · 2 kept · 1 removed', '', 'Ada Stone  stranger', '(10000 columns)', '', 'k keep · r remove · ? help'].join('\n'));
    events.keypress(key);
    await expect(answer).resolves.toBe(action);
    expect(getScreen()).toBe(`answered ${action}`);
  });

  it('takes the key as typed in a real terminal, upper case included', async () => {
    const { answer, events } = await render(askCardAction, card);
    events.keypress({ name: 'r', shift: true, sequence: 'R' } as { name: string });
    await expect(answer).resolves.toBe('remove');
  });

  it('? toggles the help; other keys only hint at it', async () => {
    const { answer, events, getScreen } = await render(askCardAction, { ...card, notice: 'Undone: Ben Ortiz is undecided again.' });
    expect(getScreen()).toContain('Undone: Ben Ortiz is undecided again.');
    // Node's readline names `?` only in its sequence.
    events.keypress({ sequence: '?' } as { name?: string });
    expect(getScreen()).toContain('k  keep: stay connected');
    events.keypress('x');
    expect(getScreen()).toContain('"x" does nothing here; press ? for help');
    events.keypress({ name: 'escape', sequence: '\u001b' } as { name: string });
    expect(getScreen()).toContain('That key does nothing here; press ? for help');
    events.keypress('?');
    expect(getScreen()).not.toContain('k  keep: stay connected');
    events.keypress('k');
    await expect(answer).resolves.toBe('keep');
  });

  it('Ctrl-C rejects with UserAbortError (exit code 130)', async () => {
    const { answer, events } = await render(askCardAction, card);
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(UserAbortError);
  });
});

describe('the company batch confirmation', () => {
  const config = {
    message: 'Every remaining contact at Acme (2):',
    people: () => ['Ada Stone', 'Cy Park'],
    keyBar: 'k keep all 2 · r remove all 2 · any other key: cancel',
    answered: (a: string) => `batch ${a}`,
  };

  it.each([
    ['k', 'keep'],
    ['r', 'remove'],
    ['n', 'cancel'],
    ['enter', 'cancel'],
    ['escape', 'cancel'],
  ])('%s → %s', async (key, expected) => {
    const { answer, events, getScreen } = await render(askCompanyBatch, config);
    expect(getScreen()).toBe('Every remaining contact at Acme (2):\n  Ada Stone\n  Cy Park\n\nk keep all 2 · r remove all 2 · any other key: cancel');
    events.keypress(key);
    await expect(answer).resolves.toBe(expected);
  });
});

describe('the card on a short terminal', () => {
  const long: CardPromptConfig = {
    ...card,
    card: (_, lines) => ['Ada Stone  stranger', 'Recruiter at Acme', 'Why stranger', 'Evidence'].slice(0, lines).join('\n'),
    keyBar: () => 'k keep · r remove\nc company · q quit',
    notice: 'Undone.',
  };

  it('keeps the name, label, keys and notice on screen, and gives the card what is left', () => {
    expect(cardScreen(long, { columns: 80, rows: 40 }).split('\n')).toHaveLength(11);
    expect(cardScreen(long, { columns: 80, rows: 6 }).split('\n')).toEqual([
      'Ada Stone  stranger',
      'Recruiter at Acme',
      'k keep · r remove',
      'c company · q quit',
      'Undone.',
    ]);
    expect(cardScreen(long, { columns: 80, rows: 2 }).split('\n')[0]).toBe('Ada Stone  stranger');
  });
});

describe('the batch netprune proposes', () => {
  const config = {
    message: 'netprune is at least 95 % sure you would remove these 40:',
    page: (_: number | undefined, size: number) => Array.from({ length: size }, (__, i) => `person ${i + 1}`),
    keyBar: (size: number) => `1–${size} of 40 · n next page · y remove these ${size} · a remove all 40 · any other key: back to the cards`,
    answered: (a: string, size: number) => `${a} ${size}`,
  };

  it.each([
    ['a', 'all'],
    ['y', 'page'],
    ['n', 'next'],
    ['space', 'next'],
    ['r', 'cancel'],
    ['k', 'cancel'],
    ['enter', 'cancel'],
  ])('%s → %s: only y and a accept, keys no card uses', async (key, expected) => {
    const { answer, events, getScreen } = await render(askPredictedBatch, config);
    expect(getScreen().split('\n')).toHaveLength(1 + 15 + 2);
    events.keypress(key);
    await expect(answer).resolves.toEqual({ answer: expected, size: 15 });
  });
});

describe('/ to find a person', () => {
  const config = { message: 'Jump to:', cancelled: 'cancelled', matches: (typed: string) => [`→ ${typed.toUpperCase()}`] };

  it('shows who the name typed so far finds, and resolves with it on Enter', async () => {
    const { answer, events, getScreen } = await render(askName, config);
    events.type('ada');
    expect(getScreen()).toBe('Jump to: ada\n  → ADA');
    events.keypress('enter');
    await expect(answer).resolves.toBe('ada');
  });

  it('Escape, or Enter on nothing, goes back to the card', async () => {
    const first = await render(askName, config);
    first.events.type('ad');
    first.events.keypress('escape');
    await expect(first.answer).resolves.toBeNull();
    const second = await render(askName, config);
    second.events.keypress('enter');
    await expect(second.answer).resolves.toBeNull();
  });
});

describe('the company batch, widened', () => {
  it('a widens only when offered; otherwise it cancels like any other key', async () => {
    const base = { message: 'm', people: () => [], keyBar: 'k', answered: (a: string) => a };
    const offered = await render(askCompanyBatch, { ...base, canWiden: true });
    offered.events.keypress('a');
    await expect(offered.answer).resolves.toBe('widen');
    const plain = await render(askCompanyBatch, base);
    plain.events.keypress('a');
    await expect(plain.answer).resolves.toBe('cancel');
  });
});

const ada = makeItem('Ada', 'Stone', { company: 'Acme', position: 'Recruiter' });
const ben = makeItem('Ben', 'Ortiz', { company: 'Zeta', position: 'Sales' });
const cy = makeItem('Cy', 'Park', { company: 'Acme', position: 'Sourcer' });
/** A session over three cards, two at one company, in the language given. */
function startSession(language: 'en' | 'fr') {
  const sink = new MemorySink();
  const session = reviewLoop({
    queue: [ada, ben, cy],
    scope: [ada, ben, cy],
    sink,
    colour: createColour({}, false),
    t: createTranslator(language),
    openUrl: async () => undefined,
  });
  return { sink, session };
}

describe('a review session, keys in and decisions out', () => {
  it('answers, undoes, batches a company and saves every step', async () => {
    const { sink, session } = startSession('en');

    expect(screen.getScreen()).toMatch(/^0\/3 reviewed · 0 kept · 0 removed\n\nAda Stone +stranger\nRecruiter at Acme\n/);
    screen.keypress('r');
    await screen.next();
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'remove' });
    expect(screen.getScreen()).toMatch(/^1\/3 reviewed · 0 kept · 1 removed\n\nBen Ortiz/);

    screen.keypress('u');
    await screen.next();
    expect(sink.decisions()).toEqual({});
    expect(screen.getScreen()).toMatch(/^0\/3 reviewed[\s\S]*Ada Stone[\s\S]*Undone: Ada Stone is undecided again\.$/);

    screen.keypress('c');
    await screen.next();
    expect(screen.getScreen()).toBe(
      'Every remaining contact at Acme (2):\n  Ada Stone · Recruiter at Acme\n  Cy Park · Sourcer at Acme\n\nk keep all 2 · r remove all 2 · any other key: cancel',
    );
    screen.keypress('k');
    await screen.next();
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'keep', 'in/cy-park': 'keep' });
    expect(screen.getScreen()).toMatch(/^2\/3 reviewed · 2 kept · 0 removed\n\nBen Ortiz/);

    screen.keypress('r');
    const summary = await session;
    expect(summary.progress).toEqual({ reviewed: 3, total: 3, kept: 2, removed: 1, skipped: 0 });
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'keep', 'in/cy-park': 'keep', 'in/ben-ortiz': 'remove' });
    expect(await screen.getFullOutput()).toContain('✔ kept all 2 at Acme');
  });
});

describe('a review session in French', () => {
  it('the card, the keys, the notices and the company batch all speak French; the keys stay k r s', async () => {
    const { sink, session } = startSession('fr');

    const first = screen.getScreen();
    expect(first).toMatch(/^0\/3 vus · 0 gardés · 0 retirés\n\nAda Stone +inconnu\nRecruiter chez Acme\n/);
    expect(first).toContain('k garder · r retirer · s passer · o ouvrir · u annuler');
    screen.keypress({ sequence: '?' } as { name?: string });
    expect(screen.getScreen()).toContain('u  annuler la dernière réponse (dans le fichier de décisions aussi)');
    screen.keypress('x');
    expect(screen.getScreen()).toMatch(/«\u202Fx\u202F» ne fait rien ici\u202F; appuyez sur\u202F\? pour l’aide$/);
    screen.keypress('r');
    await screen.next();
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'remove' });

    screen.keypress('u');
    await screen.next();
    expect(screen.getScreen()).toMatch(/Annulé\u202F: Ada Stone est de nouveau à décider\.$/);

    screen.keypress('c');
    await screen.next();
    expect(screen.getScreen()).toBe(
      'Toutes les personnes restantes chez Acme (2)\u202F:\n  Ada Stone · Recruiter chez Acme\n  Cy Park · Sourcer chez Acme\n\n' +
        'k garder les 2 · r retirer les 2 · autre touche\u202F: annuler',
    );
    screen.keypress('k');
    await screen.next();
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'keep', 'in/cy-park': 'keep' });
    screen.keypress('r');
    await session;
    const output = await screen.getFullOutput();
    expect(output).toContain('✔ les 2 gardées chez Acme');
    expect(output).toContain('✘ retiré\u202F: Ben Ortiz · Sales chez Zeta');
  });
});

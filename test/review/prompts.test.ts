import { render } from '@inquirer/testing';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { UserAbortError } from '../../src/errors.js';
import { reviewLoop } from '../../src/review/loop.js';
import type { CardPromptConfig } from '../../src/review/prompts.js';
import { createColour } from '../../src/util/colour.js';
import { makeItem, MemorySink } from './make-item.js';

// The loop's prompts draw on @inquirer/testing's shared screen, so a whole session is driven by keys.
vi.mock('../../src/review/prompts.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/review/prompts.js')>();
  return { ...actual, askCardAction: wrapPrompt(actual.askCardAction), askCompanyBatch: wrapPrompt(actual.askCompanyBatch) };
});

// render() gives each prompt its own fake terminal: use the adapter as it is, not the screen-wrapped one.
const { askCardAction, askCompanyBatch } = await vi.importActual<typeof import('../../src/review/prompts.js')>('../../src/review/prompts.js');

const card: CardPromptConfig = {
  progress: '3/10 reviewed · 2 kept · 1 removed',
  card: (columns) => `Ada Stone  stranger\n(${columns} columns)`,
  keyBar: () => 'k keep · r remove · ? help',
  help: ['k  keep: stay connected'],
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

describe('a review session, keys in and decisions out', () => {
  const ada = makeItem('Ada', 'Stone', { company: 'Acme', position: 'Recruiter' });
  const ben = makeItem('Ben', 'Ortiz', { company: 'Zeta', position: 'Sales' });
  const cy = makeItem('Cy', 'Park', { company: 'Acme', position: 'Sourcer' });

  it('answers, undoes, batches a company and saves every step', async () => {
    const sink = new MemorySink();
    const session = reviewLoop({ queue: [ada, ben, cy], scope: [ada, ben, cy], sink, colour: createColour({}, false), openUrl: async () => undefined });

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

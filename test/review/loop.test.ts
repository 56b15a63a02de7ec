import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UserAbortError } from '../../src/errors.js';
import { ReviewInterrupted, reviewLoop, type ReviewLoopOptions } from '../../src/review/loop.js';
import type { BatchAnswer, BatchPromptConfig, CardAction, CardPromptConfig } from '../../src/review/prompts.js';
import type { ReviewItem } from '../../src/review/queue.js';
import { createColour } from '../../src/util/colour.js';
import { displayWidth } from '../../src/util/terminal-text.js';
import { createTranslator } from '../../src/i18n/translator.js';

const ENGLISH = createTranslator('en');
import { entry, makeItem, MemorySink } from './make-item.js';

vi.mock('../../src/review/prompts.js');
const prompts = vi.mocked(await import('../../src/review/prompts.js'));

const ada = makeItem('Ada', 'Stone', { company: 'Acme' });
const ben = makeItem('Ben', 'Ortiz', { company: 'Zeta' });
const cy = makeItem('Cy', 'Park', { company: 'ACME ', url: null, key: null });

let cards: CardPromptConfig[];
let batches: BatchPromptConfig[];

/** Queues the keys a person would press; a prompt beyond them fails the test instead of hanging it. */
function answers(card: (CardAction | Error)[], batch: BatchAnswer[] = []) {
  prompts.askCardAction.mockImplementation(async (config) => {
    cards.push(config);
    const next = card.shift();
    if (next === undefined) throw new Error(`There was an unexpected call to askCardAction (card ${cards.length})`);
    if (next instanceof Error) throw next;
    return next;
  });
  prompts.askCompanyBatch.mockImplementation(async (config) => {
    batches.push(config);
    const next = batch.shift();
    if (next === undefined) throw new Error('There was an unexpected call to askCompanyBatch');
    return next;
  });
  return () => {
    expect(card).toEqual([]);
    expect(batch).toEqual([]);
  };
}

const colour = createColour({}, false);
const run = (queue: ReviewItem[], sink: MemorySink, extra: Partial<ReviewLoopOptions> = {}) =>
  reviewLoop({ queue, scope: queue, sink, colour, t: ENGLISH, openUrl: async () => undefined, now: () => new Date('2025-06-01T10:00:00Z'), ...extra });
/** Who each card showed, in order. */
const shown = () =>
  cards.map(
    (c) =>
      c
        .card(80)
        .split('\n')[0]!
        .split(/\s{2,}/)[0],
  );

beforeEach(() => {
  cards = [];
  batches = [];
  vi.clearAllMocks();
});

describe('reviewLoop', () => {
  it('writes each answer at once and brings a skipped contact back once, after the others', async () => {
    const allAsked = answers(['remove', 'skip', 'keep', 'skip']);
    const sink = new MemorySink();
    const summary = await run([ada, ben, cy], sink);
    allAsked();
    expect(shown()).toEqual(['Ada Stone', 'Ben Ortiz', 'Cy Park', 'Ben Ortiz']);
    expect(sink.writes).toBe(4);
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'remove', 'in/ben-ortiz': 'skip', 'name:cy park': 'keep' });
    expect(sink.get('in/ada-stone')).toEqual({
      decision: 'remove',
      name: 'Ada Stone',
      url: 'https://www.linkedin.com/in/ada-stone',
      company: 'Acme',
      position: 'Product Designer',
      connectedOn: '2022-04-18',
      decidedAt: '2025-06-01T10:00:00.000Z',
      source: 'card',
    });
    expect(summary).toEqual({
      answers: [
        { key: 'in/ada-stone', decision: 'remove' },
        { key: 'in/ben-ortiz', decision: 'skip' },
        { key: 'name:cy park', decision: 'keep' },
      ],
      progress: { reviewed: 2, total: 3, kept: 1, removed: 1, skipped: 1 },
      finished: true,
    });
  });

  it('shows where the person stands above each card', async () => {
    answers(['remove', 'keep', 'quit']);
    await run([ada, ben, cy], new MemorySink());
    expect(cards.map((c) => c.progress)).toEqual([
      '0/3 reviewed · 0 kept · 0 removed',
      '1/3 reviewed · 0 kept · 1 removed',
      '2/3 reviewed · 1 kept · 1 removed',
    ]);
  });

  it('lays the keys and the answered line out for the width of the terminal', async () => {
    answers(['quit']);
    await run([ada], new MemorySink());
    expect(cards[0]!.answered('remove', 120)).toBe('✘ removed Ada Stone · Product Designer at Acme');
    expect(cards[0]!.answered('remove', 41)).toBe('✘ removed Ada Stone · Product Designer …');
    expect(cards[0]!.keyBar(120)).toBe('k keep · r remove · s skip · o open · u undo · c company · / find · ? help · q quit');
    expect(cards[0]!.keyBar(50).split('\n')).toEqual(['k keep · r remove · s skip · o open · u undo', 'c company · / find · ? help · q quit']);
  });

  it("wraps the help at spaces for the terminal's width, in French too, each line's text under its text", async () => {
    answers(['quit']);
    await run([ada], new MemorySink(), { t: createTranslator('fr') });
    for (const columns of [50, 80, 100]) {
      const lines = cards[0]!.help(columns);
      const width = Math.min(columns - 1, 100);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      // Every word of the help is still whole: joined back, the lines give the catalogue's sentences.
      expect(lines.join(' ').replace(/ {2,}/g, ' ')).toContain('garder ou retirer toutes les personnes restantes de cette entreprise');
      expect(lines[0]).toBe('k  garder\u202f: rester en relation');
      expect(lines.filter((line) => !/^[a-z?/] {2}|^Ctrl-C/.test(line)).every((line) => /^ {3}\S/.test(line))).toBe(true);
      expect(lines.some((line) => /^\s*[:;!?]/u.test(line.trim()))).toBe(false);
    }
  });

  it('does not bring back, in the same session, a contact already skipped in an earlier one', async () => {
    const allAsked = answers(['keep', 'skip']);
    const sink = new MemorySink();
    sink.entries.set(ben.key, entry('skip'));
    await run([ada, ben], sink);
    allAsked();
  });

  it('undo reverts the last answer in the file and asks that contact again', async () => {
    const allAsked = answers(['remove', 'undo', 'keep', 'keep']);
    const sink = new MemorySink();
    await run([ada, ben], sink);
    allAsked();
    expect(shown()).toEqual(['Ada Stone', 'Ben Ortiz', 'Ada Stone', 'Ben Ortiz']);
    expect(cards[2]!.notice).toBe('Undone: Ada Stone is undecided again.');
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'keep', 'in/ben-ortiz': 'keep' });
  });

  it('undo puts back an answer from an earlier session (--redo) rather than erasing it', async () => {
    const allAsked = answers(['keep', 'undo', 'quit']);
    const sink = new MemorySink();
    sink.entries.set(ada.key, entry('remove'));
    const summary = await run([ada, ben], sink);
    allAsked();
    expect(sink.get(ada.key)).toEqual(entry('remove'));
    expect(summary.answers).toEqual([]);
  });

  it('undo of a skip takes it out of the back of the queue', async () => {
    const allAsked = answers(['skip', 'undo', 'keep', 'keep']);
    const sink = new MemorySink();
    await run([ada, ben], sink);
    allAsked();
    expect(shown()).toEqual(['Ada Stone', 'Ben Ortiz', 'Ada Stone', 'Ben Ortiz']);
  });

  it('says when there is nothing to undo', async () => {
    answers(['undo', 'quit']);
    await run([ada], new MemorySink());
    expect(cards[1]!.notice).toBe('Nothing to undo in this session.');
  });

  it('c answers every remaining contact at the same company after a confirmation, in one write', async () => {
    const allAsked = answers(['company', 'keep'], ['remove']);
    const sink = new MemorySink();
    await run([ada, ben, cy], sink);
    allAsked();
    expect(batches[0]!.message).toBe('Every remaining contact at Acme (2):');
    expect(batches[0]!.people(80)).toEqual(['Ada Stone · Product Designer at Acme', 'Cy Park · Product Designer at ACME']);
    expect(batches[0]!.people(41)).toEqual(
      ['Ada Stone · Product Designer at Acme', 'Cy Park · Product Designer at ACME'].map((p) => p.slice(0, 37) + (p.length > 38 ? '…' : p.slice(37))),
    );
    expect(shown()).toEqual(['Ada Stone', 'Ben Ortiz']);
    expect(sink.writes).toBe(2);
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'remove', 'name:cy park': 'remove', 'in/ben-ortiz': 'keep' });
  });

  it('u right after a company batch reverts all of it in one write', async () => {
    const allAsked = answers(['company', 'undo', 'keep', 'keep', 'remove'], ['remove']);
    const sink = new MemorySink();
    await run([ada, ben, cy], sink);
    allAsked();
    expect(shown()).toEqual(['Ada Stone', 'Ben Ortiz', 'Ada Stone', 'Cy Park', 'Ben Ortiz']);
    expect(cards[2]!.notice).toBe('Undone: the 2 contacts at Acme are undecided again.');
    expect(sink.writes).toBe(5);
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'keep', 'name:cy park': 'keep', 'in/ben-ortiz': 'remove' });
  });

  it('a cancelled company batch changes nothing', async () => {
    const allAsked = answers(['company', 'quit'], ['cancel']);
    const sink = new MemorySink();
    await run([ada, cy], sink);
    allAsked();
    expect(sink.writes).toBe(0);
    expect(cards[1]!.notice).toBe('Company batch cancelled; nothing changed.');
  });

  it('o opens the profile through the injected opener and shows the card again', async () => {
    answers(['open', 'quit']);
    const openUrl = vi.fn(async () => undefined);
    await run([ada], new MemorySink(), { openUrl });
    expect(openUrl).toHaveBeenCalledWith('https://www.linkedin.com/in/ada-stone');
    expect(cards[1]!.notice).toBe('Opened https://www.linkedin.com/in/ada-stone in your browser.');

    cards = [];
    const allAsked = answers(['open', 'quit']);
    const failing = vi.fn(async () => Promise.reject(new Error('xdg-open is not installed')));
    await run([ada], new MemorySink(), { openUrl: failing });
    allAsked();
    expect(cards[1]!.notice).toBe('Could not open a browser (xdg-open is not installed). The profile: https://www.linkedin.com/in/ada-stone');
  });

  it('o on a contact without a profile URL says what to do', async () => {
    answers(['open', 'quit']);
    const openUrl = vi.fn(async () => undefined);
    await run([cy], new MemorySink(), { openUrl });
    expect(openUrl).not.toHaveBeenCalled();
    expect(cards[1]!.notice).toMatch(/^No profile URL for Cy Park in this export/);
  });

  it('q stops with every answer kept; unanswered contacts are not asked', async () => {
    const allAsked = answers(['keep', 'quit']);
    const sink = new MemorySink();
    const summary = await run([ada, ben, cy], sink);
    allAsked();
    expect(summary.finished).toBe(false);
    expect(summary.progress).toEqual({ reviewed: 1, total: 3, kept: 1, removed: 0, skipped: 0 });
  });

  it('Ctrl-C re-throws as ReviewInterrupted (exit 130) carrying what was answered', async () => {
    answers(['remove', new UserAbortError()]);
    const sink = new MemorySink();
    const error = await run([ada, ben], sink).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewInterrupted);
    expect(error).toBeInstanceOf(UserAbortError);
    expect((error as ReviewInterrupted).exitCode).toBe(130);
    expect((error as ReviewInterrupted).summary.answers).toEqual([{ key: 'in/ada-stone', decision: 'remove' }]);
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'remove' });
  });

  it('lets other errors through untouched', async () => {
    answers([]);
    await expect(run([ada], new MemorySink())).rejects.toThrow(/unexpected call to askCardAction/);
  });
});

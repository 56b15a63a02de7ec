/** The taste model in a review: what each card is expected to get, b, --order unsure, / and company batches by label. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reviewLoop, type ReviewLoopOptions } from '../../src/review/loop.js';
import type { BatchAnswer, BatchPromptConfig, CardAction, CardPromptConfig, PredictedAnswer, PredictedPromptConfig } from '../../src/review/prompts.js';
import type { ReviewItem } from '../../src/review/queue.js';
import { isNotEnough, rankByUncertainty, trainTaste } from '../../src/review/taste/index.js';
import { tasteExamples } from '../../src/review/learn.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { createColour } from '../../src/util/colour.js';
import { entry, makeItem, MemorySink } from './make-item.js';
import { network, TODAY } from './taste/network.js';

vi.mock('../../src/review/prompts.js');
const prompts = vi.mocked(await import('../../src/review/prompts.js'));

/** Removes strangers and every talent-acquisition title; keeps the rest. */
const taste = (item: ReviewItem) => (item.verdict.label === 'stranger' || /Talent/.test(item.connection.position) ? 'remove' : 'keep');
const items: ReviewItem[] = network(150).map((c) => ({ ...c, key: c.connection.key! }));
const colour = createColour({}, false);

let cards: CardPromptConfig[];
let predicted: PredictedPromptConfig[];
let batches: BatchPromptConfig[];

function answers(card: CardAction[], batch: { answer: PredictedAnswer; size: number }[] = [], company: BatchAnswer[] = [], names: (string | null)[] = []) {
  prompts.askCardAction.mockImplementation(async (config) => {
    cards.push(config);
    const next = card.shift();
    if (next === undefined) throw new Error(`There was an unexpected call to askCardAction (card ${cards.length})`);
    return next;
  });
  prompts.askPredictedBatch.mockImplementation(async (config) => {
    predicted.push(config);
    const next = batch.shift();
    if (next === undefined) throw new Error('There was an unexpected call to askPredictedBatch');
    return next;
  });
  prompts.askCompanyBatch.mockImplementation(async (config) => {
    batches.push(config);
    const next = company.shift();
    if (next === undefined) throw new Error('There was an unexpected call to askCompanyBatch');
    return next;
  });
  prompts.askName.mockImplementation(async () => {
    const next = names.shift();
    if (next === undefined) throw new Error('There was an unexpected call to askName');
    return next;
  });
  return () => expect([card, batch, company, names]).toEqual([[], [], [], []]);
}

/** A sink holding `n` card answers from the person's taste, on the first `n` contacts. */
function answered(n: number): MemorySink {
  const sink = new MemorySink();
  for (const item of items.slice(0, n)) sink.entries.set(item.key, { ...entry(taste(item)), source: 'card' });
  return sink;
}

const run = (sink: MemorySink, extra: Partial<ReviewLoopOptions> = {}) => {
  const queue = items.filter((item) => sink.get(item.key) === undefined);
  return reviewLoop({
    queue,
    scope: items,
    sink,
    colour,
    t: createTranslator('en'),
    openUrl: async () => undefined,
    now: () => new Date('2025-06-01T10:00:00Z'),
    taste: { contacts: items, today: TODAY, unsure: false },
    ...extra,
  });
};
const nameOn = (config: CardPromptConfig) =>
  config
    .card(100)
    .split('\n')[0]!
    .split(/\s{2,}/)[0];

beforeEach(() => {
  cards = [];
  predicted = [];
  batches = [];
  vi.clearAllMocks();
});

describe('the taste model in a review', () => {
  it('says what it still needs, then, from 20 answers with both decisions, what it expects of each card and why', async () => {
    answers(['quit']);
    await run(answered(12));
    expect(cards[0]!.card(100)).toContain('netprune learns your taste as you answer: it needs 8 more decisions (12 of 20)');

    answers(['quit']);
    await run(answered(30));
    const expects = cards[1]!
      .card(100)
      .split('\n')
      .find((line) => line.startsWith('netprune expects'));
    expect(expects).toMatch(/^netprune expects (keep|remove), \d+ %: .+/);
  });

  it('says so on the card after the answer that lets it learn', async () => {
    const allAsked = answers(['remove', 'quit']);
    const sink = answered(19);
    await run(sink, { queue: items.filter((item) => sink.get(item.key) === undefined && item.verdict.label === 'stranger') } as Partial<ReviewLoopOptions>);
    allAsked();
    expect(cards[0]!.notice).toBeUndefined();
    expect(cards[1]!.notice).toBe('netprune has learnt enough of your taste: each card now says what it expects, and b proposes what it is surest of.');
    expect(cards[1]!.card(100)).toMatch(/netprune expects/);
  });

  it('b proposes what it is at least 95 % sure of; y takes the page shown, u undoes that page as one, each saved as predicted', async () => {
    const allAsked = answers(
      ['batch', 'undo', 'quit'],
      [
        { answer: 'page', size: 4 },
        { answer: 'cancel', size: 4 },
      ],
    );
    const sink = answered(40);
    await run(sink);
    allAsked();
    expect(predicted[0]!.message).toMatch(/^netprune is at least 95 % sure you would (keep|remove) these \d+:$/);
    expect(predicted[0]!.page(100, 4)).toHaveLength(4);
    // The page taken, the rest of the batch is offered again.
    const count = (config: PredictedPromptConfig) => Number(/these (\d+)/.exec(config.message)?.[1]);
    expect(count(predicted[1]!)).toBe(count(predicted[0]!) - 4);
    expect([...sink.entries.values()]).toHaveLength(40);
    expect(cards[2]!.notice).toBe('Undone: the 4 contacts of that batch are undecided again.');
    expect(sink.writes).toBe(2);
  });

  it('a accepts the whole batch in one write; the model never learns from its own batch', async () => {
    const allAsked = answers(['batch', 'quit'], [{ answer: 'all', size: 4 }]);
    const sink = answered(40);
    await run(sink);
    allAsked();
    const accepted = [...sink.entries].filter(([, e]) => e.source === 'predicted');
    expect(accepted.length).toBeGreaterThan(4);
    expect(sink.writes).toBe(1);
    // Of what it was 95 % sure of, this person would have decided almost all the same way.
    const agree = accepted.filter(([key, e]) => taste(items.find((i) => i.key === key)!) === e.decision).length;
    expect(agree / accepted.length).toBeGreaterThanOrEqual(0.95);
    expect(tasteExamples(items, (key) => sink.get(key))).toHaveLength(40);
  });

  it('b before there are enough answers says what it needs and changes nothing', async () => {
    answers(['batch', 'quit']);
    const sink = answered(5);
    await run(sink);
    expect(cards[1]!.notice).toBe('netprune proposes batches once it knows your taste: it needs 15 more decisions (5 of 20).');
    expect(sink.writes).toBe(0);
  });

  it('--order unsure asks first about the card the model is least sure of', async () => {
    answers(['quit']);
    const sink = answered(30);
    await run(sink, { taste: { contacts: items, today: TODAY, unsure: true } });
    const trained = trainTaste(
      tasteExamples(items, (key) => sink.get(key)),
      { today: TODAY },
    );
    if (isNotEnough(trained)) throw new Error('not enough');
    const [leastSure] = rankByUncertainty(items.slice(30), trained);
    expect(nameOn(cards[0]!)).toBe(`${leastSure!.connection.firstName} ${leastSure!.connection.lastName}`);
  });

  it('/ jumps to the person named, and says when no one still to review is', async () => {
    const target = items[90]!.connection;
    answers(['find', 'find', 'quit'], [], [], [`${target.lastName.toUpperCase()}`, 'Nobody Here']);
    await run(answered(0));
    expect(nameOn(cards[1]!)).toBe(`${target.firstName} ${target.lastName}`);
    expect(cards[2]!.notice).toBe('No one still to review is named like "Nobody Here".');
    expect(nameOn(cards[2]!)).toBe(`${target.firstName} ${target.lastName}`);
  });
});

describe('the company batch, by label', () => {
  const ada = makeItem('Ada', 'Stone', { company: 'Acme' });
  const cy = makeItem('Cy', 'Park', { company: 'ACME', label: 'known' });
  const dee = makeItem('Dee', 'Lund', { company: 'Acme' });
  const queue = [ada, cy, dee];
  const runCompany = (sink: MemorySink) =>
    reviewLoop({ queue, scope: queue, sink, colour, t: createTranslator('en'), openUrl: async () => undefined, now: () => new Date('2025-06-01T10:00:00Z') });

  it('takes only the people with the card\u2019s label, each shown with theirs', async () => {
    const allAsked = answers(['company', 'quit'], [], ['remove']);
    const sink = new MemorySink();
    await runCompany(sink);
    allAsked();
    expect(batches[0]!.message).toBe('The remaining strangers at Acme (2; 1 more with another label):');
    expect(batches[0]!.people(80)).toEqual(['Ada Stone · Product Designer at Acme  stranger', 'Dee Lund · Product Designer at Acme  stranger']);
    expect(batches[0]!.keyBar).toBe('k keep all 2 · r remove all 2 · a every label (3) · any other key: cancel');
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'remove', 'in/dee-lund': 'remove' });
    expect(sink.get(ada.key)?.source).toBe('company');
  });

  it('a widens it to everyone at the company, whatever their label', async () => {
    const allAsked = answers(['company'], [], ['widen', 'keep']);
    const sink = new MemorySink();
    await runCompany(sink);
    allAsked();
    expect(batches[1]!.message).toBe('Every remaining contact at Acme (3):');
    expect(batches[1]!.people(80)).toContain('Cy Park · Product Designer at ACME  known');
    expect(sink.decisions()).toEqual({ 'in/ada-stone': 'keep', 'in/cy-park': 'keep', 'in/dee-lund': 'keep' });
  });
});

/**
 * The only importer of @inquirer/*. Two single-keypress prompts (no Enter needed), each
 * taking `{ input, output }` so tests can render them with @inquirer/testing. Ctrl-C
 * rejects with Inquirer's ExitPromptError, which leaves here as UserAbortError.
 */
import { createPrompt, ExitPromptError, useEffect, useKeypress, useState, type KeypressEvent } from '@inquirer/core';
import { UserAbortError } from '../errors.js';

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export const CARD_KEYS = { k: 'keep', r: 'remove', s: 'skip', o: 'open', u: 'undo', c: 'company', q: 'quit' } as const;
export type CardAction = (typeof CARD_KEYS)[keyof typeof CARD_KEYS];

export interface CardPromptConfig {
  /** Above the card: where the person stands. */
  progress: string;
  /** The card, laid out for a terminal this many columns wide. */
  card: (columns: number | undefined) => string;
  keyBar: (columns: number | undefined) => string;
  help: readonly string[];
  /** What happened on the last key (undo, open, a cancelled batch); shown under the card. */
  notice?: string;
  /** The one line left on screen once answered, no wider than the terminal. */
  answered: (action: CardAction, columns: number | undefined) => string;
}

export type BatchAnswer = 'keep' | 'remove' | 'cancel';

export interface BatchPromptConfig {
  /** "Every remaining contact at Acme (3):" and the people it covers, one per line. */
  message: string;
  people: (columns: number | undefined) => readonly string[];
  keyBar: string;
  answered: (answer: BatchAnswer, columns: number | undefined) => string;
}

/**
 * The character a key stands for. Node's readline names letters (`k`) but gives punctuation
 * such as `?` only as its sequence; test keypresses carry just the name.
 */
function charOf(key: KeypressEvent): string {
  if (key.ctrl) return '';
  const sequence = (key as { sequence?: unknown }).sequence;
  return (typeof sequence === 'string' && /^[\x21-\x7e]$/.test(sequence) ? sequence : (key.name ?? '')).toLowerCase();
}

/** The terminal's width, read once the prompt's readline exists. */
function useColumns(): number | undefined {
  const [columns, setColumns] = useState<number | undefined>(undefined);
  useEffect((rl) => {
    const width = (rl.output as { columns?: unknown }).columns;
    if (typeof width === 'number' && width > 0) setColumns(width);
  }, []);
  return columns;
}

export const cardPrompt = createPrompt<CardAction, CardPromptConfig>((config, done) => {
  const [action, setAction] = useState<CardAction | undefined>(undefined);
  const [showHelp, setShowHelp] = useState(false);
  const [hint, setHint] = useState<string | undefined>(undefined);
  const columns = useColumns();

  useKeypress((key, rl) => {
    if (action !== undefined) return;
    // Nothing is typed into a line here; keep readline's buffer empty.
    rl.clearLine(0);
    const char = charOf(key);
    if (char === '?') {
      setShowHelp(!showHelp);
      return;
    }
    const chosen = CARD_KEYS[char as keyof typeof CARD_KEYS] as CardAction | undefined;
    if (chosen === undefined) {
      setHint(`${/^[\x21-\x7e]$/.test(char) ? `"${char}"` : 'That key'} does nothing here; press ? for help`);
      return;
    }
    setAction(chosen);
    done(chosen);
  });

  if (action !== undefined) return config.answered(action, columns);
  const bottom = [config.notice, hint].filter((line): line is string => line !== undefined && line !== '');
  return [
    ['', config.progress, '', config.card(columns), '', config.keyBar(columns), ...(showHelp ? ['', ...config.help] : []), ...bottom].join('\n'),
    undefined,
  ];
});

export const batchPrompt = createPrompt<BatchAnswer, BatchPromptConfig>((config, done) => {
  const [answer, setAnswer] = useState<BatchAnswer | undefined>(undefined);
  const columns = useColumns();
  useKeypress((key, rl) => {
    if (answer !== undefined || key.ctrl) return;
    rl.clearLine(0);
    const char = charOf(key);
    // Anything but k or r cancels: a stray key must never remove a whole company.
    const chosen: BatchAnswer = char === 'k' ? 'keep' : char === 'r' ? 'remove' : 'cancel';
    setAnswer(chosen);
    done(chosen);
  });
  if (answer !== undefined) return config.answered(answer, columns);
  return [config.message, ...config.people(columns).map((p) => `  ${p}`), '', config.keyBar].join('\n');
});

async function asking<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof ExitPromptError) throw new UserAbortError();
    throw error;
  }
}

/** Shows a contact card and resolves on one key: k r s o u c q (`?` toggles the help). */
export const askCardAction = (config: CardPromptConfig, context?: PromptContext): Promise<CardAction> => asking(cardPrompt(config, context));

/** The confirmation for `c`: keep all, remove all, or (any other key) cancel. */
export const askCompanyBatch = (config: BatchPromptConfig, context?: PromptContext): Promise<BatchAnswer> => asking(batchPrompt(config, context));

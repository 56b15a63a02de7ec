/**
 * The only importer of @inquirer/*. Two single-keypress prompts (no Enter needed), each
 * taking `{ input, output }` so tests can render them with @inquirer/testing. Ctrl-C
 * rejects with Inquirer's ExitPromptError, which leaves here as UserAbortError.
 */
import { createPrompt, ExitPromptError, isEnterKey, useEffect, useKeypress, useState, type KeypressEvent } from '@inquirer/core';
import { UserAbortError } from '../errors.js';

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export const CARD_KEYS = { k: 'keep', r: 'remove', s: 'skip', o: 'open', u: 'undo', c: 'company', b: 'batch', '/': 'find', q: 'quit' } as const;
export type CardAction = (typeof CARD_KEYS)[keyof typeof CARD_KEYS];

export interface CardPromptConfig {
  /** Above the card: where the person stands. */
  progress: string;
  /** The card, laid out for a terminal this many columns wide, in at most `lines` lines when given (a short terminal). */
  card: (columns: number | undefined, lines?: number) => string;
  keyBar: (columns: number | undefined) => string;
  /** What `?` shows, wrapped for a terminal this many columns wide. */
  help: (columns: number | undefined) => readonly string[];
  /** The hint for a key that does nothing: the printable character pressed, or undefined for another key. */
  unknownKey: (char: string | undefined) => string;
  /** What happened on the last key (undo, open, a cancelled batch); shown under the card. */
  notice?: string;
  /** The one line left on screen once answered, no wider than the terminal. */
  answered: (action: CardAction, columns: number | undefined) => string;
}

/** `widen`: take everyone at the company, whatever their label, and ask again. */
export type BatchAnswer = 'keep' | 'remove' | 'cancel' | 'widen';

export interface BatchPromptConfig {
  /** "Every remaining contact at Acme (3):" and the people it covers, one per line. */
  message: string;
  people: (columns: number | undefined) => readonly string[];
  keyBar: string;
  /** Whether `a` widens the batch to every label. */
  canWiden?: boolean;
  answered: (answer: BatchAnswer, columns: number | undefined) => string;
}

/** For a batch the taste model proposes: all of it, the page shown, the next page, or nothing. */
export type PredictedAnswer = 'all' | 'page' | 'next' | 'cancel';

export interface PredictedPromptConfig {
  /** "netprune is at least 95 % sure you would remove these 412:" */
  message: string;
  /** The page of people shown: `size` of them, from the batch's first not yet accepted. */
  page: (columns: number | undefined, size: number) => readonly string[];
  keyBar: (size: number) => string;
  answered: (answer: PredictedAnswer, size: number, columns: number | undefined) => string;
}

export interface FindPromptConfig {
  message: string;
  /** What stays on screen after Escape. */
  cancelled: string;
  /** The people the name typed so far finds, a line each, the first being who `Enter` jumps to. */
  matches: (typed: string, columns: number | undefined) => readonly string[];
}

/** People on one page of a predicted batch: what fits under its message and keys, or 15 when the height is unknown. */
export const pageSize = (rows: number | undefined): number => (rows === undefined ? 15 : Math.max(3, rows - 6));

/**
 * The character a key stands for. Node's readline names letters (`k`) but gives punctuation
 * such as `?` only as its sequence; test keypresses carry just the name.
 */
function charOf(key: KeypressEvent): string {
  if (key.ctrl) return '';
  const sequence = (key as { sequence?: unknown }).sequence;
  return (typeof sequence === 'string' && /^[\x21-\x7e]$/.test(sequence) ? sequence : (key.name ?? '')).toLowerCase();
}

/** The terminal's size, read once the prompt's readline exists and again whenever the terminal is resized, which redraws the prompt. */
function useTerminalSize(): { columns: number | undefined; rows: number | undefined } {
  const [size, setSize] = useState<{ columns: number | undefined; rows: number | undefined }>({ columns: undefined, rows: undefined });
  useEffect((rl) => {
    // Inquirer wraps the terminal in a MuteStream, which reads its size but does not pass 'resize' on: listen on the terminal itself.
    type Terminal = { columns?: unknown; rows?: unknown; on?: (e: string, f: () => void) => void; off?: (e: string, f: () => void) => void };
    const wrapped = rl.output as unknown as Terminal & { _dest?: Terminal };
    const output = wrapped._dest ?? wrapped;
    const measure = () => {
      const positive = (n: unknown) => (typeof n === 'number' && n > 0 ? n : undefined);
      setSize({ columns: positive(output.columns), rows: positive(output.rows) });
    };
    measure();
    output.on?.('resize', measure);
    return () => output.off?.('resize', measure);
  }, []);
  return size;
}

function useColumns(): number | undefined {
  return useTerminalSize().columns;
}

export const cardPrompt = createPrompt<CardAction, CardPromptConfig>((config, done) => {
  const [action, setAction] = useState<CardAction | undefined>(undefined);
  const [showHelp, setShowHelp] = useState(false);
  const [hint, setHint] = useState<string | undefined>(undefined);
  const { columns, rows } = useTerminalSize();

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
      setHint(config.unknownKey(/^[\x21-\x7e]$/.test(char) ? char : undefined));
      return;
    }
    setAction(chosen);
    done(chosen);
  });

  if (action !== undefined) return config.answered(action, columns);
  return [cardScreen(config, { showHelp, hint, columns, rows }), undefined];
});

/**
 * The card prompt's screen for a terminal of this size. On a short terminal the card gives up lines
 * (evidence first, card.ts) and the progress line and spacing go, so that the name, the label and the
 * keys stay on screen; one line is left for the cursor.
 */
export function cardScreen(
  config: CardPromptConfig,
  { showHelp = false, hint, columns, rows }: { showHelp?: boolean; hint?: string; columns: number | undefined; rows: number | undefined },
): string {
  const bottom = [config.notice, hint].filter((line): line is string => line !== undefined && line !== '');
  const keys = config.keyBar(columns);
  const below = [...(showHelp ? ['', ...config.help(columns)] : []), ...bottom];
  const full = ['', config.progress, '', config.card(columns), '', keys, ...below].join('\n');
  const height = (text: string) => text.split('\n').length;
  if (rows === undefined || height(full) < rows) return full;
  const tail = [keys, ...below].join('\n');
  return [config.card(columns, Math.max(1, rows - 1 - height(tail))), tail].join('\n');
}

export const batchPrompt = createPrompt<BatchAnswer, BatchPromptConfig>((config, done) => {
  const [answer, setAnswer] = useState<BatchAnswer | undefined>(undefined);
  const columns = useColumns();
  useKeypress((key, rl) => {
    if (answer !== undefined || key.ctrl) return;
    rl.clearLine(0);
    const char = charOf(key);
    // Anything but k or r cancels: a stray key must never remove a whole company.
    const chosen: BatchAnswer = char === 'k' ? 'keep' : char === 'r' ? 'remove' : char === 'a' && config.canWiden ? 'widen' : 'cancel';
    setAnswer(chosen);
    done(chosen);
  });
  if (answer !== undefined) return config.answered(answer, columns);
  return [config.message, ...config.people(columns).map((p) => `  ${p}`), '', config.keyBar].join('\n');
});

export const predictedPrompt = createPrompt<{ answer: PredictedAnswer; size: number }, PredictedPromptConfig>((config, done) => {
  const [answer, setAnswer] = useState<PredictedAnswer | undefined>(undefined);
  const { columns, rows } = useTerminalSize();
  const size = pageSize(rows);
  useKeypress((key, rl) => {
    if (answer !== undefined || key.ctrl) return;
    rl.clearLine(0);
    const char = charOf(key);
    // Only y and a accept, keys no card uses: a stray key, or r pressed from habit, cancels.
    const chosen: PredictedAnswer = char === 'a' ? 'all' : char === 'y' ? 'page' : char === 'n' || key.name === 'space' ? 'next' : 'cancel';
    setAnswer(chosen);
    done({ answer: chosen, size });
  });
  if (answer !== undefined) return config.answered(answer, size, columns);
  return [config.message, ...config.page(columns, size).map((p) => `  ${p}`), '', config.keyBar(size)].join('\n');
});

export const findPrompt = createPrompt<string | null, FindPromptConfig>((config, done) => {
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<'typing' | 'done' | 'cancelled'>('typing');
  const columns = useColumns();
  useKeypress((key, rl) => {
    if (status !== 'typing' || key.ctrl) return;
    if (key.name === 'escape') {
      setStatus('cancelled');
      done(null);
    } else if (isEnterKey(key)) {
      setStatus('done');
      done(typed.trim() === '' ? null : typed);
    } else setTyped(rl.line);
  });
  if (status !== 'typing') return status === 'done' ? `/ ${typed}` : `/ ${config.cancelled}`;
  const matches = typed.trim() === '' ? [] : config.matches(typed, columns);
  return [`${config.message} ${typed}`, matches.map((m) => `  ${m}`).join('\n')];
});

async function asking<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof ExitPromptError) throw new UserAbortError();
    throw error;
  }
}

/** Shows a contact card and resolves on one key: k r s o u c b / q (`?` toggles the help). */
export const askCardAction = (config: CardPromptConfig, context?: PromptContext): Promise<CardAction> => asking(cardPrompt(config, context));

/** A batch the taste model proposes: `a` all of it, `y` the page shown, `n` or space the next page, any other key cancels. */
export const askPredictedBatch = (config: PredictedPromptConfig, context?: PromptContext): Promise<{ answer: PredictedAnswer; size: number }> =>
  asking(predictedPrompt(config, context));

/** `/`: a name, typed; Enter jumps to the first person it finds, Escape gives null. */
export const askName = (config: FindPromptConfig, context?: PromptContext): Promise<string | null> => asking(findPrompt(config, context));

/** The confirmation for `c`: keep all, remove all, (`a`, when offered) every label, or (any other key) cancel. */
export const askCompanyBatch = (config: BatchPromptConfig, context?: PromptContext): Promise<BatchAnswer> => asking(batchPrompt(config, context));

import { SIGNALS, SIGNAL_NAMES } from './signals.js';
import { TEXTS, TEXT_NAMES } from './texts.js';
import { EVIDENCE_PLACEHOLDERS } from './template.js';

/**
 * The signal, text and placeholder reference of docs/plugins.md and the README, made from the tables the
 * code uses: `npm run docs` writes it between the `<!-- generated: signals -->` markers, and a test
 * fails when a document differs from it.
 */
function signalReference(): string {
  const kind = { number: 'count', boolean: 'yes/no' } as const;
  return [
    'Signals (a rule tests them; `signalsOf(contact, evidence, context)` computes them for a plugin):',
    '',
    ...SIGNAL_NAMES.map((name) => `- \`${name}\` (${kind[SIGNALS[name].type]}): ${SIGNALS[name].description}`),
    '',
    'Texts (a rule searches them with `{ "anyOf": [words or phrases] }`):',
    '',
    ...TEXT_NAMES.map((name) => `- \`${name}\`: ${TEXTS[name].description}`),
    '',
    'Placeholders a reason may cite, besides every signal:',
    '',
    ...Object.entries(EVIDENCE_PLACEHOLDERS).map(([name, description]) => `- \`{${name}}\`: ${description}`),
  ].join('\n');
}

const GENERATED_START = '<!-- generated: signals (npm run docs) -->';
const GENERATED_END = '<!-- end generated -->';

/** `document` with the text between the markers replaced by the reference. */
export function withReference(document: string): string {
  const start = document.indexOf(GENERATED_START);
  const end = document.indexOf(GENERATED_END);
  if (start === -1 || end < start) return document;
  return `${document.slice(0, start + GENERATED_START.length)}\n\n${signalReference()}\n\n${document.slice(end)}`;
}

import { en } from './catalogue/en.js';
import type { Placeholders, Plural, Template } from './catalogue/types.js';
import type { Language } from './language.js';
import { frenchTypography } from './typography.js';
import { wholeNumber, wholePlural } from './whole-numbers.js';

type English = typeof en;
/** A catalogue key: `t('audit.perYear')`. */
export type Key = keyof English;
type NamesOf<K extends Key> = Placeholders<English[K]>;
/** A day to write the language's way when the sentence is said: `{ day: '2024-09-12' }` → `Sep 12, 2024` · `12 sept. 2024`. */
interface Day {
  readonly day: string;
}
/**
 * A value is data (a string, as it is), a number or a day (written the language's way), or another
 * catalogue entry, said in the same language: what a file's problem says (`expected {expected}`) is
 * made where no translator is at hand, and its words (`a string`, `une chaîne`) follow the run's language.
 */
type Value = string | number | Day | Message;
/**
 * The values an entry takes: `count` is the number its plural is chosen by; numbers and days are
 * written the language's way; strings go in as they are (data: the caller makes them safe).
 */
type Values<K extends Key> = { readonly [P in NamesOf<K>]: P extends 'count' ? number : Value };
type ValuesArgument<K extends Key> = [NamesOf<K>] extends [never] ? [] : [values: Values<K>];

/** A sentence to say later, in whatever language it is rendered in: a report's warnings, for instance. */
export type Message = { [K in Key]: [NamesOf<K>] extends [never] ? { readonly key: K } : { readonly key: K; readonly values: Values<K> } }[Key];

/**
 * The catalogue bound to one language, passed down to whatever renders text: `t('audit.perYear')`,
 * `t('audit.title', { owner, count })`. Numbers, dates and lists are written the language's way.
 */
export interface Translator {
  <K extends Key>(key: K, ...values: ValuesArgument<K>): string;
  readonly language: Language;
  /** A sentence made earlier as a Message. */
  message(message: Message): string;
  /**
   * A text already in this language that comes from elsewhere than the catalogue: a rule set's
   * reason. Returned as it is; the pseudo-locale marks it, as it marks the catalogue's.
   */
  said(text: string): string;
  /** An entry's text with its placeholders left in, for a caller that fills them its own way (the reply to an invitation). */
  template(key: Key): string;
  /** `3,769` · `3 769`. */
  number(value: number): string;
  /** `19%` · `19 %`; `digits` after the decimal point at most. */
  percent(ratio: number, digits?: number): string;
  /** A `YYYY-MM-DD` day or an ISO date-time, as the language writes a day: `Sep 12, 2024` · `12 sept. 2024`. */
  date(iso: string): string;
  /** `a, b, and c` · `a, b et c`. */
  list(items: readonly string[]): string;
}

type Catalogue = Readonly<Record<Key, Template>>;

/** The French catalogue, typeset, once `loadLanguage('fr')` has read it. */
let french: Catalogue | undefined;

/**
 * Reads a language's catalogue: call it before `createTranslator(language)`. English is always
 * there; French is read only when asked for, since every English run, `--help` first, would
 * otherwise parse it (a tenth of `--help`'s start-up once every output had its French).
 */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'fr') french ??= typeset((await import('./catalogue/fr.js')).fr, frenchTypography);
}

function catalogueOf(language: Language): Catalogue {
  if (language === 'en') return en;
  if (french === undefined) throw new Error(`the ${language} catalogue is not loaded: await loadLanguage('${language}') first`);
  return french;
}

export interface TranslatorOptions {
  /** The pseudo-locale (pseudo.ts): every text the catalogue gives goes through it. */
  mark?: (text: string) => string;
  /** Days as `YYYY-MM-DD`, as every date of the JSON reports is written (ENGLISH_FOR_JSON). */
  isoDays?: boolean;
}

/** The translator for a language. Pure: it reads nothing but the catalogues. */
export function createTranslator(language: Language, { mark = (text) => text, isoDays = false }: TranslatorOptions = {}): Translator {
  const catalogue = catalogueOf(language);
  const locale = language;
  // Each Intl object is made when first used: a thread that makes none saves their ICU data (whole-numbers.ts).
  const numbers = once(() => new Intl.NumberFormat(locale));
  const plurals = once(() => new Intl.PluralRules(locale));
  const days = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const lists = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const formatNumber = (value: number) => wholeNumber(language, value) ?? numbers().format(value);
  // Made once per number of digits: reports call percent() in loops.
  const percents = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    let format = percents.get(digits);
    if (format === undefined) percents.set(digits, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })));
    return format;
  };

  const date = (iso: string) => mark(isoDays ? iso.slice(0, 10) : days().format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)));
  // A Message held as a value is said unmarked: the pseudo-locale marks the sentence that holds it, once.
  const fill = (text: string, values: Readonly<Record<string, Value>>): string => {
    const parts = partsOf(text);
    if (parts.length === 1) return text;
    // Joined, not concatenated: a concatenation is a rope, kept as such in 30,000 reasons until the JSON flattens each again.
    const out = parts.slice();
    for (let i = 1; i < out.length; i += 2) {
      const name = out[i]!;
      const value = values[name];
      out[i] =
        value === undefined
          ? `{${name}}`
          : typeof value === 'number'
            ? formatNumber(value)
            : typeof value === 'string'
              ? value
              : 'key' in value
                ? fillMessage(value)
                : date(value.day);
    }
    return out.join('');
  };
  const textOf = (key: Key, values: Readonly<Record<string, Value>>) => {
    const entry = catalogue[key];
    if (typeof entry === 'string') return entry;
    const count = values['count'];
    const form = typeof count === 'number' ? (wholePlural(language, count) ?? plurals().select(count)) : plurals().select(Number.NaN);
    return (form === 'one' || form === 'many' ? entry[form] : undefined) ?? entry.other;
  };
  const fillMessage = (m: Message): string => {
    const values: Readonly<Record<string, Value>> = 'values' in m ? m.values : {};
    return fill(textOf(m.key, values), values);
  };
  const say = (key: Key, values: Readonly<Record<string, Value>> = {}) => mark(fill(textOf(key, values), values));

  const t = ((key: Key, values?: Readonly<Record<string, Value>>) => say(key, values)) as Translator;
  return Object.assign(t, {
    language,
    message: (m: Message) => say(m.key, 'values' in m ? m.values : {}),
    said: mark,
    template: (key: Key) => mark(textOf(key, {})),
    number: formatNumber,
    percent: (ratio: number, digits = 0) => percentFormat(digits).format(ratio),
    date,
    list: (items: readonly string[]) => mark(lists().format(items)),
  });
}

/**
 * How the JSON reports say a sentence (their warnings): in English whatever the language of the
 * text output, with ISO days, so that a pipeline reading them does not break when the locale changes.
 */
export const ENGLISH_FOR_JSON: Translator = createTranslator('en', { isoDays: true });

/**
 * A catalogue text split once at its placeholders: literal, name, literal, … A reason is said for
 * each of 30,000 connections, and a regular expression run on its text each time was a tenth of
 * the classification (docs/performance.md). The texts are the catalogues', so the cache is bounded.
 */
const PLACEHOLDER = /\{(\w+)\}/;
const splitTexts = new Map<string, readonly string[]>();
function partsOf(text: string): readonly string[] {
  let parts = splitTexts.get(text);
  if (parts === undefined) splitTexts.set(text, (parts = text.split(PLACEHOLDER)));
  return parts;
}

function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

function typeset(catalogue: Catalogue, typography: (text: string) => string): Record<Key, Template> {
  const entry = (template: Template): Template => {
    if (typeof template === 'string') return typography(template);
    const forms: Plural = { one: typography(template.one), other: typography(template.other) };
    return template.many === undefined ? forms : { ...forms, many: typography(template.many) };
  };
  return Object.fromEntries(Object.entries(catalogue).map(([key, template]) => [key, entry(template)])) as Record<Key, Template>;
}

/**
 * The shape of a catalogue entry, and the types that make the French catalogue a compile error
 * when it lacks a key of the English one or names other placeholders.
 */

/** An entry whose words depend on a number, chosen by `Intl.PluralRules` on its `count` value. */
export interface Plural {
  readonly one: string;
  readonly other: string;
  /** French uses it for round millions ("1 000 000 de connexions"); `other` when absent. */
  readonly many?: string;
}

/** A catalogue entry: text with `{name}` placeholders, or plural forms of it. */
export type Template = string | Plural;

type NamesIn<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | NamesIn<Rest> : never;

/** The placeholders of an entry; a plural entry always takes `count`. */
export type Placeholders<T> = T extends string
  ? NamesIn<T>
  : T extends Plural
    ? 'count' | NamesIn<T['one']> | NamesIn<T['other']> | (T['many'] extends string ? NamesIn<T['many']> : never)
    : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Keys of `Theirs` that `Ours` lacks, has in excess, or fills with other placeholders or without the same plural-ness. */
type Mismatched<Theirs, Ours> =
  | Exclude<keyof Ours, keyof Theirs>
  | {
      [K in keyof Theirs]: K extends keyof Ours
        ? Same<Placeholders<Ours[K]>, Placeholders<Theirs[K]>> extends true
          ? Same<Ours[K] extends Plural ? true : false, Theirs[K] extends Plural ? true : false> extends true
            ? never
            : K
          : K
        : K;
    }[keyof Theirs];

/** `Ours` when it matches `Theirs` key for key; otherwise a type whose error message names the keys that differ. */
export type Matching<Theirs, Ours> = [Mismatched<Theirs, Ours>] extends [never] ? Ours : { keysThatDifferFromEnglish: Mismatched<Theirs, Ours> };

type Merged<T extends readonly object[]> = T extends readonly [infer First, ...infer Rest extends readonly object[]] ? First & Merged<Rest> : unknown;

/**
 * A catalogue made of its parts, their keys in the same order. Not one literal of spreads: V8 builds
 * such a literal a property at a time, each property a new hidden class (860 for English), which was
 * half the time the English catalogue took to load, on every run, `--help` first (docs/performance.md).
 */
export const merge = <const T extends readonly object[]>(...parts: T): Merged<T> => Object.assign({}, ...parts) as Merged<T>;

import { UsageError } from '../errors.js';
import type { Translator } from '../i18n/translator.js';

/** `--max-strangers 120` or `--max-strangers 25%`. */
export interface Threshold {
  value: number;
  percent: boolean;
}

export function parseThreshold(flag: string, text: string): Threshold {
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(text.trim());
  if (match === null) throw new UsageError({ key: 'usage.threshold', values: { flag, value: text } });
  const value = Number(match[1]);
  const percent = match[2] === '%';
  if (percent && value > 100) throw new UsageError({ key: 'usage.thresholdOver100', values: { flag, value: text } });
  return { value, percent };
}

/** The reason the threshold is exceeded, in `t`'s language, or null. */
export function exceeded(
  flag: string,
  what: 'threshold.strangers' | 'threshold.weakTies',
  threshold: Threshold,
  count: number,
  total: number,
  t: Translator,
): string | null {
  const limit = threshold.percent ? (threshold.value / 100) * total : threshold.value;
  if (count <= limit) return null;
  const share = t.percent(total === 0 ? 0 : count / total, 1);
  const shown = threshold.percent ? t.percent(threshold.value / 100, 2) : t.number(threshold.value);
  return t(what, { count, share, total, flag, limit: shown });
}

import { UsageError } from '../errors.js';

/** `--max-strangers 120` or `--max-strangers 25%`. */
export interface Threshold {
  value: number;
  percent: boolean;
}

export function parseThreshold(flag: string, text: string): Threshold {
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(text.trim());
  if (match === null) throw new UsageError(`${flag} takes a number or a percentage, like 200 or 25%; got "${text}"`);
  const value = Number(match[1]);
  const percent = match[2] === '%';
  if (percent && value > 100) throw new UsageError(`${flag} ${text}: a percentage cannot be over 100%`);
  return { value, percent };
}

/** The reason the threshold is exceeded, or null. */
export function exceeded(flag: string, what: string, threshold: Threshold, count: number, total: number): string | null {
  const limit = threshold.percent ? (threshold.value / 100) * total : threshold.value;
  if (count <= limit) return null;
  const share = total === 0 ? 0 : (count / total) * 100;
  const shown = threshold.percent ? `${threshold.value}%` : String(threshold.value);
  return `${count} ${what} (${share.toFixed(1)}% of ${total}) exceed ${flag} ${shown}`;
}

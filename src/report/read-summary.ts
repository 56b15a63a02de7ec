import { isAbsolute, relative } from 'node:path';
import type { ReadFacts } from '../export/types.js';
import type { Colour } from '../util/colour.js';
import { fitWidth, safeText } from '../util/terminal-text.js';
import { FILE_NAME } from '../export/file-names.js';
import { profileUrl } from '../export/url.js';
import { describeExportDate } from './export-age.js';

const number = (n: number) => n.toLocaleString('en-US');

/** What was read: each file, its rows, what was skipped and why, and who the owner is. */
/** `cwd`: the export is named as the person typed it, relative to where they are, when it lies there. */
export function renderReadSummary(exp: ReadFacts, c: Colour, cwd?: string): string {
  const lines: string[] = [];
  lines.push(c.bold(`Read ${safeText(shownPath(exp.source.path, cwd))} (${exp.source.type})`));
  lines.push(describeExportDate(exp.exportDate));
  lines.push(`Owner: ${ownerLine(exp)}`);
  lines.push('');
  for (const file of exp.files) {
    const name = safeText(file.name.split(/[/\\:]/).pop() ?? file.name);
    lines.push(`  ${fitWidth(name, 32)} ${number(file.rows).padStart(9)} ${file.rows === 1 ? 'row' : 'rows'}`);
    const skipped = Object.entries(file.skipped).sort((a, b) => b[1] - a[1]);
    // One reason per line: a long list wrapped by the terminal is hard to read.
    for (const [why, n] of skipped) lines.push(c.dim(`  ${' '.repeat(32)} ${number(n).padStart(9)} skipped: ${why}`));
  }
  if (exp.missing.length > 0) {
    lines.push('');
    lines.push(`Not in this export: ${exp.missing.map((kind) => FILE_NAME[kind]).join(', ')}`);
  }
  for (const item of exp.ignored) lines.push(c.dim(`Ignored ${safeText(item.name.split(/[/\\:]/).pop() ?? item.name)}: ${safeText(item.reason)}`));
  const warnings = exp.files.flatMap((f) => f.warnings);
  if (warnings.length > 0) {
    lines.push('');
    for (const w of warnings) lines.push(c.yellow(`! ${safeText(w)}`));
  }
  return `${lines.join('\n')}\n`;
}

function ownerLine(exp: ReadFacts): string {
  const { owner } = exp;
  const name = safeText(`${owner.firstName} ${owner.lastName}`.trim()) || 'unknown';
  // `name:…` keys are internal (exports without URLs); a profile key is shown as the URL it stands for.
  const key = owner.key?.startsWith('in/') ? ` (${safeText(profileUrl(owner.key))})` : '';
  const how = {
    flag: 'given with --me',
    'profile+messages': 'from Profile.csv and messages.csv',
    profile: 'from Profile.csv only: messages cannot tell who wrote (use --me <your profile URL>)',
    messages: 'the person present in most conversations (no Profile.csv)',
    unknown: 'not found: pass --me <your profile URL>',
  }[owner.source];
  return `${name}${key}, ${how}`;
}

function shownPath(path: string, cwd: string | undefined): string {
  if (cwd === undefined) return path;
  const inside = relative(cwd, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

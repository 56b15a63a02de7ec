import { isAbsolute, relative } from 'node:path';
import type { ReadFacts } from '../export/types.js';
import type { Colour } from '../util/colour.js';
import { fitWidth, safeText } from '../util/terminal-text.js';
import { FILE_NAME, kindOf } from '../export/file-names.js';
import { BESIDE } from '../export/locate.js';
import { profileUrl } from '../export/url.js';
import { describeExportDate } from './export-age.js';
import type { Key, Translator } from '../i18n/translator.js';
import { sayNotice } from '../i18n/notice.js';

/**
 * What was read: each file, its rows, what was skipped and why, and who the owner is.
 * `cwd`: the export is named as the person typed it, relative to where they are, when it lies there.
 */
export function renderReadSummary(exp: ReadFacts, t: Translator, c: Colour, cwd?: string): string {
  const lines: string[] = [];
  lines.push(c.bold(t('read.title', { path: safeText(shownPath(exp.source.path, cwd)), type: t(`source.${exp.source.type}`) })));
  lines.push(describeExportDate(exp.exportDate, t));
  lines.push(t('read.owner', { owner: ownerLine(exp, t) }));
  lines.push('');
  for (const file of exp.files) {
    const name = safeText(file.name.split(/[/\\:]/).pop() ?? file.name);
    lines.push(`  ${fitWidth(name, 32)} ${t.number(file.rows).padStart(9)} ${t('read.rows', { count: file.rows })}`);
    const skipped = Object.entries(file.skipped).sort((a, b) => b[1] - a[1]);
    // One reason per line: a long list wrapped by the terminal is hard to read.
    for (const [why, n] of skipped) {
      lines.push(c.dim(`  ${' '.repeat(32)} ${t.number(n).padStart(9)} ${t('read.skipped', { count: n, why: safeText(skippedReason(why, t)) })}`));
    }
  }
  // Files beside a lone Connections.csv are not missing, only unread: a warning says so, and how to read them.
  const beside = new Set(exp.ignored.filter((item) => item.reason === BESIDE).map((item) => kindOf(item.name)?.kind));
  const missing = exp.missing.filter((kind) => !beside.has(kind));
  if (missing.length > 0) {
    lines.push('');
    lines.push(t('read.missing', { files: t.list(missing.map((kind) => FILE_NAME[kind])) }));
  }
  for (const item of exp.ignored) {
    if (item.reason === BESIDE) continue;
    lines.push(c.dim(t('read.ignored', { file: safeText(item.name.split(/[/\\:]/).pop() ?? item.name), reason: safeText(sayNotice(item.reason, t)) })));
  }
  const warnings = exp.files.flatMap((f) => f.warnings);
  if (warnings.length > 0) {
    lines.push('');
    for (const w of warnings) lines.push(c.yellow(`! ${safeText(sayNotice(w, t))}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The reasons the export readers give for skipping a row, which the JSON report keeps as they are
 * (keys of `files[].skipped`): the text output says them in its language. One the catalogue lacks is shown as given.
 */
const SKIPPED: Readonly<Record<string, Extract<Key, `skipped.${string}`>>> = {
  'hidden member': 'skipped.hiddenMember',
  'unreadable date': 'skipped.unreadableDate',
  'no company': 'skipped.noCompany',
  'empty skill': 'skipped.emptySkill',
  'no school': 'skipped.noSchool',
  'unknown direction': 'skipped.unknownDirection',
  'empty entry': 'skipped.emptyEntry',
  'unreadable row': 'skipped.unreadableRow',
  'wrong number of fields': 'skipped.wrongFieldCount',
  'damaged line (NUL bytes)': 'skipped.nulBytes',
  draft: 'skipped.draft',
  'spam folder': 'skipped.spamFolder',
  'LinkedIn Member (hidden account)': 'skipped.hiddenAccount',
  'sponsored message': 'skipped.sponsored',
  'sender without profile': 'skipped.senderWithoutProfile',
};

/** A reason for skipping rows, in `t`'s language. */
export function skippedReason(why: string, t: Translator): string {
  const key = SKIPPED[why];
  return key === undefined ? why : t(key);
}

const OWNER_SOURCE = {
  flag: 'owner.flag',
  'profile+messages': 'owner.profileAndMessages',
  profile: 'owner.profile',
  messages: 'owner.messages',
  unknown: 'owner.unknown',
} as const satisfies Record<ReadFacts['owner']['source'], Key>;

function ownerLine(exp: ReadFacts, t: Translator): string {
  const { owner } = exp;
  const name = safeText(`${owner.firstName} ${owner.lastName}`.trim()) || t('read.ownerUnknownName');
  const how = t(OWNER_SOURCE[owner.source]);
  // `name:…` keys are internal (exports without URLs); a profile key is shown as the URL it stands for.
  return owner.key?.startsWith('in/') ? t('read.ownerWithUrl', { name, url: safeText(profileUrl(owner.key)), how }) : t('read.ownerNoUrl', { name, how });
}

function shownPath(path: string, cwd: string | undefined): string {
  if (cwd === undefined) return path;
  const inside = relative(cwd, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

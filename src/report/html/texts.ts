import { FILE_KINDS, type FileKind } from '../../export/types.js';
import type { Key, Translator } from '../../i18n/translator.js';
import { LABELS, type Label } from '../../plugin-api.js';
import { SIGNALS, type SignalId } from './figures.js';
import { skippedReason } from '../read-summary.js';

/**
 * Every word of the audit page, from the catalogue (page.* keys) in `t`'s language, made safe for
 * HTML once here. Numbers are never written into these strings: the page puts each one in a
 * `<data>` element that the browser test checks against the JSON report.
 */
export function pageTexts(t: Translator) {
  const say = (key: Key & `page.${string}`) => html(t(key as 'page.title'));
  const each = <K extends string>(ids: readonly K[], prefix: string) =>
    Object.fromEntries(ids.map((id) => [id, say(`page.${prefix}.${id}` as 'page.title')])) as Record<K, string>;
  return {
    lang: t.language,
    number: (value: number) => t.number(value),
    percent: (value: number) => t.percent(value / 100, 3),
    title: say('page.title'),
    /** Not escaped: the page escapes the heading, owner's name and all. */
    heading: (owner: string) => (owner === '' ? t('page.headingYours') : t('page.heading', { owner })),
    connections: say('page.connections'),
    ruleSet: say('page.ruleSet'),
    plugin: say('page.plugin'),
    label: each<Label>(LABELS, 'label'),
    labelMeaning: each<Label>(LABELS, 'labelMeaning'),
    glance: say('page.glance'),
    /** The pieces are numbers already marked up. */
    glanceSentence: (strangers: string, total: string, share: string) => t('page.glanceSentence', { strangers, total, share }),
    years: say('page.years'),
    yearsLead: say('page.yearsLead'),
    year: say('page.year'),
    total: say('page.total'),
    unknownYear: say('page.unknownYear'),
    evidence: say('page.evidence'),
    evidenceLead: say('page.evidenceLead'),
    signal: say('page.signal'),
    contacts: say('page.contacts'),
    share: say('page.share'),
    signals: each<SignalId>(SIGNALS, 'signals'),
    missingHead: say('page.missingHead'),
    noneMissing: say('page.noneMissing'),
    missingCost: each<FileKind>(FILE_KINDS, 'missingCost'),
    strangers: say('page.strangers'),
    companies: say('page.companies'),
    company: say('page.company'),
    strangersColumn: say('page.strangersColumn'),
    noCompanies: say('page.noCompanies'),
    moreCompanies: say('page.moreCompanies'),
    oldest: say('page.oldest'),
    connectedOn: say('page.connectedOn'),
    person: say('page.person'),
    at: say('page.at'),
    noStrangers: say('page.noStrangers'),
    moreStrangers: say('page.moreStrangers'),
    invitations: say('page.invitations'),
    invitationsLead: say('page.invitationsLead'),
    received: say('page.received'),
    sent: say('page.sent'),
    withNote: say('page.withNote'),
    withoutNote: say('page.withoutNote'),
    month: say('page.month'),
    noInvitations: say('page.noInvitations'),
    noInvitationsFile: say('page.noInvitationsFile'),
    undated: say('page.undated'),
    about: say('page.about'),
    exported: say('page.exported'),
    exportedFrom: each<'name' | 'file-dates' | 'newest-record'>(['name', 'file-dates', 'newest-record'], 'exportedFrom'),
    exportUndated: say('page.exportUndated'),
    owner: say('page.owner'),
    ownerUnknown: say('page.ownerUnknown'),
    rules: say('page.rules'),
    files: say('page.files'),
    file: say('page.file'),
    rows: say('page.rows'),
    skipped: say('page.skipped'),
    warnings: say('page.warnings'),
    moreWarnings: say('page.moreWarnings'),
    footer: say('page.footer'),
    months: Array.from({ length: 12 }, (_, i) => say(`page.month.${i + 1}` as 'page.title')),
    more: say('page.more'),
    /**
     * A reason a reader gave for setting rows aside and how many, in the language: "hidden member: 8",
     * the reason first so that no plural is needed. `n` is marked up already; the reason is escaped here.
     */
    skippedEntry: (why: string, n: string) => t('page.skippedEntry', { why: html(skippedReason(why, t)), n }),
    /** Between two such entries: ";" in English, " ;" with a narrow space in French. */
    skippedJoin: t('page.skippedJoin'),
  } as const;
}

export type PageTexts = ReturnType<typeof pageTexts>;

/** The catalogue's words hold no markup; the few characters HTML reserves are escaped all the same. */
const html = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

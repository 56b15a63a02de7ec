/**
 * The language of the output: French snapshots of the converted outputs, JSON that does not change
 * with the language, and the pseudo-locale run that proves those outputs take every word from the catalogue.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { invitations } from '../../src/commands/invitations.js';
import { explain } from '../../src/commands/explain.js';
import { pruneList } from '../../src/commands/prune-list.js';
import { checkRules, listRules } from '../../src/commands/rules.js';
import { listBuiltInRuleSets } from '../../src/classify/index.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { decide } from '../../src/commands/decide.js';
import { diff } from '../../src/commands/diff.js';
import { predict } from '../../src/commands/predict.js';
import { review } from '../../src/commands/review.js';
import { suggest } from '../../src/commands/suggest.js';
import type { DiffReport } from '../../src/report/diff-schema.js';
import type { PredictReport } from '../../src/report/predict-schema.js';
import type { SuggestReport } from '../../src/report/suggest-schema.js';
import type { CardAction } from '../../src/review/prompts.js';
import { decidedDemo } from '../helpers/decided-demo.js';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoTranslator } from '../../src/i18n/pseudo.js';
import { sayCommanderError } from '../../src/commander-errors.js';
import { enOptions } from '../../src/i18n/catalogue/options.en.js';
import { errorLine, isKnownError, NetpruneError } from '../../src/errors.js';
import { acquireLock } from '../../src/review/lock.js';
import type { InvitationsReport } from '../../src/report/invitations-schema.js';
import type { Report } from '../../src/report/schema.js';
import { fixture, netprune, root, testIo } from '../helpers/exec.js';

// The review's prompts answer from a queue here, and every screen they would draw is kept for the pseudo-locale.
vi.mock('../../src/review/prompts.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/review/prompts.js')>()),
  askCardAction: vi.fn(),
  askCompanyBatch: vi.fn(),
  askPredictedBatch: vi.fn(),
  askName: vi.fn(),
}));
const prompts = vi.mocked(await import('../../src/review/prompts.js'));

const demo = fixture('demo');
const later = fixture('demo-later');
const FRENCH = { LANG: 'fr_FR.UTF-8' };
/** In the demo, a known contact whose name another connection shares: every line explain can write but the invitation's. */
const LEILA = 'https://www.linkedin.com/in/leila-lambert-4ac87f5d';
/** The absolute paths of this checkout, which a snapshot must not hold. */
const portable = (text: string) => text.replaceAll(root, '<root>/');

describe('French output', () => {
  it('the demo audit, with LANG=fr_FR.UTF-8', async () => {
    const run = await netprune(['audit', demo], { env: FRENCH });
    expect(run.code).toBe(0);
    await expect(portable(run.stdout)).toMatchFileSnapshot('__snapshots__/audit-demo.fr.txt');
  });

  it('the demo invitations, with --lang fr', async () => {
    const run = await netprune(['invitations', demo, '--lang', 'fr']);
    expect(run.code).toBe(0);
    await expect(portable(run.stdout)).toMatchFileSnapshot('__snapshots__/invitations-demo.fr.txt');
  });

  it('explain, of a contact with a namesake, with LANG=fr_FR.UTF-8', async () => {
    const run = await netprune(['explain', demo, LEILA], { env: FRENCH });
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot('__snapshots__/explain-demo.fr.txt');
  });

  it('--lang beats the locale, LC_ALL beats LANG, and C is English', async () => {
    const title = async (args: string[], env: Record<string, string>) => (await netprune(['audit', demo, ...args], { env })).stdout.split('\n')[0];
    expect(await title(['--lang', 'en'], FRENCH)).toBe('Read fixtures/demo (folder)');
    expect(await title(['--lang', 'fr'], { LANG: 'C' })).toBe('Lu\u202F: fixtures/demo (dossier)');
    expect(await title([], { LANG: 'fr_FR.UTF-8', LC_ALL: 'C' })).toBe('Read fixtures/demo (folder)');
    expect(await title([], { LANG: 'POSIX', LC_MESSAGES: 'fr_CA.UTF-8' })).toBe('Lu\u202F: fixtures/demo (dossier)');
  });

  it('greets people whose name is in capitals or in lower case as a letter would: Bonjour Imulo', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'netprune-i18n-'));
    try {
      await mkdir(join(dir, 'export'));
      await writeFile(
        join(dir, 'export', 'Connections.csv'),
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Quill,https://www.linkedin.com/in/ada-quill,,Acme,Engineer,05 Mar 2026\n',
      );
      await writeFile(
        join(dir, 'export', 'Invitations.csv'),
        'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n' +
          'IMULO MBAYE,Alex Kim,"11/2/26, 9:00 AM",,INCOMING,https://www.linkedin.com/in/imulo,https://www.linkedin.com/in/alex-kim\n' +
          'jean-pierre o\'neil,Alex Kim,"11/3/26, 9:00 AM",,INCOMING,https://www.linkedin.com/in/jp,https://www.linkedin.com/in/alex-kim\n' +
          'McKay DUBOIS,Alex Kim,"11/4/26, 9:00 AM",,INCOMING,https://www.linkedin.com/in/mckay,https://www.linkedin.com/in/alex-kim\n',
      );
      const replies = (
        JSON.parse((await netprune(['invitations', join(dir, 'export'), '--json'], { env: FRENCH })).stdout) as InvitationsReport
      ).invitations.map((i) => i.reply?.split(',')[0]);
      expect(replies).toEqual(['Bonjour McKay', 'Bonjour Jean-Pierre', 'Bonjour Imulo']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--help: the commands, headings and footer in French, never wrapped before a colon', async () => {
    const help = (await netprune(['--help'], { env: FRENCH })).stdout;
    expect(help).toMatch(/^Utilisation\u202F: netprune \[options\] \[command\]\n/);
    expect(help).toContain('classer chaque relation en connu, lien');
    expect(help).toContain('Codes de sortie\u202F: 0 terminé, 1 un seuil --max-* dépassé');
    expect(help).not.toMatch(/\n\s*[:;!?]/);
    expect((await netprune(['audit', '--help', '--lang', 'fr'])).stdout).toMatch(
      /^Utilisation\u202F: netprune audit \[options\] <path>\n\nclasser chaque relation/,
    );
    expect((await netprune(['--help', '--lang', 'en'], { env: FRENCH })).stdout).toMatch(
      /^Usage: netprune \[options\] \[command\]\n\nAudit a LinkedIn network/,
    );
  });

  it('a bad-input error: one line, the file, what is wrong and what to do, exit code 2', async () => {
    const run = await netprune(['audit', fixture('exports/broken/not-connections.csv')], { env: FRENCH });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    await expect(portable(run.stderr)).toMatchFileSnapshot('__snapshots__/error-not-connections.fr.txt');
  });

  it('a rule file that is not there, and one with schema problems: in French, one line each, exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'netprune-i18n-rules-'));
    try {
      const missing = await netprune(['audit', demo, '--rules', join(dir, 'nope.json')], { env: FRENCH });
      expect([missing.code, missing.stdout]).toEqual([2, '']);
      expect(missing.stderr.replaceAll(dir, '<dir>')).toBe('netprune: Impossible de lire le jeu de règles <dir>/nope.json\u202F: ce fichier n’existe pas\n');
      await writeFile(join(dir, 'mine.json'), JSON.stringify({ rules: [], extra: 1 }));
      const schema = await netprune(['rules', 'check', join(dir, 'mine.json')], { env: FRENCH });
      expect([schema.code, schema.stdout]).toEqual([2, '']);
      // What is wrong is French too; the file's own keys and values are quoted as JSON.
      expect(schema.stderr.replaceAll(dir, '<dir>')).toBe(
        'netprune: <dir>/mine.json\u202F: (premier niveau)\u202F: clé inconnue "extra"\nnetprune: ' +
          '<dir>/mine.json\u202F: description\u202F: manquant (attendu\u202F: une chaîne de caractères), sauf si le fichier étend un autre jeu de règles\nnetprune: ' +
          '<dir>/mine.json\u202F: otherwise\u202F: manquant (attendu\u202F: un objet), sauf si le fichier étend un autre jeu de règles\n',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("commander's own errors are in the language too, and still name what was typed", async () => {
    const stderr = async (args: string[]) => (await netprune(args, { env: FRENCH })).stderr.split('\n')[0];
    expect(await stderr(['audit', demo, '--bogus'])).toBe('erreur\u202F: option inconnue «\u202F--bogus\u202F»');
    expect(await stderr(['audit'])).toBe('erreur\u202F: argument obligatoire manquant\u202F: «\u202Fpath\u202F»');
    expect(await stderr(['audit', demo, '--format', 'xml'])).toBe(
      'erreur\u202F: la valeur «\u202Fxml\u202F» de l’option «\u202F--format <format>\u202F» n’est pas valide. Valeurs possibles\u202F: csv, md, html.',
    );
    expect((await netprune(['audit', demo, '--bogus'], { env: { LANG: 'C' } })).stderr).toBe(
      "error: unknown option '--bogus'\n(run netprune --help for usage)\n",
    );
  });

  it("every command's --help: its options, choices and defaults in French", async () => {
    const commands = ['audit', 'explain', 'review', 'decide', 'predict', 'prune-list', 'invitations', 'suggest', 'diff', 'schema', 'rules', 'rules check'];
    // The first words of every English option description: wrapped or not, none may show in French.
    const english = Object.values(enOptions).map((text) => text.split(' ').slice(0, 3).join(' '));
    for (const command of commands) {
      const help = (await netprune([...command.split(' '), '--help'], { env: FRENCH })).stdout.replace(/\n */g, ' ');
      expect(
        english.filter((start) => help.includes(start)),
        command,
      ).toEqual([]);
      expect(help, command).not.toMatch(/\((choices|default): /);
    }
    const prune = (await netprune(['prune-list', '--help'], { env: FRENCH })).stdout.replace(/\n */g, ' ');
    expect(prune).toContain('une page avec des cases à cocher (valeurs possibles\u202F: "urls", "csv", "md", "html", par défaut\u202F: "urls")');
  });

  it('the --max-* message is in the language too', async () => {
    const run = await netprune(['audit', demo, '--max-strangers', '50%'], { env: FRENCH });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('netprune: 226 inconnus (56,5\u00A0% de 400) dépassent --max-strangers 50\u00A0%\n');
  });
});

/** A report with each reason's detail (the one text of the JSON that follows the language) taken out: the rule ids stay. */
const withoutDetails = (report: Report) => ({ ...report, contacts: report.contacts.map((c) => ({ ...c, reasons: c.reasons.map((r) => r.rule) })) });

describe('JSON whatever the language', () => {
  const json = async (command: string, args: string[], env: Record<string, string>) => (await netprune([command, demo, '--json', ...args], { env })).stdout;

  it("audit --json is the same in English and French but for the reasons' detail, its warnings in English", async () => {
    const english = await json('audit', [], { LANG: 'C' });
    const french = await json('audit', [], FRENCH);
    expect(await json('audit', ['--lang', 'fr'], {})).toBe(french);
    expect(withoutDetails(JSON.parse(french) as Report)).toEqual(withoutDetails(JSON.parse(english) as Report));
    const details = (report: string) => (JSON.parse(report) as Report).contacts.flatMap((c) => c.reasons.map((r) => r.detail));
    expect(details(french)).toContain('Ni message, ni recommandation, ni confirmation de compétence, ni employeur commun, ni entrée du carnet d’adresses');
    expect(details(english)).toContain('No message, recommendation, endorsement, shared employer or address-book entry');
    expect((JSON.parse(english) as Report).warnings).toContain(
      'Invitations.csv only covers the last months before the export: older invitations are not known.',
    );
  });

  it('invitations --json differs only by the replies and the language they are in', async () => {
    const english = JSON.parse(await json('invitations', [], { LANG: 'C' })) as InvitationsReport;
    const french = JSON.parse(await json('invitations', [], FRENCH)) as InvitationsReport;
    const withoutReplies = (r: InvitationsReport) => ({
      ...r,
      reply: null,
      invitations: r.invitations.map((i) => ({
        ...i,
        reply: i.reply === null,
        contact: i.contact === null ? null : { ...i.contact, reasons: i.contact.reasons.map((reason) => reason.rule) },
      })),
    });
    expect(withoutReplies(french)).toEqual(withoutReplies(english));
    expect([english.reply.language, french.reply.language]).toEqual(['en', 'fr']);
    expect(french.invitations.find((i) => i.reply !== null)?.reply).toMatch(/^Bonjour \p{L}+, merci pour votre invitation\u202F!/u);
  });
});

/**
 * The pseudo-locale: English with every catalogue text in ⟦ ⟧. Take away what is marked and what is
 * the user's data; any letter left is a word that bypassed the catalogue.
 */
describe('pseudo-locale: no word of the converted outputs bypasses the catalogue', () => {
  it('audit (the read summary and the report)', async () => {
    const stdout = await inPseudo((io, t) => audit(demo, {}, io, t));
    const report = JSON.parse((await netprune(['audit', demo, '--json'])).stdout) as Report;
    const data = [
      report.input.path,
      'fixtures/demo',
      report.classifier.name,
      report.input.owner.url ?? '',
      `${report.input.owner.firstName} ${report.input.owner.lastName}`,
      ...report.input.files.map((f) => f.name.split('/').pop() ?? ''),
      'coach_messages.csv',
      ...report.contacts.flatMap((c) => [`${c.firstName} ${c.lastName}`, c.company, c.position]),
    ];
    expect(bypassing(stdout, data)).toEqual([]);
  });

  it('invitations', async () => {
    const stdout = await inPseudo((io, t) => invitations(demo, {}, io, t));
    const report = JSON.parse((await netprune(['invitations', demo, '--json'])).stdout) as InvitationsReport;
    const data = [report.input.path, ...report.invitations.flatMap((i) => [i.name, i.note])];
    expect(bypassing(stdout, data)).toEqual([]);
  });

  it('explain, of one contact and of the namesakes a name matches', async () => {
    const contacts = await Promise.all(
      ['Lambert', 'Dana Picard'].map(async (who) => (JSON.parse((await netprune(['explain', demo, who, '--json'])).stdout) as Report).contacts),
    );
    const data = [
      'coffee-test',
      ...contacts.flat().flatMap((c) => [`${c.firstName} ${c.lastName}`, c.company, c.position, c.url ?? '', c.evidence.sharedEmployer ?? '']),
      // Rule ids, shown as [two-way]: stable whatever the language, like the JSON's.
      ...contacts.flat().flatMap((c) => c.reasons.map((r) => r.rule)),
      'SQL, A/B Testing, Gestion de projet',
      'Haha, yes, classic Monday.',
      'Hi, following our chat at the Northwind customer day, let’s stay in touch.',
    ];
    // Leila Lambert: a last message, and records her namesake may own; Dana Picard: an invitation with a note.
    for (const who of [LEILA, 'Lambert', 'Dana Picard']) {
      const stdout = await inPseudo((io, t) => explain(demo, who, {}, io, t));
      expect(stdout).toContain(PSEUDO_OPEN);
      expect(bypassing(stdout, data), who).toEqual([]);
    }
  });

  it("errors: the export readers', the commands' and commander's", async () => {
    const t = pseudoTranslator();
    const failing: [string, (io: ReturnType<typeof testIo>['io']) => Promise<number>][] = [
      ['/no/such/export', (io) => audit('/no/such/export', {}, io, t)],
      [fixture('exports/broken/not-connections.csv'), (io) => audit(fixture('exports/broken/not-connections.csv'), {}, io, t)],
      [demo, (io) => audit(demo, { maxStrangers: '12x' }, io, t)],
      [demo, (io) => explain(demo, 'Zzzz Nobody', {}, io, t)],
      [demo, (io) => explain(demo, 'Lambert', { pick: 'x' }, io, t)],
    ];
    for (const [path, command] of failing) {
      const error = await command(testIo().io).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isKnownError(error), path).toBe(true);
      const line = errorLine(error as NetpruneError, t);
      expect(line).toContain(PSEUDO_OPEN);
      expect(bypassing(line, [path, 'netprune', 'Zzzz Nobody', 'Lambert', 'Eva Petit, Contoso', 'not-connections.csv', '12x', 'explain']), line).toEqual([]);
    }
    const commander = sayCommanderError("error: unknown option '--bogus'\n(Did you mean --debug?)\n", t);
    expect(bypassing(commander, [])).toEqual([]);
  });

  it('errors: rule sets, plugins, the decisions file, the review lock, review and diff', async () => {
    const t = pseudoTranslator();
    const dir = await mkdtemp(join(tmpdir(), 'netprune-i18n-errors-'));
    try {
      const file = async (name: string, data: unknown) => {
        const path = join(dir, name);
        await writeFile(path, typeof data === 'string' ? data : JSON.stringify(data));
        return path;
      };
      const otherwise = { id: 'none', label: 'stranger', reason: 'r' };
      const rules = {
        missing: join(dir, 'nope.json'),
        schema: await file('schema.json', { rules: [], otherwise, extra: 1 }),
        cycle: (await file('b.json', { extends: './a.json' }), await file('a.json', { extends: './b.json' })),
        extendsUnknown: await file('extends-unknown.json', { extends: 'strikt' }),
        extendsMissing: await file('extends-missing.json', { extends: './gone.json' }),
        remove: await file('remove.json', {
          extends: 'strict',
          remove: ['one-way-onyl'],
          rules: [{ id: 'x', label: 'known', when: { twoWay: true }, reason: 'r', before: 'two-ways' }],
        }),
        parameter: await file('parameter.json', {
          description: 'd',
          rules: [{ id: 'p', label: 'known', when: { closeness: { gte: '$minClosenes' } }, reason: 'r' }],
          otherwise,
          parameters: { minCloseness: { default: 0.5 } },
        }),
      };
      const decisions = {
        notJson: await file('not-json.json', '{'),
        notOurs: await file('not-ours.json', { hello: 1 }),
        newer: await file('newer.json', { netprune: 'decisions', version: 99 }),
        damaged: await file('damaged.json', { netprune: 'decisions', version: 1, decisions: { 'in/a': { decision: 'maybe' } } }),
      };
      const locked = await file('locked.json', '');
      await writeFile(`${locked}.lock`, '2\n');
      const tty = { ...testIo().io, stdinIsTTY: true, stdoutIsTTY: true };
      const failing: (() => Promise<unknown>)[] = [
        ...Object.values(rules).map((path) => () => audit(demo, { rules: path }, testIo().io, t)),
        () => audit(demo, { rules: 'strikt' }, testIo().io, t),
        () => audit(demo, { rules: fixture('rule-sets/bad-json.json') }, testIo().io, t),
        () => audit(demo, { classifier: join(dir, 'nope.mjs') }, testIo().io, t),
        ...Object.values(decisions).map((state) => () => pruneList(demo, { state }, testIo().io, t)),
        () => acquireLock(locked, { pid: 1, isAlive: () => true }),
        () => review(demo, { only: 'bogus' as never }, tty, t),
        () => diff(demo, later, { failOnPending: true }, testIo().io, t),
        () => diff(demo, later, { state: join(dir, 'no-decisions.json') }, testIo().io, t),
      ];
      for (const command of failing) {
        const error = await command().then(
          () => null,
          (e: unknown) => e,
        );
        expect(isKnownError(error), String(error)).toBe(true);
        const line = errorLine(error as NetpruneError, t);
        expect(line).toContain(PSEUDO_OPEN);
        expect(bypassing(line, [dir, demo, later, 'netprune']), line).toEqual([]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("the export readers' warnings and reasons for ignoring a file", async () => {
    for (const name of ['spreadsheet-mixed-delimiters', 'windows-1252', '2022-preamble-no-url']) {
      const path = fixture(`exports/${name}`);
      const stdout = await inPseudo((io, t) => audit(path, {}, io, t));
      const report = JSON.parse((await netprune(['audit', path, '--json'])).stdout) as Report;
      const data = [
        path,
        `fixtures/exports/${name}`,
        report.classifier.name,
        ...report.input.files.map((f) => f.name),
        ...report.input.files.map((f) => f.name.split('/').pop() ?? ''),
        'Endorsement Received Info.csv',
        ...report.contacts.flatMap((c) => [`${c.firstName} ${c.lastName}`, c.company, c.position]),
      ];
      expect(bypassing(stdout, data), name).toEqual([]);
    }
  });

  it('rules and rules check; a built-in rule set is described in English as its file describes it', async () => {
    const list = await inPseudo((io, t) => listRules(io, t));
    expect(bypassing(list, ['coffee-test', 'no-recruiters', 'open-networker', 'strict'])).toEqual([]);
    const check = await inPseudo((io, t) => checkRules('rules/strict.json', io, t));
    expect(bypassing(check, ['rules/strict.json', 'strict'])).toEqual([]);
    const english = (await netprune(['rules'], { env: { LANG: 'C' } })).stdout;
    for (const { description } of await listBuiltInRuleSets()) expect(english).toContain(description);
  });

  it('the HTML audit page: every word from the catalogue; in French, the same numbers as in English', async () => {
    const page = await inPseudo((io, t) => audit(demo, { format: 'html' }, io, t));
    const report = JSON.parse((await netprune(['audit', demo, '--json'])).stdout) as Report;
    const data = [
      'netprune',
      report.classifier.name,
      `${report.input.owner.firstName} ${report.input.owner.lastName}`,
      ...report.input.files.map((f) => f.name.split('/').pop() ?? ''),
      ...report.contacts.flatMap((c) => [`${c.firstName} ${c.lastName}`, c.company, c.position]),
    ];
    expect(bypassing(pageText(page), data)).toEqual([]);
    const numbers = (html: string) => [...html.matchAll(/<data value="([^"]*)" data-key="([^"]*)">/g)].map((m) => `${m[2]}=${m[1]}`);
    const english = (await netprune(['audit', demo, '--format', 'html'], { env: { LANG: 'C' } })).stdout;
    const french = (await netprune(['audit', demo, '--format', 'html'], { env: FRENCH })).stdout;
    expect(french).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(numbers(french)).toEqual(numbers(english));
    expect(numbers(french).length).toBeGreaterThan(20);
    expect(french).toContain('<data value="400" data-key="total">400</data> relations');
  });

  it('prune-list: its notes, the Markdown checklist and the HTML page (the CSV keeps its English headers)', async () => {
    const later = fixture('demo-later');
    const state = join(later, 'netprune-decisions.json');
    const file = JSON.parse(await readFile(state, 'utf8')) as { decisions: Record<string, { name: string; company: string; position: string }> };
    const data = ['netprune', later, ...Object.values(file.decisions).flatMap((d) => [d.name, d.company, d.position])];
    for (const format of ['urls', 'md', 'html'] as const) {
      const { io, output } = testIo();
      expect(await pruneList(later, { state, format }, io, pseudoTranslator())).toBe(0);
      const { stdout, stderr } = output();
      // What a reader sees: no links' targets, and of the page, its text without markup, style or script.
      const shown = (format === 'html' ? pageText(stdout) : stdout).replace(/\(?https:\/\/\S+/g, ' ');
      expect(stderr).toContain(PSEUDO_OPEN);
      expect(bypassing(`${shown}\n${stderr}`, data), format).toEqual([]);
    }
    const { io, output } = testIo();
    await pruneList(later, { state, format: 'html' }, io, createTranslator('fr'));
    expect(output().stdout).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(output().stdout).toContain('data-progress="{done} sur {total} faits"');
  });

  it('finds a word that bypasses the catalogue', () => {
    expect(bypassing(`${PSEUDO_OPEN}Network of ${PSEUDO_CLOSE}Ada: 3 connections\n`, ['Ada'])).toEqual(['connections']);
  });
});

/** An HTML page's text, as a reader sees it. */
const pageText = (html: string) =>
  html
    .replace(/<(style|script)>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/** What a person's line may show of them: name, company, position, URL, and the words of the title and company as the taste model folds them. */
const personData = (p: { firstName: string; lastName: string; company: string; position: string; url?: string | null }) => [
  `${p.firstName} ${p.lastName}`,
  p.company,
  p.position,
  p.url ?? '',
  ...`${p.company} ${p.position}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u),
];

describe('pseudo-locale: review, decide, predict, suggest and diff', () => {
  const auditJson = async () => JSON.parse((await netprune(['audit', demo, '--json'])).stdout) as Report;
  const ruleIds = (report: Report) => [...new Set(report.contacts.flatMap((c) => c.reasons.map((r) => r.rule)))];

  it('review: the cards, keys, help, hints, notices, batches and search, and the lines before and after', async () => {
    const state = await decidedDemo(25);
    const screens: string[] = [];
    const actions: CardAction[] = ['open', 'keep', 'undo', 'company', 'batch', 'find', 'skip', 'remove', 'quit'];
    prompts.askCardAction.mockImplementation(async (config) => {
      const action = actions.shift();
      if (action === undefined) throw new Error('There was an unexpected call to askCardAction');
      screens.push(prompts.cardScreen(config, { showHelp: true, hint: config.unknownKey('x'), columns: 100, rows: undefined }), config.unknownKey(undefined));
      for (const each of Object.values(prompts.CARD_KEYS)) screens.push(config.answered(each, 100));
      return action;
    });
    prompts.askCompanyBatch.mockImplementation(async (config) => {
      screens.push(
        config.message,
        ...config.people(100),
        config.keyBar,
        ...(['keep', 'remove', 'cancel', 'widen'] as const).map((a) => config.answered(a, 100)),
      );
      return 'cancel';
    });
    prompts.askPredictedBatch.mockImplementation(async (config) => {
      screens.push(
        config.message,
        ...config.page(100, 3),
        config.keyBar(3),
        ...(['all', 'page', 'next', 'cancel'] as const).map((a) => config.answered(a, 3, 100)),
      );
      return { answer: 'cancel', size: 3 };
    });
    prompts.askName.mockImplementation(async (config) => {
      screens.push(config.message, config.cancelled, ...config.matches('an', 100), ...config.matches('zzzz', 100));
      return 'an';
    });
    const { io, output } = testIo();
    const terminal = { ...io, env: { ...io.env, NO_COLOR: '1' }, stdinIsTTY: true, stdoutIsTTY: true };
    expect(await review(demo, { state, only: 'all' }, terminal, pseudoTranslator(), { openUrl: async () => undefined })).toBe(0);
    expect(actions).toEqual([]);
    const report = await auditJson();
    const data = [
      state,
      demo,
      'netprune review',
      'netprune prune-list',
      '--state',
      '--only all',
      '--format html --out prune-list.html',
      'Ctrl-C',
      ...ruleIds(report),
      ...report.contacts.flatMap(personData),
    ];
    // The keys are the same letters in every language: k r s o u c b / ? q, and y a n in a batch.
    const text = [output().stdout, ...screens].join('\n').replace(/(?<=^|[\s·(])[krsoucbqyan](?=[\s:])/gmu, ' ');
    expect(text).toContain(PSEUDO_OPEN);
    expect(bypassing(text, data)).toEqual([]);
  });

  it('decide: what it recorded, and why a line names no one', async () => {
    const state = await decidedDemo(2);
    const dir = await mkdtemp(join(tmpdir(), 'netprune-i18n-decide-'));
    try {
      const list = join(dir, 'keep.txt');
      await writeFile(list, 'https://www.linkedin.com/in/leila-lambert-4ac87f5d\n');
      const recorded = await inPseudo((io, t) => decide(demo, { keep: list, state }, io, t));
      expect(bypassing(recorded, [list, state])).toEqual([]);

      await writeFile(list, 'Nobody Atall\nLeila Lambert\nhttps://example.com/x\n');
      const { io, output } = testIo();
      const error = await decide(demo, { keep: list, state }, io, pseudoTranslator()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NetpruneError);
      const said = [(error as NetpruneError).message, output().stderr].join('\n');
      expect(
        bypassing(said, [list, 'netprune', 'Nobody Atall', 'Leila Lambert', 'https://example.com/x', ...(await auditJson()).contacts.map((c) => c.company)]),
      ).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('predict', async () => {
    const state = await decidedDemo(25);
    const stdout = await inPseudo((io, t) => predict(demo, { state }, io, t));
    const report = JSON.parse((await netprune(['predict', demo, '--state', state, '--json'])).stdout) as PredictReport;
    const data = [
      report.input.path,
      state,
      '`netprune review',
      '`netprune decide',
      '--state',
      '--remove FILE`',
      ...ruleIds(await auditJson()),
      ...report.predictions.flatMap(personData),
    ];
    expect(bypassing(stdout, data)).toEqual([]);
  });

  it('suggest', async () => {
    const stdout = await inPseudo((io, t) => suggest(demo, {}, io, t));
    const report = JSON.parse((await netprune(['suggest', demo, '--json'])).stdout) as SuggestReport;
    const data = [
      report.input.path,
      'Contacts.csv',
      'Positions.csv',
      ...report.suggestions.flatMap((s) => [s.name, s.person.url ?? '', ...s.person.companies.map((c) => c.name), s.person.addressBook?.companies ?? '']),
    ];
    expect(bypassing(stdout, data)).toEqual([]);
  });

  it('diff, with the decisions section', async () => {
    const state = await decidedDemo(25);
    const stdout = await inPseudo((io, t) => diff(demo, later, { state }, io, t));
    const report = JSON.parse((await netprune(['diff', demo, later, '--state', state, '--json'])).stdout) as DiffReport;
    const people = [...report.added, ...report.removed, ...report.relabelled];
    const data = [
      report.older.path,
      report.newer.path,
      state,
      report.classifier.name,
      'Invitations.csv',
      'Contacts.csv',
      'messages.csv',
      ...people.flatMap(personData),
      ...(report.decisions?.pending.flatMap((p) => [`${p.firstName} ${p.lastName}`, p.url ?? '']) ?? []),
      ...(report.decisions?.keptButGone.map((p) => p.name) ?? []),
    ];
    expect(stdout).toContain(PSEUDO_OPEN);
    expect(bypassing(stdout, data)).toEqual([]);
  });
});

async function inPseudo(command: (io: ReturnType<typeof testIo>['io'], t: ReturnType<typeof pseudoTranslator>) => Promise<number>): Promise<string> {
  const { io, output } = testIo();
  expect(await command(io, pseudoTranslator())).toBe(0);
  return output().stdout;
}

/** The words of `text` outside the markers that are not in `data`. A marked text cut by a column's width runs to the end of its line. */
function bypassing(text: string, data: readonly string[]): string[] {
  const pieces = [...new Set(data.map((d) => d.trim()).filter((d) => d !== ''))].sort((a, b) => b.length - a.length);
  const left: string[] = [];
  // Marked texts are taken away innermost first, a text wrapped over lines (review's help) on each of
  // them; line breaks are kept, so that each line is still judged on its own below.
  let unwrapped = text;
  let previous: string;
  do {
    previous = unwrapped;
    unwrapped = unwrapped.replace(new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'gu'), (marked) =>
      marked.replace(/[^\n]+/g, ' '),
    );
  } while (unwrapped !== previous);
  for (let line of unwrapped.split('\n')) {
    const cut = line.includes('…');
    let before: string;
    do {
      before = line;
      line = line.replace(new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*(${PSEUDO_CLOSE}|$)`, 'u'), ' ');
    } while (line !== before);
    for (const piece of pieces) line = line.replaceAll(piece, ' ');
    const words = line.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
    // A datum cut short by a column's width (`Wide World Importe…`) is still data.
    left.push(...words.filter((word) => !(cut && pieces.some((piece) => piece.includes(word)))));
  }
  return left;
}

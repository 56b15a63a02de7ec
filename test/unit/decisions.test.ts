import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { DecisionStore, defaultStatePath, readDecisions } from '../../src/decisions/index.js';
import { acquireLock } from '../../src/review/lock.js';
import { entry } from '../review/make-item.js';

/** The owner as an export shows them: their key (null when unknown) and their name. */
const seen = (key: string | null) => ({ key, firstName: 'Alex', lastName: 'Kim' });

let dir: string;
let state: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-decisions-'));
  state = join(dir, 'decisions.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('defaultStatePath', () => {
  it('is netprune-decisions.json beside the export, whatever its form', () => {
    expect(defaultStatePath('/home/a/Downloads/Basic_LinkedInDataExport.zip')).toBe('/home/a/Downloads/netprune-decisions.json');
    expect(defaultStatePath('/home/a/Downloads/export/')).toBe('/home/a/Downloads/netprune-decisions.json');
    expect(defaultStatePath('/home/a/export/Connections.csv')).toBe('/home/a/export/netprune-decisions.json');
  });
});

describe('DecisionStore', () => {
  it('writes every change at once, mode 0600, leaving no temporary file behind', async () => {
    const store = await DecisionStore.open(state, '/exports/me.zip');
    store.claim(seen('in/alex-kim'));
    await store.apply([['in/jane-doe', entry('remove', 'Jane Doe')]]);
    expect((await stat(state)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['decisions.json']);
    expect(JSON.parse(await readFile(state, 'utf8'))).toEqual({
      netprune: 'decisions',
      version: 1,
      export: '/exports/me.zip',
      owner: 'in/alex-kim',
      decisions: { 'in/jane-doe': entry('remove', 'Jane Doe') },
    });

    await store.apply([
      ['in/jane-doe', undefined],
      ['in/sam-lee', entry('keep', 'Sam Lee')],
    ]);
    const again = await DecisionStore.open(state, '/exports/newer.zip');
    again.claim(seen('in/alex-kim'));
    expect([...again.decisions()]).toEqual([['in/sam-lee', 'keep']]);
  });

  it('replaces the file by rename, so a reader or a crash never sees half a file', async () => {
    const store = await DecisionStore.open(state, 'x');
    await store.apply([['in/a', entry('keep')]]);
    const before = (await stat(state)).ino;
    await store.apply([['in/b', entry('remove')]]);
    expect((await stat(state)).ino).not.toBe(before);
  });

  it('says so when it cannot save, keeps what it had and leaves no temporary file', async () => {
    const store = await DecisionStore.open(state, 'x');
    await store.apply([['in/a', entry('keep')]]);
    await rm(state);
    await mkdir(state);
    await expect(store.apply([['in/b', entry('remove')]])).rejects.toThrow(/cannot save the decisions \(EISDIR\)/);
    expect([...store.decisions()]).toEqual([['in/a', 'keep']]);
    expect(await readdir(dir)).toEqual(['decisions.json']);
  });

  it('keeps fields a later netprune may add', async () => {
    await writeFile(
      state,
      JSON.stringify({ netprune: 'decisions', version: 1, export: 'x', extra: 1, decisions: { 'in/a': { ...entry('keep'), note: 'met at FOSDEM' } } }),
    );
    const store = await DecisionStore.open(state, 'x');
    await store.apply([['in/b', entry('remove')]]);
    const saved = JSON.parse(await readFile(state, 'utf8'));
    expect(saved.extra).toBe(1);
    expect(saved.decisions['in/a'].note).toBe('met at FOSDEM');
  });

  it("refuses another person's decisions file", async () => {
    const store = await DecisionStore.open(state, 'x');
    store.claim(seen('in/alex-kim'));
    await store.apply([['in/b', entry('remove')]]);
    const other = await DecisionStore.open(state, 'y');
    expect(() => other.claim(seen('in/someone-else'))).toThrow(/holds the decisions of another LinkedIn account \(in\/alex-kim\), not in\/someone-else/);
    expect(() => other.claim(seen(null))).not.toThrow();
  });
});

describe('readDecisions', () => {
  it('is null when there is no file yet', async () => {
    expect(await readDecisions(state)).toBeNull();
  });

  it('reads how each decision was made, and files from before it was kept', async () => {
    const file = (source?: string) => ({
      netprune: 'decisions',
      version: 1,
      export: 'x',
      decisions: { 'in/a': { ...entry('remove', 'A'), ...(source === undefined ? {} : { source }) } },
    });
    await writeFile(state, JSON.stringify(file('predicted')));
    expect((await readDecisions(state))?.decisions['in/a']?.source).toBe('predicted');
    await writeFile(state, JSON.stringify(file()));
    expect((await readDecisions(state))?.decisions['in/a']?.source).toBeUndefined();
    await writeFile(state, JSON.stringify(file('guess')));
    await expect(readDecisions(state)).rejects.toThrow(/decisions #1\.source: /);
  });

  it.each([
    ['corrupt JSON', '{"netprune": "decisions", "version": 1, "decis', /is not valid JSON/],
    ['foreign JSON', '{"name": "my-package", "version": "1.0.0"}', /is not a netprune decisions file/],
    [
      'a newer version',
      '{"netprune": "decisions", "version": 2, "export": "x", "decisions": {}}',
      /newer netprune \(decisions version 2; this one reads version 1\)/,
    ],
    [
      'a damaged entry',
      '{"netprune": "decisions", "version": 1, "export": "x", "decisions": {"in/a": {"decision": "maybe"}}}',
      /damaged decisions file \(decisions #1\.decision: /,
    ],
  ])('refuses %s with an InputError and leaves the file untouched', async (_, text, message) => {
    await writeFile(state, text);
    const error = await DecisionStore.open(state, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(state);
    expect(await readFile(state, 'utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['decisions.json']);
  });
});

describe('a decisions file is untrusted input', () => {
  const file = (decisions: Record<string, unknown>, owner: unknown = null) =>
    JSON.stringify({ netprune: 'decisions', version: 1, export: 'x', owner, decisions });
  const refusal = async (text: string) => {
    await writeFile(state, text);
    return ((await readDecisions(state).catch((e: unknown) => e)) as Error).message;
  };

  it('never echoes what the file holds: --state on a system file, or a corrupt file', async () => {
    expect(await refusal('root:x:0:0:secret-word:/root:/bin/bash\n')).not.toMatch(/root|secret/);
    expect(await refusal('{"netprune": "decisions", "version": 1, "secret-word"')).not.toMatch(/secret/);
    const keyed = await refusal(file({ 'in/secret-word': { decision: 'maybe' } }));
    expect(keyed).toMatch(/decisions #1\.decision/);
    expect(keyed).not.toMatch(/secret/);
  });

  it('refuses a profile URL that is not LinkedIn, or one that carries controls, and says which entry', async () => {
    const bad = ['https://evil.example/in/x', 'javascript:alert(1)', 'https://www.linkedin.com/in/a\u001b[2J', 'https://www.linkedin.com/in/a b'];
    for (const url of bad) {
      const message = await refusal(file({ 'in/a': { ...entry('remove', 'Ada'), url } }));
      expect(message).toMatch(/decisions #1\.url: not a LinkedIn profile URL/);
      expect(message).not.toContain(url);
    }
  });

  it('refuses keys and owners that are not profile or name keys', async () => {
    expect(await refusal(file({ '\u001b]0;x\u0007': entry('remove') }))).toMatch(/decisions #1: not a profile key \(`in\/…`\) or a name key \(`name:…`\)/);
    expect(await refusal(file({}, 'https://evil.example'))).toMatch(/owner: not a profile key/);
  });

  it('neutralises escapes and controls in names, companies and positions', async () => {
    const forged = { ...entry('remove', 'Ada\u001b[2J\u0007 \u009b31mQuill\u202e'), company: 'Evil\u001b]8;;https://x\u0007Co', position: 'a\u2028b' };
    await writeFile(state, file({ 'in/ada': forged }));
    const read = await readDecisions(state);
    expect(read?.decisions['in/ada']).toMatchObject({ name: 'Ada Quill', company: 'EvilCo', position: 'a b' });
  });

  it('refuses a file too large to be a decisions file, or one that is not a regular file, before reading it', async () => {
    await writeFile(state, '');
    await truncate(state, 65 * 1024 * 1024);
    expect(((await readDecisions(state).catch((e: unknown) => e)) as Error).message).toMatch(/is 65 MB, more than a decisions file can be \(64 MB at most\)/);
    expect(((await readDecisions(dir).catch((e: unknown) => e)) as Error).message).toMatch(/not a regular file/);
  });
});

describe('acquireLock', () => {
  it('refuses a second session while the first runs, and names the lock to delete', async () => {
    const release = await acquireLock(state, { pid: 1111, isAlive: () => true });
    expect(await readFile(`${state}.lock`, 'utf8')).toBe('1111\n');
    const second = acquireLock(state, { pid: 2222, isAlive: () => true });
    await expect(second).rejects.toThrow(InputError);
    await expect(second).rejects.toThrow(/another netprune review \(process 1111\) is using this decisions file.*delete .*decisions\.json\.lock/);
    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over the lock of a session that was killed', async () => {
    await writeFile(`${state}.lock`, '1111\n');
    const release = await acquireLock(state, { pid: 2222, isAlive: (pid) => pid !== 1111 });
    expect(await readFile(`${state}.lock`, 'utf8')).toBe('2222\n');
    await release();
  });

  it('uses the real process table by default', async () => {
    const release = await acquireLock(state);
    await expect(acquireLock(state, { pid: 999_999_999 })).rejects.toThrow(/another netprune review/);
    await release();
  });
});

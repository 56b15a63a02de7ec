import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { openExport } from '../../../src/export/locate.js';
import { installRuntime } from '../../../src/launch/runtime.js';
import type { ExportSource } from '../../../src/export/types.js';
import { english } from '../../helpers/english.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const MTIME = new Date(2024, 10, 20, 9, 30, 0);
const CONNECTIONS = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,https://www.linkedin.com/in/ada,,Acme,CTO,05 Mar 2024';
const MESSAGES = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-locate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function writeZip(files: Record<string, string | Uint8Array>, level: 0 | 6 = 6, name = `export-${++counter}.zip`) {
  const zippable: Zippable = {};
  for (const [path, content] of Object.entries(files)) zippable[path] = typeof content === 'string' ? strToU8(content) : content;
  return writeBytes(name, zipSync(zippable, { level, mtime: MTIME }));
}

async function writeBytes(name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return path;
}

async function writeTree(name: string, files: Record<string, string>) {
  const base = join(dir, name);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(base, path)), { recursive: true });
    await writeFile(join(base, path), content);
  }
  return base;
}

/** Rewrites fields of one entry in both its central and its local header, to forge broken archives. */
function patchEntry(zip: Uint8Array, entryName: string, patch: { size?: number; method?: number }) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
    if (name !== entryName) continue;
    const local = view.getUint32(at + 42, true);
    if (patch.size !== undefined) view.setUint32(at + 24, patch.size, true), view.setUint32(local + 22, patch.size, true);
    if (patch.method !== undefined) view.setUint16(at + 10, patch.method, true), view.setUint16(local + 8, patch.method, true);
    return zip;
  }
  throw new Error(`no entry ${entryName}`);
}

/** A zip written with fflate's streaming classes (data descriptors), so huge entries never sit in memory. */
function streamedZip(entries: { name: string; chunk: Uint8Array; times: number }[]) {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const { name, chunk, times } of entries) {
    const file = times === 1 ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 1 });
    file.mtime = MTIME;
    zip.add(file);
    for (let i = 0; i < times; i++) file.push(chunk, i === times - 1);
  }
  zip.end();
  return Buffer.concat(parts);
}

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

/** Compares bytes by digest: toEqual on large buffers walks them element by element and takes seconds. */
const digest = (bytes: Uint8Array | Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const chunk of Array.isArray(bytes) ? bytes : [bytes]) hash.update(chunk);
  return hash.digest('hex');
};

const kinds = (source: ExportSource) => source.files.map((file) => file.kind);
const text = async (source: ExportSource, kind: string) => new TextDecoder().decode(await source.files.find((file) => file.kind === kind)?.read());

async function collect(stream: AsyncIterable<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

describe('openExport: zip', () => {
  it('indexes the entries and inflates one on read', async () => {
    const path = await writeZip({ 'Connections.csv': CONNECTIONS, 'messages.csv': MESSAGES, 'Rich_Media.csv': 'Date/Time,Media Description,Media Link\n' });
    const source = await openExport(path);
    expect(source).toMatchObject({ path, type: 'zip', ignored: [] });
    expect(kinds(source)).toEqual(['connections', 'messages']);
    expect(source.files[0]).toMatchObject({ name: `${path}:Connections.csv`, size: CONNECTIONS.length });
    expect(await text(source, 'connections')).toBe(CONNECTIONS);
  });

  it('reads stored entries as well as deflated ones', async () => {
    const source = await openExport(await writeZip({ 'Connections.csv': CONNECTIONS }, 0));
    expect(await text(source, 'connections')).toBe(CONNECTIONS);
  });

  it('finds files under a wrapper folder, by basename, case-insensitively', async () => {
    const top = 'Basic_LinkedInDataExport_07-11-2023';
    const path = await writeZip({
      [`${top}/CONNECTIONS.CSV`]: CONNECTIONS,
      [`${top}/Messages.csv`]: MESSAGES,
      [`${top}/Jobs/Saved Jobs.csv`]: 'x\n',
      [`${top}/endorsement_RECEIVED_info.csv`]: 'Endorsement Date\n',
    });
    const source = await openExport(path);
    expect(kinds(source)).toEqual(['connections', 'messages', 'endorsementsReceived']);
    expect(source.files[0]?.name).toBe(`${path}:${top}/CONNECTIONS.CSV`);
  });

  it('detects a zip by its first bytes, whatever its name', async () => {
    const zip = await writeZip({ 'Connections.csv': CONNECTIONS });
    const path = await writeBytes('download.bin', await readFile(zip));
    expect((await openExport(path)).type).toBe('zip');
  });

  it('ignores entries that are absolute or contain ..', async () => {
    const path = await writeZip({
      'Connections.csv': CONNECTIONS,
      '../messages.csv': MESSAGES,
      'a/../../Invitations.csv': 'From,To\n',
      '/etc/Skills.csv': 'Name\n',
    });
    const source = await openExport(path);
    expect(kinds(source)).toEqual(['connections']);
    expect(source.ignored.map((entry) => entry.name)).toEqual([`${path}:../messages.csv`, `${path}:/etc/Skills.csv`, `${path}:a/../../Invitations.csv`]);
    expect(english(source.ignored[0]?.reason)).toMatch(/unsafe path/);
  });

  it('sets coach and guide messages aside, with the reason', async () => {
    const source = await openExport(await writeZip({ 'Connections.csv': CONNECTIONS, 'coach_messages.csv': MESSAGES, 'guide_messages.csv': MESSAGES }));
    expect(kinds(source)).toEqual(['connections']);
    expect(source.ignored.map((entry) => english(entry.reason))).toEqual([
      'LinkedIn coach/guide messages, not conversations with people',
      'LinkedIn coach/guide messages, not conversations with people',
    ]);
  });

  it('streams an entry in chunks that equal read()', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % 26;
    const big = strToU8(Array.from({ length: 40_000 }, (_, i) => `row ${i},${String.fromCharCode(97 + random())}${'x'.repeat(random())}`).join('\n'));
    const source = await openExport(await writeZip({ 'Connections.csv': CONNECTIONS, 'messages.csv': big }));
    const messages = source.files.find((file) => file.kind === 'messages');
    const chunks = await collect(messages!.stream());
    expect(chunks.length).toBeGreaterThan(1);
    expect(digest(chunks)).toBe(digest(await messages!.read()));
    expect(digest(chunks)).toBe(digest(big));
  });

  it('has the runtime give back the inflated chunks every 4 MB of a large entry, which still reads whole', async () => {
    // Random bytes: compressible ones would be refused as a zip bomb.
    let seed = 11;
    const big = new Uint8Array(9 * 1024 * 1024).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const source = await openExport(await writeZip({ 'Connections.csv': CONNECTIONS, 'messages.csv': big }));
    let collections = 0;
    const restore = installRuntime({ collectGarbage: () => {}, largeHeap: () => {}, collectYoung: () => collections++ });
    try {
      const chunks = await collect(source.files.find((file) => file.kind === 'messages')!.stream());
      expect(digest(chunks)).toBe(digest([big]));
    } finally {
      restore();
    }
    expect(collections).toBe(2);
  });

  it('reads zips written with data descriptors (streamed writers)', async () => {
    const path = await writeBytes('streamed.zip', streamedZip([{ name: 'Connections.csv', chunk: strToU8(CONNECTIONS), times: 2 }]));
    expect(await text(await openExport(path), 'connections')).toBe(CONNECTIONS + CONNECTIONS);
  });

  it('refuses a zip bomb before inflating it (300 MB of zeros)', async () => {
    const zeros = new Uint8Array(1024 * 1024);
    const bomb = streamedZip([
      { name: 'Connections.csv', chunk: strToU8(CONNECTIONS), times: 1 },
      { name: 'messages.csv', chunk: zeros, times: 300 },
    ]);
    const error = await rejection(openExport(await writeBytes('bomb.zip', bomb)));
    expect(error.file).toMatch(/bomb\.zip:messages\.csv$/);
    expect(error.message).toMatch(/would expand \d+:1 .* beyond the 200:1 netprune accepts \(a zip bomb\?\)/);
  });

  it('refuses an archive declaring more than 2 GiB in total', async () => {
    const zip = zipSync({ 'Connections.csv': strToU8(CONNECTIONS), 'messages.csv': strToU8(MESSAGES.repeat(5000)) }, { mtime: MTIME });
    const path = await writeBytes('huge.zip', patchEntry(zip, 'messages.csv', { size: 3 * 1024 ** 3 }));
    const error = await rejection(openExport(path));
    expect(error.message).toMatch(/declares 3 GiB of uncompressed data, more than the 2 GiB/);
  });

  it('stops streaming when an entry inflates past its declared size', async () => {
    const zip = zipSync({ 'Connections.csv': strToU8(CONNECTIONS), 'messages.csv': strToU8(MESSAGES.repeat(50_000)) }, { mtime: MTIME });
    const source = await openExport(await writeBytes('liar.zip', patchEntry(zip, 'messages.csv', { size: 1000 })));
    const messages = source.files.find((file) => file.kind === 'messages')!;
    const error = await rejection(collect(messages.stream()));
    expect(error.message).toMatch(/inflates to more than the 1000 bytes it declares/);
    await rejection(messages.read());
  });

  it('rejects compression methods other than stored and deflated', async () => {
    const zip = zipSync({ 'Connections.csv': strToU8(CONNECTIONS) }, { mtime: MTIME });
    const error = await rejection(openExport(await writeBytes('bzip2.zip', patchEntry(zip, 'Connections.csv', { method: 12 }))));
    expect(error.message).toMatch(/Connections\.csv: uses compression method 12/);
  });

  it('reports a truncated archive', async () => {
    const zip = zipSync({ 'Connections.csv': strToU8(CONNECTIONS) }, { mtime: MTIME });
    const error = await rejection(openExport(await writeBytes('truncated.zip', zip.subarray(0, zip.length - 30))));
    expect(error.message).toMatch(/is damaged or truncated/);
  });

  it('says when a .zip file is not a zip archive', async () => {
    const path = await writeBytes('fake.zip', strToU8('this is text'));
    const error = await rejection(openExport(path));
    expect(error.message).toBe(`${path}: is not a zip archive. Download the export again from LinkedIn, or pass its unpacked folder or Connections.csv.`);
  });

  it('names the zip and the missing Connections.csv', async () => {
    const path = await writeZip({ 'messages.csv': MESSAGES });
    const error = await rejection(openExport(path));
    expect(error.file).toBe(path);
    expect(error.message).toMatch(/Connections\.csv was not found in this archive \(it holds messages\.csv\)\. Use the archive from LinkedIn/);
  });
});

describe('openExport: folder', () => {
  it('walks recursively and names files by the path given', async () => {
    const base = await writeTree('walk', {
      'Basic_LinkedInDataExport_07-11-2023/Connections.csv': CONNECTIONS,
      'Basic_LinkedInDataExport_07-11-2023/Jobs/Invitations.csv': 'From,To\n',
      'node_modules/pkg/messages.csv': MESSAGES,
      '.git/Skills.csv': 'Name\n',
    });
    const source = await openExport(base);
    expect(source).toMatchObject({ path: base, type: 'folder', ignored: [] });
    expect(kinds(source)).toEqual(['connections', 'invitations']);
    expect(source.files[0]).toMatchObject({ name: join(base, 'Basic_LinkedInDataExport_07-11-2023/Connections.csv'), size: CONNECTIONS.length });
    expect(await text(source, 'connections')).toBe(CONNECTIONS);
    expect(Buffer.concat(await collect(source.files[0]!.stream())).toString()).toBe(CONNECTIONS);
  });

  it('takes one of two identical copies of an export, and lists the other as a copy', async () => {
    const base = await writeTree('two-copies', {
      'b-export/Connections.csv': CONNECTIONS,
      'a-export/Connections.csv': CONNECTIONS,
      'b-export/messages.csv': MESSAGES,
      'b-export/messages (1).csv': MESSAGES,
    });
    const source = await openExport(base);
    expect(source.files.map((f) => f.name)).toEqual([join(base, 'a-export/Connections.csv'), join(base, 'b-export/messages.csv')]);
    expect(source.ignored.map((i) => ({ ...i, reason: english(i.reason) }))).toEqual([
      { name: join(base, 'b-export/Connections.csv'), reason: `an identical copy of ${join(base, 'a-export/Connections.csv')}, which was used` },
      { name: join(base, 'b-export/messages (1).csv'), reason: `an identical copy of ${join(base, 'b-export/messages.csv')}, which was used` },
    ]);
  });

  it('refuses a folder holding two different exports, naming both, rather than mixing them', async () => {
    const base = await writeTree('two-exports', {
      'Basic_LinkedInDataExport_01-02-2025/Connections.csv': CONNECTIONS,
      'Basic_LinkedInDataExport_01-02-2025/messages.csv': MESSAGES,
      'Basic_LinkedInDataExport_06-10-2026/Connections.csv': `${CONNECTIONS}\nGrace,Hopper,https://www.linkedin.com/in/grace,,Navy,Admiral,01 Jun 2026`,
    });
    const error = await rejection(openExport(base));
    expect(error.file).toBe(base);
    expect(error.message).toBe(
      `${base}: holds two different Connections.csv, from two exports or an edited copy: ${join(base, 'Basic_LinkedInDataExport_01-02-2025/Connections.csv')} and ${join(base, 'Basic_LinkedInDataExport_06-10-2026/Connections.csv')}. Pass the folder or zip of the one export to read, or move the other away: netprune never mixes two exports.`,
    );
    // A browser's second download beside the first is the same case.
    const downloads = await writeTree('two-downloads', { 'Connections.csv': CONNECTIONS, 'messages.csv': MESSAGES, 'messages (1).csv': `${MESSAGES}x` });
    expect((await rejection(openExport(downloads))).message).toMatch(/holds two different messages\.csv, .*messages\.csv and .*messages \(1\)\.csv\./);
  });

  it('refuses a zip holding two different exports, told apart by the directory’s sizes and CRCs', async () => {
    const path = await writeZip({ 'old/Connections.csv': CONNECTIONS, 'new/Connections.csv': `${CONNECTIONS} `, 'new/messages.csv': MESSAGES });
    expect((await rejection(openExport(path))).message).toMatch(
      /holds two different Connections\.csv, .*:new\/Connections\.csv and .*:old\/Connections\.csv\./,
    );
    // Entry names come from the archive: the message stays one line with no escape sequence.
    const hostile = await writeZip({ 'a\u001b[2J\n/Connections.csv': CONNECTIONS, 'b/Connections.csv': `${CONNECTIONS} ` });
    expect((await rejection(openExport(hostile))).message).toMatch(/^[^\u001b\n]*:a \/Connections\.csv and [^\u001b\n]*$/);
    const copies = await openExport(await writeZip({ 'old/Connections.csv': CONNECTIONS, 'new/Connections.csv': CONNECTIONS }));
    expect(copies.ignored.map((i) => english(i.reason))).toEqual([expect.stringMatching(/^an identical copy of .*:new\/Connections\.csv, which was used$/)]);
  });

  it('uses the legacy UTF-16 endorsements file only when the underscore one is absent', async () => {
    const both = await openExport(
      await writeTree('legacy-both', { 'Connections.csv': CONNECTIONS, 'Endorsement Received Info.csv': 'old', 'x/Endorsement_Received_Info.csv': 'new' }),
    );
    expect(await text(both, 'endorsementsReceived')).toBe('new');
    expect(english(both.ignored[0]?.reason)).toMatch(/^older format of the same data/);
    const legacy = await openExport(
      await writeTree('legacy-only', { 'Connections.csv': CONNECTIONS, 'Endorsement Received Info.csv': 'old', 'Imported Contacts.csv': 'c' }),
    );
    expect(kinds(legacy)).toEqual(['connections', 'endorsementsReceived', 'contacts']);
  });

  it('does not loop on symlinks', async () => {
    const base = await writeTree('loop', { 'inner/Connections.csv': CONNECTIONS });
    await symlink(base, join(base, 'inner', 'back-to-top'), 'dir');
    await symlink(join(base, 'inner'), join(base, 'inner-again'), 'dir');
    const source = await openExport(base);
    expect(kinds(source)).toEqual(['connections']);
    expect(source.ignored).toEqual([]);
  });

  it('names an empty folder', async () => {
    const base = join(dir, 'empty');
    await mkdir(base);
    const error = await rejection(openExport(base));
    expect(error.message).toMatch(/empty: is an empty folder\. Pass the LinkedIn export/);
  });

  it('names a folder without Connections.csv, pointing at an archive inside it', async () => {
    const base = await writeTree('no-connections', { 'messages.csv': MESSAGES, 'Basic_LinkedInDataExport_07-11-2023.zip': 'zip' });
    const error = await rejection(openExport(base));
    expect(error.file).toBe(base);
    expect(error.message).toMatch(/Connections\.csv was not found in this folder or below it \(2 files searched\)\. It holds .*\.zip: pass that archive/);
  });
});

describe('openExport: single file and bad paths', () => {
  it('takes any .csv file as the connections file alone', async () => {
    const file = join(await writeTree('single', { 'My connections.csv': CONNECTIONS }), 'My connections.csv');
    const source = await openExport(file);
    expect(source).toMatchObject({ path: file, type: 'file', ignored: [] });
    expect(source.files).toHaveLength(1);
    expect(source.files[0]).toMatchObject({ kind: 'connections', name: file, size: CONNECTIONS.length });
  });

  it('says a missing path does not exist', async () => {
    const path = join(dir, 'nope', 'Connections.csv');
    const error = await rejection(openExport(path));
    expect(error.message).toBe(`${path}: does not exist. Pass the LinkedIn export: the zip LinkedIn e-mailed you, its unpacked folder, or Connections.csv.`);
  });

  it('refuses other kinds of file', async () => {
    const error = await rejection(openExport(await writeBytes('notes.txt', strToU8('hello'))));
    expect(error.message).toMatch(/is not a LinkedIn export/);
  });
});

describe('fixtures', () => {
  const fixtures = join(root, 'fixtures');

  async function tree(base: string): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const entry of await readdir(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      out[relative(base, path)] = digest(await readFile(path));
    }
    return out;
  }

  it('the demo generator is deterministic and matches the committed demo', async () => {
    const runs = [join(dir, 'gen-1'), join(dir, 'gen-2')];
    for (const out of runs) execFileSync(process.execPath, [join(fixtures, 'generate-demo.mjs'), out], { stdio: 'pipe' });
    const [first, second] = await Promise.all(runs.map(tree));
    expect(Object.keys(first!).length).toBeGreaterThan(10);
    expect(second).toEqual(first);
    const committed = await tree(join(fixtures, 'demo'));
    expect(committed).toEqual(await tree(join(runs[0]!, 'demo')));
    expect(digest(await readFile(join(fixtures, 'demo.zip')))).toBe(digest(await readFile(join(runs[0]!, 'demo.zip'))));
  });

  it('the demo zip and the demo folder hold the same files', async () => {
    const zip = await openExport(join(fixtures, 'demo.zip'));
    const folder = await openExport(join(fixtures, 'demo'));
    expect(kinds(zip)).toEqual(kinds(folder));
    expect(kinds(zip)).toHaveLength(12);
    for (const [i, file] of zip.files.entries()) expect(digest(await file.read())).toBe(digest(await folder.files[i]!.read()));
    expect(zip.ignored.map((entry) => english(entry.reason))).toEqual(['LinkedIn coach/guide messages, not conversations with people']);
  });

  it('every era fixture holds a Connections.csv', async () => {
    const exports = join(fixtures, 'exports');
    const cases = (await readdir(exports, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name !== 'broken');
    expect(cases.length).toBeGreaterThanOrEqual(11);
    for (const entry of cases) expect(kinds(await openExport(join(exports, entry.name)))).toContain('connections');
  });

  it('the broken archives fail as documented', async () => {
    const broken = join(fixtures, 'exports', 'broken');
    expect((await rejection(openExport(join(broken, 'not-a-zip.zip')))).message).toMatch(/is not a zip archive/);
    expect((await rejection(openExport(join(broken, 'no-connections.zip')))).message).toMatch(
      /Connections\.csv was not found in this archive \(it holds messages\.csv\)/,
    );
  });
});

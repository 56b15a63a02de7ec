import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClassifierError } from '../../../src/errors.js';
import { loadPlugin } from '../../../src/classify/load-plugin.js';
import { makeConnection, makeContext, makeEvidence } from '../../helpers/factories.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const jane = makeConnection();

async function rejection(promise: Promise<unknown>): Promise<ClassifierError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClassifierError);
  return error as ClassifierError;
}

function thrown(run: () => unknown): ClassifierError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClassifierError);
    return error as ClassifierError;
  }
  throw new Error('expected a ClassifierError');
}

describe('loadPlugin', () => {
  it('loads the README example and classifies with it', async () => {
    const plugin = await loadPlugin('./fixtures/plugins/example-classifier.mjs', { cwd: root });
    expect(plugin.id).toBe('recent-contact');
    const context = makeContext({ today: '2025-06-01' });
    expect(plugin.classify(jane, makeEvidence({ messages: { received: 2, last: '2024-01-15T10:00:00Z' } }), context)).toEqual({
      label: 'known',
      reasons: [{ rule: 'recent-message', detail: '2 message(s) 1:1, the last on 2024-01-15' }],
      score: 1,
    });
    expect(plugin.classify(jane, makeEvidence({ messages: { sent: 1, last: '2023-05-31T10:00:00Z' } }), context).reasons[0]?.rule).toBe('old-message');
    expect(plugin.classify(jane, makeEvidence(), context)).toMatchObject({ label: 'stranger', reasons: [{ rule: 'no-message' }] });
  });

  it('names the failing path when the default export has the wrong shape', async () => {
    const error = await rejection(loadPlugin('./fixtures/plugins/bad-shape.mjs', { cwd: root }));
    expect(error.message).toBe('Cannot load classifier plugin ./fixtures/plugins/bad-shape.mjs: default.classify: missing: expected a function');
  });

  it('wraps an error thrown while loading, keeping the cause', async () => {
    const error = await rejection(loadPlugin('./fixtures/plugins/throws-on-load.mjs', { cwd: root }));
    expect(error.message).toBe('Cannot load classifier plugin ./fixtures/plugins/throws-on-load.mjs:2:7: missing configuration file ~/.recent-contact.json');
    expect((error.cause as Error).message).toBe('missing configuration file ~/.recent-contact.json');
  });

  it('wraps a missing file', async () => {
    const error = await rejection(loadPlugin('./fixtures/plugins/nope.mjs', { cwd: root }));
    expect(error.message).toBe('Cannot load classifier plugin ./fixtures/plugins/nope.mjs: no such file');
  });

  it('rejects an invalid verdict, naming the plugin and the contact', async () => {
    const plugin = await loadPlugin('./fixtures/plugins/bad-output.mjs', { cwd: root });
    const error = thrown(() => plugin.classify(jane, makeEvidence(), makeContext()));
    expect(error.message).toBe(
      'plugin ./fixtures/plugins/bad-output.mjs failed on "Jane Doe" (https://www.linkedin.com/in/jane-doe): ' +
        'returned an invalid verdict: label: expected one of "known", "weak-tie", "stranger", got "friend"',
    );
  });

  it('wraps a throw in classify, naming the plugin and the contact', async () => {
    const plugin = await loadPlugin('./fixtures/plugins/throws-on-classify.mjs', { cwd: root });
    const error = thrown(() => plugin.classify(jane, makeEvidence(), makeContext()));
    expect(error.message).toBe(
      'plugin ./fixtures/plugins/throws-on-classify.mjs failed on "Jane Doe" (https://www.linkedin.com/in/jane-doe): cannot read the mood of Jane (at ./fixtures/plugins/throws-on-classify.mjs:6:11)',
    );
    expect(error.cause).toMatchObject({ name: 'TypeError' });
  });

  describe('with plugins written on the fly', () => {
    let dir: string;
    const write = async (name: string, source: string): Promise<string> => {
      await writeFile(join(dir, name), source);
      return `./${name}`;
    };
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'netprune-plugin-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('names the contact by its Connections.csv line when it has no URL', async () => {
      const plugin = await loadPlugin(
        await write('no-reasons.mjs', "export default { id: 'x', description: '', classify: () => ({ label: 'known', reasons: [] }) };"),
        { cwd: dir },
      );
      const error = thrown(() => plugin.classify(makeConnection({ url: null, line: 42 }), makeEvidence(), makeContext()));
      expect(error.message).toBe(
        'plugin ./no-reasons.mjs failed on "Jane Doe" (Connections.csv:42): returned an invalid verdict: reasons: needs at least 1 item',
      );
    });

    it('rejects an asynchronous classify', async () => {
      const plugin = await loadPlugin(await write('async.mjs', "export default { id: 'x', description: '', async classify() { throw new Error('late'); } };"), {
        cwd: dir,
      });
      const error = thrown(() => plugin.classify(jane, makeEvidence(), makeContext()));
      expect(error.message).toMatch(/: classify returned a Promise; it must return the verdict directly \(not async\)$/);
    });

    it('reports every shape problem and a missing default export', async () => {
      const bad = await write('bad-fields.mjs', "export default { id: 3, classify: 'no' };");
      expect((await rejection(loadPlugin(bad, { cwd: dir }))).message).toBe(
        `Cannot load classifier plugin ${bad}: default.id: expected a string, got 3; default.description: missing: expected a string; default.classify: expected a function, got "no"`,
      );
      const none = await write('no-default.mjs', 'export const classify = () => null;');
      expect((await rejection(loadPlugin(none, { cwd: dir }))).message).toBe(`Cannot load classifier plugin ${none}: default: missing: expected an object`);
    });

    it('strips extra output and keeps the plugin object as `this`', async () => {
      const source = `export default { id: 'self', description: 'd', label: 'weak-tie',
        classify() { return { label: this.label, reasons: [{ rule: 'r', detail: 'd' }], extra: true }; } };`;
      const plugin = await loadPlugin(await write('self.mjs', source), { cwd: dir });
      expect(plugin.classify(jane, makeEvidence(), makeContext())).toEqual({ label: 'weak-tie', reasons: [{ rule: 'r', detail: 'd' }] });
    });
  });
});

/** A decisions file for the demo export, made by `netprune decide`: the first strangers removed, the first known people kept. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, netprune } from './exec.js';

const demo = fixture('demo');

/** `count` decisions, three fifths of them removals; returns the decisions file's path. */
export async function decidedDemo(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'netprune-decided-'));
  const report = JSON.parse((await netprune(['audit', demo, '--json'])).stdout) as { contacts: { url: string; label: string }[] };
  const removes = Math.ceil((count * 3) / 5);
  const urls = (label: string, n: number) =>
    report.contacts
      .filter((c) => c.label === label)
      .slice(0, n)
      .map((c) => c.url);
  await writeFile(join(dir, 'remove.txt'), urls('stranger', removes).join('\n'));
  await writeFile(join(dir, 'keep.txt'), urls('known', count - removes).join('\n'));
  const state = join(dir, 'decisions.json');
  const run = await netprune(['decide', demo, '--remove', join(dir, 'remove.txt'), '--keep', join(dir, 'keep.txt'), '--state', state]);
  if (run.code !== 0) throw new Error(run.stderr);
  return state;
}

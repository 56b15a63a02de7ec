import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/util/progress.js';

const MB = 1024 * 1024;
const sink = () => {
  const chunks: string[] = [];
  return { chunks, write: (s: string) => chunks.push(s) };
};

describe('progress while a large file is read', () => {
  it('redraws one line on a terminal, then clears it', () => {
    const out = sink();
    let t = 0;
    const progress = createProgress(out, true, 'Reading messages.csv', () => (t += 1000));
    progress.update(50 * MB, 200 * MB);
    progress.update(200 * MB, 200 * MB);
    progress.done();
    expect(out.chunks).toEqual(['\rReading messages.csv 25% (50 of 200 MB)', '\rReading messages.csv 100% (200 of 200 MB)', '\r\u001b[2K']);
  });

  it('says nothing when stderr is not a terminal', () => {
    const out = sink();
    const progress = createProgress(out, false, 'Reading', () => 0);
    progress.update(50 * MB, 200 * MB);
    progress.done();
    expect(out.chunks).toEqual([]);
  });

  it('says nothing for a small file, and does not redraw faster than needed', () => {
    const small = sink();
    createProgress(small, true, 'Reading', () => 0).update(1 * MB, 2 * MB);
    expect(small.chunks).toEqual([]);
    const out = sink();
    const progress = createProgress(out, true, 'Reading', () => 1000);
    progress.update(10 * MB, 100 * MB);
    progress.update(11 * MB, 100 * MB);
    expect(out.chunks).toHaveLength(1);
  });
});

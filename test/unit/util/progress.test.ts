import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator.js';
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
    const progress = createProgress(out, true, undefined, () => (t += 1000));
    progress.update(50 * MB, 200 * MB);
    progress.update(200 * MB, 200 * MB);
    progress.done();
    expect(out.chunks).toEqual(['\rReading messages.csv 25% (50 of 200 MB)', '\rReading messages.csv 100% (200 of 200 MB)', '\r\u001b[2K']);
  });

  it("is in the run's language", () => {
    const out = sink();
    createProgress(out, true, createTranslator('fr'), () => 1000).update(50 * MB, 200 * MB);
    expect(out.chunks).toEqual(['\rLecture de messages.csv 25\u00A0% (50 sur 200 Mo)']);
  });

  it('says nothing when stderr is not a terminal', () => {
    const out = sink();
    const progress = createProgress(out, false, undefined, () => 0);
    progress.update(50 * MB, 200 * MB);
    progress.done();
    expect(out.chunks).toEqual([]);
  });

  it('says nothing for a small file, and does not redraw faster than needed', () => {
    const small = sink();
    createProgress(small, true, undefined, () => 0).update(1 * MB, 2 * MB);
    expect(small.chunks).toEqual([]);
    const out = sink();
    const progress = createProgress(out, true, undefined, () => 1000);
    progress.update(10 * MB, 100 * MB);
    progress.update(11 * MB, 100 * MB);
    expect(out.chunks).toHaveLength(1);
  });
});

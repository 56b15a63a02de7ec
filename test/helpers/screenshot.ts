/**
 * Screenshots compared with committed references, pixel by pixel (pixelmatch), with a small
 * tolerance for anti-aliasing. `UPDATE_SCREENSHOTS=1 npx vitest run --config test/vitest.config.ts <test file>`
 * writes the references instead; look at each one before committing it. A failed comparison leaves
 * `<name>.actual.png` and `<name>.diff.png` beside the reference (ignored by git) to look at.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Per pixel: how far two colours may differ (pixelmatch's 0–1 scale) and still count as equal. */
const COLOUR_THRESHOLD = 0.1;
/** Of the whole image: how many pixels may differ, as a share. */
const PIXEL_SHARE = 0.001;

export interface Comparison {
  /** Null when the images match within the tolerance; else what differs. */
  problem: string | null;
}

export async function compareScreenshot(actual: Buffer, reference: string): Promise<Comparison> {
  const sidecars = [reference.replace(/\.png$/, '.actual.png'), reference.replace(/\.png$/, '.diff.png')] as const;
  if (process.env['UPDATE_SCREENSHOTS'] === '1') {
    await writeFile(reference, actual);
    await Promise.all(sidecars.map((path) => rm(path, { force: true })));
    return { problem: null };
  }
  if (!existsSync(reference)) return { problem: `no reference ${reference}: run the test once with UPDATE_SCREENSHOTS=1 and look at the image` };
  const want = PNG.sync.read(await readFile(reference));
  const got = PNG.sync.read(actual);
  if (want.width !== got.width || want.height !== got.height) {
    await writeFile(sidecars[0], actual);
    return { problem: `size ${got.width}×${got.height}, reference ${want.width}×${want.height} (see ${sidecars[0]})` };
  }
  const diff = new PNG({ width: want.width, height: want.height });
  const differing = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: COLOUR_THRESHOLD });
  if (differing <= want.width * want.height * PIXEL_SHARE) return { problem: null };
  await writeFile(sidecars[0], actual);
  await writeFile(sidecars[1], PNG.sync.write(diff));
  return { problem: `${differing} pixels differ from ${reference} (see ${sidecars[1]})` };
}

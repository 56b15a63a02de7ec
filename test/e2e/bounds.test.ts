/**
 * Inputs past netprune's caps are refused with one line naming the file and line, what is wrong and
 * what to do, and exit code 2: never an out-of-memory crash or minutes of CPU (issue 15).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectInputError } from '../helpers/exec.js';
import { MAX_HEADER_SEARCH_LINE } from '../../src/export/csv.js';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const ADA = 'Ada,Quill,https://www.linkedin.com/in/ada-quill,,Acme,Engineer,05 Mar 2026';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-bounds-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('caps on what is read', () => {
  it('a line over 64 KiB before the header of Connections.csv', async () => {
    const file = join(dir, 'Connections.csv');
    await writeFile(file, `Notes:\n${'x,'.repeat(MAX_HEADER_SEARCH_LINE)}\n\n${HEADER}\n${ADA}`);
    await expectInputError(['audit', file], /Connections\.csv:2: /, /a line longer than 64 KiB before any header row\. This is not a LinkedIn export file/);
  });
});

import { z } from 'zod';
import { reportSchema } from '../report/schema.js';
import type { Io } from '../util/io.js';

/** The JSON Schema of the report, generated from the zod schema that validates every report. */
export async function printSchema(io: Io): Promise<number> {
  const schema = z.toJSONSchema(reportSchema, { target: 'draft-2020-12' });
  io.stdout.write(`${JSON.stringify({ ...schema, $id: 'https://netprune.invalid/report.schema.json', title: 'netprune audit report' }, null, 2)}\n`);
  return 0;
}

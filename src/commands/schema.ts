import * as z from 'zod';
import type { SCHEMA_NAMES } from '../command-options.js';
import { decisionsFileSchema } from '../decisions/format.js';
import { ruleSetSchema } from '../classify/rule-set-schema.js';
import { configSchema } from '../config/schema.js';
import { diffReportSchema } from '../report/diff-schema.js';
import { invitationsReportSchema } from '../report/invitations-schema.js';
import { reportSchema } from '../report/schema.js';
import { suggestReportSchema } from '../report/suggest-schema.js';
import { predictReportSchema } from '../report/predict-schema.js';
import { emit } from '../report/emit/index.js';
import type { Io } from '../util/io.js';

type SchemaName = (typeof SCHEMA_NAMES)[number];

/** Each published schema: the zod schema that checks the output (or the input) before it is written (or used), and its title. */
const SCHEMAS: Record<SchemaName, { schema: z.ZodType; title: string }> = {
  audit: { schema: reportSchema, title: 'netprune audit report' },
  invitations: { schema: invitationsReportSchema, title: 'netprune invitations report' },
  suggest: { schema: suggestReportSchema, title: 'netprune suggest report' },
  diff: { schema: diffReportSchema, title: 'netprune diff report' },
  predict: { schema: predictReportSchema, title: 'netprune predict report' },
  decisions: { schema: decisionsFileSchema, title: 'netprune decisions file' },
  'rule-set': { schema: ruleSetSchema, title: 'netprune rule set' },
  config: { schema: configSchema, title: 'netprune config file' },
};

/** The JSON Schema (draft 2020-12) of one output or input, generated from the zod schema that validates it. */
function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  const { schema, title } = SCHEMAS[name];
  // `io: 'input'` describes what a file may hold, before defaults and clean-ups apply; an output is the same either way.
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: name === 'decisions' || name === 'rule-set' || name === 'config' ? 'input' : 'output',
    unrepresentable: 'any',
  });
  const id = name === 'audit' ? 'report' : name;
  return { ...json, $id: `https://netprune.invalid/${id}.schema.json`, title };
}

export async function printSchema(name: SchemaName, io: Io): Promise<number> {
  await emit(io, undefined, `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
  return 0;
}

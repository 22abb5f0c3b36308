/**
 * Writes the published JSON Schema, content/health-topic.schema.json, from the valibot schema in
 * src/content/schema.ts, so editors and other tools can validate payloads without this library.
 *
 *   npm run build:schema     write the file
 *   npm run check:schema     fail when the file is not what the schema produces (run by npm test)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  BlockSchema,
  ClinicalCodeSchema,
  ContributorSchema,
  HealthTopicSchema,
  InlineRunSchema,
  InlineTextSchema,
  ProvenanceSchema,
  ReferenceSchema,
  SectionSchema,
  SourceSchema,
} from '../src/content/schema.js';

const SCHEMA_FILE = new URL('../content/health-topic.schema.json', import.meta.url);

const { $schema, ...body } = toJsonSchema(HealthTopicSchema, {
  errorMode: 'throw',
  // Checks JSON Schema cannot express: days a month lacks ("format": "date" validators reject them
  // too), unique, unreserved section ids, and a review cycle given one way, not two. The library
  // and `npm run lint:content` apply them.
  ignoreActions: ['check', 'raw_check', 'partial_check'],
  // JSON Schema patterns are ECMA-262 regular expressions with Unicode semantics, which the "u"
  // flag asks for in JavaScript (the text rules use Unicode categories such as \p{Cf}). A string
  // held to two patterns (clean characters, and something visible) needs both, in allOf.
  overrideAction: ({ valibotAction, jsonSchema }) => {
    if (valibotAction.type !== 'regex') return undefined;
    const { source } = (valibotAction as unknown as { requirement: RegExp }).requirement;
    const { pattern, allOf, ...rest } = jsonSchema;
    const patterns = [...(allOf ?? []), ...(pattern === undefined || pattern === source ? [] : [{ pattern }])];
    return patterns.length === 0 ? { ...rest, pattern: source } : { ...rest, allOf: [...patterns, { pattern: source }] };
  },
  // Named definitions keep the published file short and readable.
  definitions: {
    InlineRun: InlineRunSchema,
    InlineText: InlineTextSchema,
    Block: BlockSchema,
    Section: SectionSchema,
    Reference: ReferenceSchema,
    Contributor: ContributorSchema,
    Provenance: ProvenanceSchema,
    Source: SourceSchema,
    ClinicalCode: ClinicalCodeSchema,
  },
});
const generated = {
  $schema,
  title: 'Health topic payload',
  description:
    'One consumer-health article in one language, as rendered by <health-topic>. Section ids must also be unique, and not "references"; give reviewIntervalMonths or nextReview, not both. Generated from src/content/schema.ts by `npm run build:schema`: do not edit by hand.',
  ...body,
};
const text = `${JSON.stringify(generated, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('content/health-topic.schema.json is out of date: run `npm run build:schema` and commit it.');
    process.exit(1);
  }
  console.log('content/health-topic.schema.json is up to date.');
} else {
  await writeFile(SCHEMA_FILE, text);
  console.log('Wrote content/health-topic.schema.json');
}

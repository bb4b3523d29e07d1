// The datasets' JSON Schemas (templates/schemas/, draft 2020-12), compiled once with ajv; a dataset that fails one is a bug.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { templateBytes } from './assets.ts';

/** The schema files, in the order they are copied to `data/schemas/`. */
export const SCHEMA_FILES = [
  'common.schema.json',
  'article.schema.json',
  'facts.schema.json',
  'discrepancies.schema.json',
  'timeline.schema.json',
  'datapackage.schema.json',
] as const;

export type SchemaFile = (typeof SCHEMA_FILES)[number];

let ajv: Ajv2020 | undefined;
const validators = new Map<SchemaFile, ValidateFunction>();

function compiler(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    for (const file of SCHEMA_FILES) ajv.addSchema(JSON.parse(schemaBytes(file).toString('utf8')), file);
  }
  return ajv;
}

export function schemaBytes(file: SchemaFile): Buffer {
  return templateBytes(`schemas/${file}`);
}

/**
 * Throws when `value` does not match `templates/schemas/<schema>`, naming the output path and
 * every failing JSON pointer, so a broken dataset is never written.
 */
export function assertMatchesSchema(value: unknown, schema: SchemaFile, outputPath: string): void {
  let validate = validators.get(schema);
  if (!validate) {
    const ajv = compiler();
    const id = (JSON.parse(schemaBytes(schema).toString('utf8')) as { $id: string }).$id;
    validate = ajv.getSchema(id) ?? ajv.getSchema(schema);
    if (!validate) throw new Error(`brief: schema ${schema} did not compile`);
    validators.set(schema, validate);
  }
  if (validate(value)) return;
  const problems = (validate.errors ?? [])
    .slice(0, 10)
    .map((error) => `  ${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
    .join('\n');
  throw new Error(`brief: ${outputPath} does not match templates/schemas/${schema} (a bug: it was not written):\n${problems}`);
}

// The datasets' JSON Schemas (templates/schemas/, draft 2020-12) as ajv validators; a dataset that fails one is a bug.
import { createHash } from 'node:crypto';
import type { ErrorObject, Options } from 'ajv/dist/2020.js';
import { templateBytes } from '../../assets.ts';
import * as precompiled from './schema-validators.ts';

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

export const AJV_OPTIONS: Options = { allErrors: true, strict: true, allowUnionTypes: true };

interface Validator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export function schemaBytes(file: SchemaFile): Buffer {
  return templateBytes(`schemas/${file}`);
}

/** A digest of every schema file: the precompiled validators are used only while it matches theirs. */
export function schemaDigest(): string {
  const hash = createHash('sha256');
  for (const file of SCHEMA_FILES) hash.update(file).update('\0').update(schemaBytes(file)).update('\0');
  return hash.digest('hex');
}

const exportName = (file: SchemaFile) => `v_${file.replace(/\.schema\.json$/, '').replace(/[^A-Za-z0-9]/g, '_')}`;

let validators: ((file: SchemaFile) => Validator) | undefined;

/**
 * Validators for the schemas as they are in templates/: the ajv standalone code the bundle carries when it is
 * current (compiling costs ~150 ms a process), else ajv compiles them here.
 */
async function validatorFor(file: SchemaFile): Promise<Validator> {
  if (!validators) {
    if (precompiled.digest === schemaDigest()) {
      const table = precompiled as unknown as Record<string, Validator>;
      validators = (name) => table[exportName(name)];
    } else {
      const { Ajv2020 } = await import('ajv/dist/2020.js');
      const ajv = new Ajv2020(AJV_OPTIONS);
      for (const name of SCHEMA_FILES) ajv.addSchema(JSON.parse(schemaBytes(name).toString('utf8')), name);
      validators = (name) => ajv.getSchema(name)!;
    }
  }
  const validate = validators(file);
  if (!validate) throw new Error(`brief: no validator for templates/schemas/${file}`);
  return validate;
}

/**
 * Throws when `value` does not match `templates/schemas/<schema>`, naming the output path and
 * the failing JSON pointers, so a broken dataset is never written.
 */
export async function assertMatchesSchema(value: unknown, schema: SchemaFile, outputPath: string): Promise<void> {
  const validate = await validatorFor(schema);
  if (validate(value)) return;
  const problems = (validate.errors ?? [])
    .slice(0, 10)
    .map((error) => `  ${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
    .join('\n');
  throw new Error(`brief: ${outputPath} does not match templates/schemas/${schema} (a bug: it was not written):\n${problems}`);
}

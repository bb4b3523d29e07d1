// The precompiled validators match templates/schemas/; UPDATE=1 regenerates them.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, generateValidators } from '../../pipeline/render/schemas-generate.ts';
import { SCHEMA_FILES, schemaBytes } from '../../pipeline/render/schemas.ts';

describe('schema-validators.generated.ts', () => {
  it('is generated from the schemas as they are (run `npx tsx pipeline/render/schemas-generate.ts` after editing one)', () => {
    const fresh = generateValidators();
    if (process.env.UPDATE) writeFileSync(GENERATED_PATH, fresh);
    expect(readFileSync(GENERATED_PATH, 'utf8') === fresh, 'stale: regenerate with UPDATE=1 or the script').toBe(true);
  });

  it('covers draft 2020-12 schemas with an $id each', () => {
    for (const file of SCHEMA_FILES) {
      const schema = JSON.parse(schemaBytes(file).toString('utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://brief.invalid/schemas/${file}`);
    }
  });
});

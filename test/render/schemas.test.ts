// The precompiled validators match templates/schemas/; UPDATE=1 regenerates them.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { GENERATED_PATH, generateValidators } from '../../pipeline/render/schemas-generate.ts';
import { SCHEMA_FILES, assertMatchesSchema, schemaBytes } from '../../pipeline/render/schemas.ts';

// As if a schema had been edited without regenerating: the build must compile the schemas itself.
vi.mock('../../pipeline/render/schema-validators.generated.ts', () => ({ digest: 'stale' }));

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

describe('assertMatchesSchema with stale precompiled validators', () => {
  it('compiles the schemas with ajv and still accepts and refuses', async () => {
    const article = { name: 'x', title: 'X', language: 'en' };
    await expect(assertMatchesSchema({ article, lanes: [], events: [] }, 'timeline.schema.json', 'data/timeline.json')).resolves.toBeUndefined();
    await expect(assertMatchesSchema({ article, facts: [{ id: 'f' }] }, 'facts.schema.json', 'data/facts.json')).rejects.toThrow(
      /data\/facts\.json does not match[\s\S]*\/facts\/0 must have required property 'type'/,
    );
  });
});

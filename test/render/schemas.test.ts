// The validators the bundle carries match templates/schemas/; from the sources, ajv compiles the schemas.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { generateValidators } from '../../pipeline/render/data/schemas-generate.ts';
import { SCHEMA_FILES, assertMatchesSchema, schemaBytes, schemaDigest } from '../../pipeline/render/data/schemas.ts';

// As if a schema had been edited after bundling: the build must compile the schemas itself.
vi.mock('../../pipeline/render/data/schema-validators.ts', () => ({ digest: 'stale' }));

describe('the generated schema validators', () => {
  it('are generated for every schema, and the bundle in dist/ carries those of the schemas as they are (make rebuilds it)', () => {
    const code = generateValidators();
    expect(code).toContain(`export const digest = '${schemaDigest()}';`);
    for (const file of SCHEMA_FILES) expect(code).toContain(`export const v_${file.replace(/\.schema\.json$/, '').replace(/[^A-Za-z0-9]/g, '_')} =`);
    const bundled = readdirSync('dist').filter((f) => f.endsWith('.js')).some((f) => readFileSync(`dist/${f}`, 'utf8').includes(`digest = "${schemaDigest()}"`) || readFileSync(`dist/${f}`, 'utf8').includes(`digest = '${schemaDigest()}'`));
    expect(bundled, 'dist/ holds no validators for the current schemas: run make').toBe(true);
    // Nothing generated sits in the source tree.
    expect(readdirSync('pipeline/render').filter((f) => f.includes('generated'))).toEqual([]);
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

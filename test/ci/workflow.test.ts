// The CI workflow is checked by a maintained workflow validator (action-validator, against GitHub's schema), and for
// the behaviours issue 15 asked of it.
import { readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../.github/workflows/briefings.yml', import.meta.url), 'utf8');

describe('.github/workflows/briefings.yml', () => {
  it('is a valid GitHub Actions workflow', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });
  it('never restores a cache over committed outputs, uploads and saves even when an article fails, merges a failed shard’s siblings', () => {
    expect(source).toMatch(/- if: steps\.mode\.outputs\.committed != 'true'\n\s+uses: actions\/cache\/restore@v4/);
    expect(source.match(/- if: always\(\)\n\s+uses: actions\/upload-artifact@v4/g)?.length).toBeGreaterThanOrEqual(3);
    expect(source.match(/- if: always\(\)\n\s+uses: actions\/cache\/save@v4/g)?.length).toBe(2);
    expect(source).toMatch(/merge-shards:\n\s+needs: shard\n\s+if: always\(\)/);
  });
  it('runs for every change that can change an output', () => {
    const paths = /paths: \[([^\]]*)\]/.exec(source)![1];
    for (const p of ['sources/**', 'templates/**', 'pipeline/**', 'bin/**', 'scripts/**', 'package.json', 'package-lock.json', 'Makefile']) expect(paths).toContain(`'${p}'`);
  });
});

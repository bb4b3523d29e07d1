// The quick fuzzing pass of `make test` (about 1,000 cases in all); `make fuzz` runs the same properties 100,000 times.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTIES } from './fuzz-properties.ts';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 1000);

describe('fuzzing (fast-check)', () => {
  for (const { name, property, share } of PROPERTIES) {
    it(name, async () => {
      await fc.assert(property as fc.IAsyncPropertyWithHooks<unknown[]>, { numRuns: Math.max(10, Math.round(TOTAL * Math.max(share, 0.02))), seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined });
    }, 120_000);
  }
});

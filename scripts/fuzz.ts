// `make fuzz`: runs the fuzzing properties of test/hardening/ 100,000 times in all (FUZZ_RUNS, FUZZ_SEED to change) and prints the figures.
import fc from 'fast-check';
import { PROPERTIES } from '../test/hardening/fuzz-properties.ts';

const total = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);
const started = performance.now();
let cases = 0;
let failed = false;
console.log(`fuzz: ${total} cases, seed ${seed}`);
for (const { name, property, share } of PROPERTIES) {
  const numRuns = Math.max(10, Math.round(total * share));
  const t0 = performance.now();
  const details = await fc.check(property as fc.IAsyncPropertyWithHooks<unknown[]>, { numRuns, seed, endOnFailure: false });
  cases += details.numRuns;
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(`FAIL  ${name}: after ${details.numRuns} cases (${details.numShrinks} shrinks), ${seconds} s`);
    console.log(`      seed ${details.seed}, path ${details.counterexamplePath}`);
    console.log(`      counter-example: ${fc.stringify(details.counterexample).slice(0, 2000)}`);
    console.log(`      ${String((details.errorInstance as Error)?.stack ?? details.errorInstance).split('\n').slice(0, 8).join('\n      ')}`);
  } else {
    console.log(`ok    ${name}: ${details.numRuns} cases, ${seconds} s`);
  }
}
console.log(`fuzz: ${cases} cases in ${((performance.now() - started) / 1000).toFixed(0)} s, seed ${seed}: ${failed ? 'FAILED' : 'no failure'}`);
process.exitCode = failed ? 1 : 0;

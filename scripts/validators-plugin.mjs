// The datasets' schema validators, generated from templates/schemas/ (ajv standalone code) and put in a bundle in
// place of pipeline/render/data/schema-validators.ts: generated code never sits in the source tree. Used by
// scripts/bundle.mjs and by the benches that bundle writers of their own.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export async function generatedValidatorsPlugin() {
  const generator = new URL(`../.schemas-generate-${process.pid}.mjs`, import.meta.url);
  await build({
    entryPoints: ['pipeline/render/data/schemas-generate.ts'],
    outfile: generator.pathname,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    target: 'node20',
    logLevel: 'warning',
  });
  let validators;
  try {
    validators = (await import(pathToFileURL(generator.pathname).href)).generateValidators();
  } finally {
    rmSync(generator, { force: true });
  }
  return {
    name: 'generated-schema-validators',
    setup(b) {
      b.onLoad({ filter: /pipeline[\\/]render[\\/]data[\\/]schema-validators\.ts$/ }, () => ({ contents: validators, loader: 'ts' }));
    },
  };
}

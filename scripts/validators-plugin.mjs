// Code generated at bundle time and put in a bundle in place of a module of pipeline/: the datasets' schema
// validators (ajv standalone code from templates/schemas/, for pipeline/render/data/schema-validators.ts), brief's
// own Handlebars templates precompiled (for pipeline/compose/precompiled-templates.ts) and the language tables
// (for pipeline/languages.ts). Generated code never sits in the source tree. Used by scripts/bundle.mjs and by the benches that bundle writers of their own.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs `generate` of the TypeScript module `entry` and gives a plugin putting its output in place of `replaced`. */
async function generatedModulePlugin(name, entry, generate, replaced) {
  const generator = new URL(`../.${basename(entry, '.ts')}-${process.pid}.mjs`, import.meta.url);
  await build({
    entryPoints: [entry],
    outfile: generator.pathname,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    target: 'node20',
    logLevel: 'warning',
  });
  let contents;
  try {
    contents = (await import(pathToFileURL(generator.pathname).href))[generate]();
  } finally {
    rmSync(generator, { force: true });
  }
  return {
    name,
    setup(b) {
      b.onLoad({ filter: replaced }, () => ({ contents, loader: 'ts' }));
    },
  };
}

export function generatedValidatorsPlugin() {
  return generatedModulePlugin('generated-schema-validators', 'pipeline/render/data/schemas-generate.ts', 'generateValidators', /pipeline[\\/]render[\\/]data[\\/]schema-validators\.ts$/);
}

export function precompiledTemplatesPlugin() {
  return generatedModulePlugin('precompiled-templates', 'pipeline/compose/templates-precompile.ts', 'generateTemplates', /pipeline[\\/]compose[\\/]precompiled-templates\.ts$/);
}

export function languagesPlugin() {
  return generatedModulePlugin('languages', 'pipeline/languages-generate.ts', 'generateLanguages', /pipeline[\\/]languages\.ts$/);
}

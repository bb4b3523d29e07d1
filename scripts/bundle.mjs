// Bundles the CLI into dist/ with esbuild so that `bin/brief` starts fast; stages load lazily as split chunks.
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { generatedValidatorsPlugin } from './validators-plugin.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Chunk names carry content hashes, so each build starts from an empty folder (old chunks do not
// pile up); it is built beside dist/ and swapped in, so a running `bin/brief` never finds it half-made.
const dist = new URL('../dist', import.meta.url);
const staging = new URL(`../.dist-${process.pid}`, import.meta.url);
const previous = new URL(`../.dist-old-${process.pid}`, import.meta.url);
rmSync(staging, { recursive: true, force: true });

const generatedValidators = await generatedValidatorsPlugin();

await build({
  entryPoints: { cli: 'pipeline/cli.ts', worker: 'pipeline/worker.ts' },
  outdir: staging.pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: 'linked',
  // pdfkit and its font engine read data files next to their own modules at run time.
  external: ['pdfkit', 'fontkit', 'piscina', 'chokidar', 'fsevents', 'hyphen'],
  define: { BRIEF_VERSION: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [generatedValidators],
  logLevel: 'warning',
});

try {
  renameSync(dist, previous);
} catch {
  // no earlier build
}
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });

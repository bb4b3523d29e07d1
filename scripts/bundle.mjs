// Bundles the CLI into dist/ with esbuild so that `bin/brief` starts fast: ES modules whose stages load lazily as split
// chunks, and the same program as one script for V8's code cache (dist/brief.cjs, bin/code-cache.cjs).
import { build } from 'esbuild';
import { readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bundleCompromise } from './compromise-bundle.mjs';
import { latin1 } from './latin1.mjs';
import { generatedValidatorsPlugin, languagesPlugin, precompiledTemplatesPlugin } from './validators-plugin.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Chunk names carry content hashes, so each build starts from an empty folder (old chunks do not
// pile up); it is built beside dist/ and swapped in, so a running `bin/brief` never finds it half-made.
const dist = new URL('../dist', import.meta.url);
const staging = new URL(`../.dist-${process.pid}`, import.meta.url);
const previous = new URL(`../.dist-old-${process.pid}`, import.meta.url);
rmSync(staging, { recursive: true, force: true });

const generated = [await generatedValidatorsPlugin(), await precompiledTemplatesPlugin(), await languagesPlugin()];

// What both bundles share. pdfkit and its font engine read data files next to their own modules at run time.
const common = {
  outdir: staging.pathname,
  bundle: true,
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  // esbuild rewrites every regular expression literal with a Unicode property escape (`/^\p{N}/u`) as a
  // `new RegExp(…)` call, whatever the target, so each evaluation built a new expression object and looked its source
  // up in V8's cache (about 120 ns more a call than a literal, in hot loops of reconcile: a word's `^\p{N}` test):
  // Node 20 has the escapes, so the literals stay literals.
  supported: { 'regexp-unicode-property-escapes': true },
  external: ['pdfkit', 'fontkit', 'piscina', 'chokidar', 'fsevents', 'hyphen'],
  plugins: generated,
  logLevel: 'warning',
};
// compromise as loaded from the bundle (pipeline/reconcile/compromise.ts): dist/compromise.cjs, written below
const COMPROMISE = JSON.stringify('./compromise.cjs');
const version = JSON.stringify(pkg.version);

await build({
  ...common,
  entryPoints: { cli: 'pipeline/cli.ts', worker: 'pipeline/worker.ts' },
  splitting: true,
  format: 'esm',
  sourcemap: 'linked',
  define: { BRIEF_VERSION: version, BRIEF_COMPROMISE: COMPROMISE },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

// The same program as one CommonJS script (no chunks) that bin/code-cache.cjs compiles with vm.Script and V8's
// code cache (`make` writes dist/brief.cjs.cache): an ES module cannot be given a code cache without
// experimental flags. The file is the body of a function of the CommonJS arguments and of the file URL that
// stands in for import.meta.url; the stages still load lazily (esbuild wraps what is imported dynamically).
await build({
  ...common,
  entryPoints: { brief: 'pipeline/cached.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // the external packages are required, not imported: a vm.Script has no module loader of its own
  supported: { ...common.supported, 'dynamic-import': false },
  define: { BRIEF_VERSION: version, BRIEF_COMPROMISE: COMPROMISE, 'import.meta.url': '__briefUrl' },
  banner: { js: '(function (exports, require, module, __filename, __dirname, __briefUrl) {' },
  footer: { js: '})' },
});

// The shaping tables of brief's own faces (pipeline/typography/shaping-table-make.ts), one per font file of
// templates/fonts/, by file name: pipeline/typography/fonts.ts reads dist/shaping-tables.json the first time it shapes.
{
  const maker = new URL(`../.shaping-table-make-${process.pid}.mjs`, import.meta.url);
  await build({ entryPoints: ['pipeline/typography/shaping-table-make.ts'], outfile: maker.pathname, bundle: true, format: 'esm', platform: 'node', packages: 'external', target: 'node20', logLevel: 'warning' });
  try {
    const { makeShapingTable } = await import(pathToFileURL(maker.pathname).href);
    const fontkit = await import('fontkit');
    const fonts = new URL('../templates/fonts/', import.meta.url);
    // The fontkit the tables are made with: fonts.ts uses a table only with that very version installed.
    const fontkitVersion = JSON.parse(readFileSync(new URL('../node_modules/fontkit/package.json', import.meta.url), 'utf8')).version;
    const tables = {};
    for (const file of readdirSync(fonts).filter((f) => f.endsWith('.ttf')).sort()) {
      const path = new URL(file, fonts);
      tables[file] = { ...makeShapingTable(fontkit.create(readFileSync(path)), file, statSync(path).size), fontkit: fontkitVersion };
    }
    writeFileSync(new URL('shaping-tables.json', `${staging.href}/`), JSON.stringify(tables));
  } finally {
    rmSync(maker, { force: true });
  }
}

// compromise with its pre-tagger's model computed here (scripts/compromise-bundle.mjs): dist/compromise.cjs
await bundleCompromise(new URL('compromise.cjs', `${staging.href}/`));

// Every script V8 loads keeps its source text for as long as the program runs (lazy compiling, Function#toString), once
// in each pool worker; a text holding a single character beyond Latin-1 is kept at two bytes a character. esbuild
// escapes such characters in strings and templates but not in comments, regular expression literals or tagged
// templates, so four stage chunks and compromise's script were kept at twice their size (1.8 MB more of each
// worker's heap): they are written as escapes (scripts/latin1.mjs).
for (const file of readdirSync(staging).filter((f) => /\.c?js$/.test(f))) {
  const path = new URL(file, `${staging.href}/`);
  const text = readFileSync(path, 'utf8');
  if (/[^\0-\xff]/.test(text)) writeFileSync(path, latin1(text));
}

try {
  renameSync(dist, previous);
} catch {
  // no earlier build
}
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });

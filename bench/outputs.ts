// Times brief's XHTML + EPUB + JSON outputs of the seed article against pandoc making HTML, EPUB and JSON of the same text, side by side.
//
// brief: renderHtml + renderEpub + renderJson on the composed briefing, in this process after a
// warm-up (median of RUNS), and once cold in a fresh process that loads the bundled writers first.
// pandoc: three processes (standalone HTML, EPUB, JSON AST) on the reconciled article as Markdown.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
// @ts-expect-error: a plain ES module of the build scripts, with no types
import { generatedValidatorsPlugin } from '../scripts/validators-plugin.mjs';
import { loadArticle } from '../pipeline/article.ts';
import { composeBriefing } from '../pipeline/compose/index.ts';
import type { BuildOptions, OutputFile } from '../pipeline/model.ts';
import { reconcile } from '../pipeline/reconcile/index.ts';
import { renderEpub } from '../pipeline/render/xhtml/epub.ts';
import { renderHtml } from '../pipeline/render/xhtml/html.ts';
import { renderJson } from '../pipeline/render/data/json.ts';
import { treeToMarkdown } from '../pipeline/render/markdown/markdown.ts';

const RUNS = Number(process.env.RUNS ?? 20);
const out = new URL('./out/outputs/', import.meta.url);
mkdirSync(out, { recursive: true });
const options: BuildOptions = { paper: 'a4', formats: ['xhtml', 'epub', 'json'], buildTime: 1700000000, version: '0.1.0' };
const article = await loadArticle('sources/mongolia-russia');
const { reconciled } = reconcile(article.revisions, { name: article.name, title: article.title, language: article.language });
const briefing = composeBriefing(reconciled, options);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const write = (files: OutputFile[]) => {
  for (const file of files) {
    const path = new URL(file.path, out);
    mkdirSync(new URL('.', path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
};

// Cold: a fresh process loads the writers (bundled like dist/) and renders once.
const briefingPath = new URL('briefing.json', out);
writeFileSync(briefingPath, JSON.stringify(briefing));
const entry = new URL('cold-entry.mjs', out);
writeFileSync(
  entry,
  `const t0 = performance.now();
const { readFileSync } = await import('node:fs');
const briefing = JSON.parse(readFileSync(${JSON.stringify(briefingPath.pathname)}, 'utf8'));
const t1 = performance.now();
const [{ renderHtml }, { renderEpub }, { renderJson }] = await Promise.all([import(${JSON.stringify(new URL('../pipeline/render/xhtml/html.ts', import.meta.url).pathname)}), import(${JSON.stringify(new URL('../pipeline/render/xhtml/epub.ts', import.meta.url).pathname)}), import(${JSON.stringify(new URL('../pipeline/render/data/json.ts', import.meta.url).pathname)})]);
const options = ${JSON.stringify(options)};
await renderHtml(briefing, options); await renderEpub(briefing, options); await renderJson(briefing, options);
process.stdout.write(JSON.stringify({ total: performance.now() - t1 }));
`,
);
await build({
  entryPoints: [entry.pathname],
  outdir: new URL('cold/', out).pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // As scripts/bundle.mjs does: ajv's ESM entry, and the schema validators generated at bundle time.
  mainFields: ['module', 'main'],
  plugins: [await generatedValidatorsPlugin()],
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const coldRuns: number[] = [];
const coldWall: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const report = JSON.parse(execFileSync(process.execPath, [new URL('cold/cold-entry.js', out).pathname], { cwd: process.cwd() }).toString()) as { total: number };
  coldWall.push(performance.now() - t);
  coldRuns.push(report.total);
}

// Warm-up (a build worker is warm after its first few articles), and the outputs kept in
// bench/out/outputs/ for a look.
const WARMUP = Number(process.env.WARMUP ?? 10);
for (let i = 0; i < WARMUP; i++) write([...(await renderHtml(briefing, options)), ...(await renderEpub(briefing, options)), ...(await renderJson(briefing, options))]);

const markdown = new URL('article.md', out);
writeFileSync(markdown, treeToMarkdown(reconciled.tree));
const title = ['--metadata', `title=${reconciled.article.title}`, '--metadata', `lang=${reconciled.article.language}`];
const runPandoc = () => {
  const t = performance.now();
  execFileSync('pandoc', [markdown.pathname, '-f', 'gfm', '-s', '-o', new URL('pandoc.html', out).pathname, ...title], { stdio: 'ignore' });
  execFileSync('pandoc', [markdown.pathname, '-f', 'gfm', '-o', new URL('pandoc.epub', out).pathname, ...title], { stdio: 'ignore' });
  execFileSync('pandoc', [markdown.pathname, '-f', 'gfm', '-t', 'json', '-o', new URL('pandoc.json', out).pathname, ...title], { stdio: 'ignore' });
  return performance.now() - t;
};
let hasPandoc = true;
try {
  execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
} catch {
  hasPandoc = false;
  console.log('pandoc is not installed (apt-get install pandoc): no comparison');
}

// The tools take turns in rounds, so that a busy spell of the machine slows both alike; within a
// round each runs back to back, as a build worker goes from article to article.
const ours: number[] = [];
const parts = { html: [] as number[], epub: [] as number[], json: [] as number[] };
const pandoc: number[] = [];
const ROUND = 5;
for (let done = 0; done < RUNS; done += ROUND) {
  for (let i = 0; hasPandoc && i < Math.min(ROUND, RUNS - done) / 2; i++) pandoc.push(runPandoc());
  for (let i = 0; i < Math.min(ROUND, RUNS - done); i++) {
    const t0 = performance.now();
    await renderHtml(briefing, options);
    const t1 = performance.now();
    await renderEpub(briefing, options);
    const t2 = performance.now();
    await renderJson(briefing, options);
    const t3 = performance.now();
    ours.push(t3 - t0);
    parts.html.push(t1 - t0);
    parts.epub.push(t2 - t1);
    parts.json.push(t3 - t2);
  }
}

const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
console.log(`brief html + epub + json, warm (after ${WARMUP} builds, median of ${RUNS}): ${ms(median(ours))}  (html ${median(parts.html).toFixed(1)}, epub ${median(parts.epub).toFixed(1)}, json ${median(parts.json).toFixed(1)})`);
console.log(`brief html + epub + json, cold (fresh process, bundled writers loaded, median of 5): ${ms(median(coldRuns))}  (process wall ${median(coldWall).toFixed(0)} ms)`);
if (pandoc.length) {
  const theirs = median(pandoc);
  console.log(`pandoc -s html + epub + json (3 processes, median of ${pandoc.length}):         ${ms(theirs)}`);
  console.log(`ratio: warm ${(median(ours) / theirs).toFixed(2)}×, cold ${(median(coldRuns) / theirs).toFixed(2)}×, cold process wall ${(median(coldWall) / theirs).toFixed(2)}× (target ≤ 0.25×)`);
}

// Times brief's both-PDF build (compose + briefing.pdf + handout.pdf) of the seed article against pandoc + weasyprint, side by side.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { composeBriefing } from '../pipeline/compose/index.ts';
import { renderPdf } from '../pipeline/render/pdf/index.ts';
import { loadArticle } from '../pipeline/article.ts';
import { reconcile } from '../pipeline/reconcile/index.ts';
import type { BuildOptions } from '../pipeline/model.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
const options: BuildOptions = { paper: 'a4', formats: ['pdf'], buildTime: 1700000000, version: '0.1.0' };
const article = await loadArticle('sources/mongolia-russia');
const { reconciled } = reconcile(article.revisions, { name: article.name, title: article.title, language: article.language });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const ours: number[] = [];
let first = 0;
for (let i = 0; i < RUNS + 1; i++) {
  const t = performance.now();
  const files = await renderPdf(composeBriefing(reconciled, options), options);
  const ms = performance.now() - t;
  if (i === 0) first = ms;
  else ours.push(ms);
  for (const f of files) writeFileSync(new URL(f.path, out), f.bytes);
}

const theirs: number[] = [];
let pandoc = true;
try {
  execFileSync('pandoc', ['--version']);
} catch {
  pandoc = false;
}
if (pandoc) {
  const src = new URL('../sources/mongolia-russia/02-newer-sectioned-export.txt', import.meta.url).pathname;
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const t = performance.now();
    execFileSync('pandoc', [src, '-f', 'markdown', '-o', new URL('pandoc.pdf', out).pathname, '--pdf-engine=weasyprint', '--metadata', 'title=Mongolia–Russia relations'], { stdio: 'ignore' });
    theirs.push(performance.now() - t);
  }
}
const a = median(ours);
console.log(`brief compose + briefing.pdf + handout.pdf: first ${first.toFixed(0)} ms (cold: fonts, shaping), then median ${a.toFixed(0)} ms over ${RUNS} runs`);
if (pandoc) {
  const b = median(theirs);
  console.log(`pandoc --pdf-engine=weasyprint (one PDF):      median ${b.toFixed(0)} ms over ${theirs.length} runs`);
  console.log(`ratio warm ${(a / b).toFixed(2)}×, cold ${(first / b).toFixed(2)}× (target ≤ 0.15×)`);
} else console.log('pandoc is not installed: no comparison');

// Times brief's both-PDF build (compose + briefing.pdf + handout.pdf) of the seed article against pandoc + weasyprint, side by side.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { composeBriefing } from '../pipeline/compose/index.ts';
import { renderPdf } from '../pipeline/render/pdf/index.ts';
import { loadArticle } from '../pipeline/article.ts';
import { reconcile } from '../pipeline/reconcile/index.ts';
import type { BuildOptions } from '../pipeline/model.ts';
import { boundHeapGrowth } from '../pipeline/io.ts';

// As `brief` does (cli.ts).
boundHeapGrowth();

const RUNS = Number(process.env.RUNS ?? 15);
/** Builds before timing: a build worker is warm after its first few articles (fonts parsed, words shaped, code optimised). */
const WARMUP = Number(process.env.WARMUP ?? 10);
const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
const options: BuildOptions = { paper: 'a4', formats: ['pdf'], buildTime: 1700000000, version: '0.1.0' };
const article = await loadArticle('sources/mongolia-russia');
const { reconciled } = reconcile(article.revisions, { name: article.name, title: article.title, language: article.language });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// CPU time (user + system, every thread of the process: the GC's helpers too) moves less with the
// machine's load than wall time does, so both are reported.
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const ours: number[] = [];
const oursCpu: number[] = [];
let first = 0;
let firstCpu = 0;
async function oneBuild(): Promise<[number, number]> {
  const t = performance.now();
  const c = process.cpuUsage();
  const files = await renderPdf(composeBriefing(reconciled, options), options);
  const measured: [number, number] = [performance.now() - t, cpuMs(process.cpuUsage(c))];
  for (const f of files) writeFileSync(new URL(f.path, out), f.bytes);
  return measured;
}

const theirs: number[] = [];
const theirsCpu: number[] = [];
let pandoc = true;
try {
  execFileSync('pandoc', ['--version']);
} catch {
  pandoc = false;
}
/** pandoc + weasyprint making one PDF of the newer revision: wall and CPU time (of pandoc and the weasyprint it runs). */
function onePandoc(): [number, number] {
  const src = new URL('../sources/mongolia-russia/02-newer-sectioned-export.txt', import.meta.url).pathname;
  const t = performance.now();
  // The shell's `times` prints the CPU time of its children.
  const script = 'pandoc "$@" >/dev/null 2>&1; times';
  const args = [src, '-f', 'markdown', '-o', new URL('pandoc.pdf', out).pathname, '--pdf-engine=weasyprint', '--metadata', 'title=Mongolia–Russia relations'];
  const report = execFileSync('bash', ['-c', script, 'pandoc', ...args], { encoding: 'utf8' });
  const wall = performance.now() - t;
  const children = report.trim().split('\n').pop()!.match(/(\d+)m([\d.]+)s/g) ?? [];
  return [wall, children.reduce((a, x) => { const [, m, sec] = /(\d+)m([\d.]+)s/.exec(x)!; return a + (Number(m) * 60 + Number(sec)) * 1000; }, 0)];
}

[first, firstCpu] = await oneBuild();
for (let i = 0; i < WARMUP; i++) await oneBuild();
// Side by side: the two tools take turns in rounds, so a slow spell of the (shared) machine falls on
// both; within a round each runs back to back, as a build worker goes from article to article.
const ROUND = 5;
for (let done = 0; done < RUNS; done += ROUND) {
  const n = Math.min(ROUND, RUNS - done);
  for (let i = 0; pandoc && i < n; i++) {
    const [wall, cpu] = onePandoc();
    theirs.push(wall);
    theirsCpu.push(cpu);
  }
  for (let i = 0; i < n; i++) {
    const [wall, cpu] = await oneBuild();
    ours.push(wall);
    oursCpu.push(cpu);
  }
}
const a = median(ours);
const aCpu = median(oursCpu);
console.log('| | wall (median) | CPU (median) | runs |');
console.log('|---|---:|---:|---:|');
console.log(`| brief compose + briefing.pdf + handout.pdf, cold (fonts, shaping) | ${first.toFixed(0)} ms | ${firstCpu.toFixed(0)} ms | 1 |`);
console.log(`| brief compose + briefing.pdf + handout.pdf, warm (after ${WARMUP} builds) | ${a.toFixed(0)} ms | ${aCpu.toFixed(0)} ms | ${RUNS} |`);
if (pandoc) {
  const b = median(theirs);
  const bCpu = median(theirsCpu);
  console.log(`| pandoc --pdf-engine=weasyprint (one PDF) | ${b.toFixed(0)} ms | ${bCpu.toFixed(0)} ms | ${theirs.length} |`);
  console.log(`\nratio warm ${(a / b).toFixed(2)}× wall, ${(aCpu / bCpu).toFixed(2)}× CPU; cold ${(first / b).toFixed(2)}× wall, ${(firstCpu / bCpu).toFixed(2)}× CPU (target ≤ 0.15×)`);
} else console.log('pandoc is not installed: no comparison');

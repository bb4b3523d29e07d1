// `brief build` as a corpus build tool, side by side with pandoc: the seed cold, a generated 1,000-article corpus, rebuilds, stages.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { generateArticle, writeCorpus } from './corpus-generate.ts';

const repo = join(import.meta.dirname, '..');
const size = Number(process.env.CORPUS_SIZE ?? 1000);
// Repeats of the short runs (seed, no-op, one changed, --check); CORPUS_RUNS, since RUNS is the other benches'.
const runs = Number(process.env.CORPUS_RUNS ?? 3);
const work = join(repo, 'bench', 'out', 'corpus');
const sources = join(work, 'sources');
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000', CI: 'true', NO_COLOR: '1' };
const STAGES = ['read', 'reconcile', 'compose', 'pdf', 'xhtml', 'epub', 'json'] as const;

interface Measured {
  ms: number;
  /** User + system CPU of the brief process and its worker threads (GNU time), in ms. */
  cpuMs: number;
  peakRss: number;
  code: number | null;
  stdout: string;
}

/** Resident memory of a process and all its descendants, in bytes (worker threads are inside the process). */
function treeRss(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // the process ended between two reads
    }
  };
  visit(pid);
  return total;
}

/** Run `brief ARGS` (`program`: the copy unless said), timing it and polling the resident memory of its process tree every 25 ms. */
function measure(args: string[], program = brief, extraEnv: Record<string, string> = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // GNU time reports the CPU of the whole process (worker threads included) on its last line of stderr.
    const child = spawn('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, program, ...args], { cwd: repo, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakRss = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const poll = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 25);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
      if (code !== 0 && code !== 4) {
        const failures = stdout.startsWith('{') ? (JSON.parse(stdout) as { diagnostics: Array<{ severity: string; article: string; message: string }> }).diagnostics.filter((d) => d.severity === 'error') : [];
        process.stderr.write(`brief ${args.join(' ')} exited ${code}\n${stderr.slice(-2000)}${failures.map((d) => `${d.article}: ${d.message.slice(0, 600)}`).join('\n')}\n`);
      }
      resolve({ ms, cpuMs, peakRss, code, stdout });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function medianOf(times: number, make: (i: number) => Promise<Measured>): Promise<Measured> {
  const all: Measured[] = [];
  for (let i = 0; i < times; i++) all.push(await make(i));
  const ms = median(all.map((m) => m.ms));
  return all.find((m) => m.ms === ms)!;
}

interface Report {
  articles: Array<{ name: string; status: string; millis?: number; timings?: Record<string, number> }>;
}
const reportOf = (m: Measured) => JSON.parse(m.stdout) as Report;

/** pandoc making HTML, EPUB, JSON and a weasyprint PDF of one file, in ms. */
function pandoc(file: string, title: string): number {
  const out = join(work, 'pandoc');
  mkdirSync(out, { recursive: true });
  const common = [file, '-f', 'markdown', '--metadata', `title=${title}`];
  const started = performance.now();
  execFileSync('pandoc', [...common, '-s', '-o', join(out, 'a.html')], { stdio: 'ignore' });
  execFileSync('pandoc', [...common, '-o', join(out, 'a.epub')], { stdio: 'ignore' });
  execFileSync('pandoc', [...common, '-t', 'json', '-o', join(out, 'a.json')], { stdio: 'ignore' });
  execFileSync('pandoc', [...common, '--pdf-engine=weasyprint', '-o', join(out, 'a.pdf')], { stdio: 'ignore' });
  return performance.now() - started;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

function stageTable(label: string, reports: Report[]): string[] {
  const sums: Record<string, number> = {};
  let built = 0;
  for (const report of reports)
    for (const article of report.articles) {
      if (article.status !== 'built') continue;
      built++;
      for (const [stage, ms] of Object.entries(article.timings ?? {})) sums[stage] = (sums[stage] ?? 0) + ms;
    }
  const total = Object.values(sums).reduce((a, b) => a + b, 0);
  const rows = STAGES.map((stage) => `| ${label} | ${stage} | ${((sums[stage] ?? 0) / built).toFixed(0)} | ${(((sums[stage] ?? 0) / total) * 100).toFixed(0)}% |`);
  return [...rows, `| ${label} | **all stages** | **${(total / built).toFixed(0)}** | 100% |`];
}

/**
 * A copy of brief (bundle, templates; node_modules linked) that the runs use: the repository's dist/ is
 * deleted and rewritten whenever the bundle is rebuilt, which must not break a long bench run. The copy gets its
 * own start-up snapshot, as `make` makes one (scripts/snapshot.mjs): the repository's is refused in any other
 * folder (its .json's root), so until the twenty-seventh session every run of the copy, the rebuild of one changed
 * article among them, took the code cache's path where a user's build, from the folder where `make` ran, takes
 * the snapshot's (a changed article about 1.4 against 0.9 s wall, load 5).
 */
function briefCopy(): string {
  const copy = join(work, 'brief');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const part of ['bin', 'dist', 'templates', 'package.json', 'scripts', 'sources']) cpSync(join(repo, part), join(copy, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
  execFileSync(process.execPath, [join(copy, 'scripts', 'snapshot.mjs')], { cwd: copy, stdio: 'inherit' });
  if (!existsSync(join(copy, 'dist', 'brief.blob'))) process.stderr.write('corpus bench: no start-up snapshot for the copy; its one-article rebuilds take the code cache\'s path\n');
  return join(copy, 'bin', 'brief');
}

// ---------------------------------------------------------------------------------------------
const load = loadavg()[0];
process.stderr.write(`corpus bench: ${size} articles, ${cpus().length} cores, load ${load.toFixed(1)}\n`);
mkdirSync(work, { recursive: true });
const brief = briefCopy();
writeCorpus(sources, size);

// 1. The seed article, cold, all formats, against pandoc: built by the repository's own bin/brief, as after `make`.
// A one-article build starts from the start-up snapshot `make` writes (bin/snapshot.cjs), which is refused for
// any other folder than the one it was made in (its .json's root): from briefCopy() before it had a snapshot of its
// own the build took the code cache's path instead (about 1.0 s against 0.6 s wall, same machine). That path is
// measured too, for the record. The seed runs first, seconds after the bench starts, so a rebuilt dist/ cannot break it.
const seedOut = join(work, 'seed-out');
const seedArgs = ['build', '--sources', join(repo, 'sources'), '--out', seedOut, '--only', 'mongolia-russia', '--force', '--report', 'json'];
const seed = await medianOf(runs, () => measure(seedArgs, join(repo, 'bin', 'brief')));
const seedNoSnapshot = await medianOf(runs, () => measure(seedArgs, join(repo, 'bin', 'brief'), { BRIEF_SNAPSHOT: '0' }));
const seedFile = join(repo, 'sources', 'mongolia-russia', '02-newer-sectioned-export.txt');
const pandocSeed = median(Array.from({ length: runs }, () => pandoc(seedFile, 'Mongolia–Russia relations')));

// pandoc's per-article time on the corpus: a sample of its articles' newest revisions.
const sample = Array.from({ length: 8 }, (_, k) => Math.floor((k * size) / 8));
const pandocCorpus =
  sample
    .map((i) => {
      const { name } = generateArticle(i);
      const newest = readdirSync(join(sources, name)).filter((f) => f.endsWith('.txt')).sort().at(-1)!;
      return pandoc(join(sources, name, newest), name);
    })
    .reduce((a, b) => a + b, 0) / sample.length;

// 2. The corpus, cold, all formats, with 2 jobs and with 1.
const cold = async (jobs: number, extra: string[] = []) => {
  const out = join(work, `out-j${jobs}${extra.length ? '-shard' : ''}`);
  rmSync(out, { recursive: true, force: true });
  const m = await measure(['build', '--sources', sources, '--out', out, '--jobs', String(jobs), '--report', 'json', ...extra]);
  return { ...m, out };
};
// 1 → 2 jobs is timed on a quarter of a large corpus (both ways on the same quarter), so that the
// single-job build does not double the bench's time; SPEEDUP_SHARD=1/1 times it on the whole corpus.
const speedupShard = process.env.SPEEDUP_SHARD ?? (size >= 400 ? '1/4' : undefined);
const cold2 = await cold(2);
const cold1 = await cold(1, speedupShard ? ['--shard', speedupShard] : []);
const cold2b = speedupShard ? await cold(2, ['--shard', speedupShard]) : cold2;
const corpusBuilt = reportOf(cold2).articles.filter((a) => a.status === 'built').length;
const failed = reportOf(cold2).articles.filter((a) => a.status === 'failed').map((a) => a.name);
const speedupArticles = reportOf(cold1).articles.length;
const perArticle2 = cold2.ms / corpusBuilt;

// 3. Rebuilds of the built corpus (2 jobs' output).
const corpusArgs = ['build', '--sources', sources, '--out', cold2.out, '--jobs', '2', '--quiet'];
const noop = await medianOf(runs, () => measure(corpusArgs));
const changed = await medianOf(runs, async (i) => {
  const { name } = generateArticle((17 + i * 101) % size);
  const newest = readdirSync(join(sources, name)).filter((f) => f.endsWith('.txt')).sort().at(-1)!;
  appendFileSync(join(sources, name, newest), `\nIn 2025, a new trade office opened in the capital (bench edit ${i}).\n`);
  return measure(corpusArgs);
});
writeCorpus(sources, size);
await measure(corpusArgs);
const check = await medianOf(runs, () => measure([...corpusArgs, '--check']));

// ---------------------------------------------------------------------------------------------
const seedRatio = seed.ms / pandocSeed;
const throughputRatio = pandocCorpus / perArticle2;
const speedup = cold1.ms / cold2b.ms;
const lines = [
  `## Corpus builds (\`make bench\`, bench/corpus.ts)`,
  '',
  `${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${load.toFixed(1)} at the start; wall clock, median of ${runs} where repeated. Corpus: ${size} generated articles (bench/corpus-generate.ts: 2–3 revisions each, rendered dumps and sectioned exports, stubs to long articles, one in eight with heavy churn), ${corpusBuilt} built${failed.length ? `, ${failed.length} failed (${failed.slice(0, 5).join(', ')})` : ''}. Outputs: all formats (briefing.pdf, handout.pdf, EPUB + XHTML, web page, JSON datasets). pandoc ${execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0].split(' ')[1]}: HTML + EPUB + JSON + weasyprint PDF of the newest revision.`,
  '',
  '| measure | brief wall | brief CPU | pandoc | target (issue 18, or earlier where it sets none) | |',
  '|---|---:|---:|---:|---|---|',
  `| seed article, all formats, cold, from the start-up snapshot (\`--only mongolia-russia --force\`) | ${s(seed.ms)} | ${s(seed.cpuMs)} | ${s(pandocSeed)} | ≤ 1.0× pandoc + weasyprint | ${seedRatio.toFixed(2)}× ${verdict(seedRatio <= 1)} |`,
  `| the same without the snapshot (\`BRIEF_SNAPSHOT=0\`: the code cache) | ${s(seedNoSnapshot.ms)} | ${s(seedNoSnapshot.cpuMs)} | | | ${(seedNoSnapshot.ms / pandocSeed).toFixed(2)}× |`,
  `| corpus cold, 2 jobs: total | ${s(cold2.ms)} | ${s(cold2.cpuMs)} | ${s(pandocCorpus * size)} (est.) | | |`,
  `| corpus cold, 2 jobs: per article | ${perArticle2.toFixed(0)} ms | ${(cold2.cpuMs / corpusBuilt).toFixed(0)} ms | ${pandocCorpus.toFixed(0)} ms | ≥ 12× pandoc's throughput, CPU ≤ 190 ms | ${throughputRatio.toFixed(1)}× ${verdict(throughputRatio >= 12)}, CPU ${verdict(cold2.cpuMs / corpusBuilt <= 190)} |`,
  `| speed-up 1 → 2 jobs (${speedupArticles} articles${speedupShard ? `, shard ${speedupShard}` : ''}) | ${s(cold1.ms)} → ${s(cold2b.ms)} | ${s(cold1.cpuMs)} → ${s(cold2b.cpuMs)} | | ≥ 1.7× | ${speedup.toFixed(2)}× ${verdict(speedup >= 1.7)} |`,
  `| peak RSS, whole process tree, corpus cold 2 jobs | ${mb(cold2.peakRss)} | | | < 400 MB | ${verdict(cold2.peakRss < 400 * 2 ** 20)} |`,
  `| peak RSS, corpus cold 1 job | ${mb(cold1.peakRss)} | | | | |`,
  `| no-op rebuild of the corpus | ${s(noop.ms)} | ${s(noop.cpuMs)} | | < 0.3 s | ${verdict(noop.ms < 300)} |`,
  `| one article changed | ${s(changed.ms)} | ${s(changed.cpuMs)} | | < 0.6 s | ${verdict(changed.ms < 600)} |`,
  `| \`--check\` on the corpus | ${s(check.ms)} | ${s(check.cpuMs)} | | < 0.3 s | ${verdict(check.ms < 300 && check.code === 0)} |`,
  '',
  '### Where the time goes (ms per built article, summed over stages as timed inside the worker)',
  '',
  '| run | stage | ms / article | share |',
  '|---|---|---:|---:|',
  ...stageTable('seed, cold process', [reportOf(seed)]),
  ...stageTable(`corpus, ${corpusBuilt} articles, 2 jobs`, [reportOf(cold2)]),
  '',
  `Build-side overhead of the cold corpus run (wall × jobs − time inside articles): ${s(Math.max(0, cold2.ms * 2 - reportOf(cold2).articles.reduce((a, b) => a + (b.millis ?? 0), 0)))} of ${s(cold2.ms * 2)} worker-time.`,
  '',
];
const table = lines.join('\n');
process.stdout.write(`\n${table}\n`);

const readme = join(repo, 'bench', 'README.md');
const start = '<!-- corpus:start -->';
const end = '<!-- corpus:end -->';
const previous = existsSync(readme) ? readFileSync(readme, 'utf8') : '# Benchmarks\n\n`make bench` runs every bench/*.ts listed in the Makefile and prints its tables.\n';
const section = `${start}\n${table}${end}`;
writeFileSync(readme, previous.includes(start) ? previous.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => section) : `${previous.trimEnd()}\n\n${section}\n`);

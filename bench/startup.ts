// Start-up time of the bundled command: `bin/brief --version`, `bin/brief parse` on the seeds (target: --version < 0.25 s)
// and a cold build of the example, each command with V8's code cache (dist/brief.cjs.cache, written by `make`) and
// without it (BRIEF_CODE_CACHE=0: dist/cli.js), and the build also from the start-up snapshot (dist/brief.blob), the
// variants taking turns so that machine load falls on all alike.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
const brief = join(repo, 'bin', 'brief');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One run: wall time, and CPU time (user + system, from GNU time) which machine load does not inflate. */
function once(args: string[], env: Record<string, string>): { wall: number; cpu: number } {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, brief, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`brief ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const [user, system] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: (user + system) * 1000 };
}

const cached = existsSync(join(repo, 'dist', 'brief.cjs.cache'));
const snapshot = existsSync(join(repo, 'dist', 'brief.blob'));
type Variant = readonly [string, Record<string, string>];
const variants: Variant[] = [
  ['code cache', { BRIEF_SNAPSHOT: '0' }],
  ['plain (BRIEF_CODE_CACHE=0)', { BRIEF_CODE_CACHE: '0', BRIEF_SNAPSHOT: '0' }],
];
// a cold one-article build runs from the start-up snapshot when `make` left one (dist/brief.blob, bin/snapshot.cjs)
const withSnapshot: Variant[] = [['start-up snapshot', {}], ...variants];

/** `runs` turns of every variant; a fresh output folder for each build, so each is cold. */
function measure(args: () => string[], runs: number, which: readonly Variant[]) {
  const samples = which.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    which.forEach(([, env], v) => {
      const run = once(args(), env);
      samples[v].wall.push(run.wall);
      samples[v].cpu.push(run.cpu);
    });
  }
  return samples.map((s) => ({ median: median(s.wall), min: Math.min(...s.wall), cpu: median(s.cpu) }));
}

const out = mkdtempSync(join(tmpdir(), 'brief-startup-'));
let builds = 0;
const rows: Array<[string, () => string[], number, boolean, boolean?]> = [
  ['brief --version', () => ['--version'], 20, false],
  ['brief parse (older seed, json)', () => ['parse', join(repo, 'sources/mongolia-russia/01-older-rendered-page.txt')], 20, true],
  ['brief parse (newer seed, markdown)', () => ['parse', '--as', 'markdown', join(repo, 'sources/mongolia-russia/02-newer-sectioned-export.txt')], 20, true],
  ['brief build, the example, cold, all formats', () => ['build', '--sources', join(repo, 'sources'), '--out', join(out, String(builds++)), '--quiet'], 5, true, true],
];

console.log(`\n## Start-up (ms; median of the runs given; target: brief --version < 250 ms)\n`);
if (!cached) console.log('(no code cache in dist/: run `make` for the cached rows)\n');
if (!snapshot) console.log('(no start-up snapshot in dist/: run `make` for its row)\n');
console.log('| command | runs | wall median | wall min | CPU median |');
console.log('|---|---:|---:|---:|---:|');
try {
  for (const [label, args, runs, both, build] of rows) {
    // --version and --help take dist/cli.js whether there is a cache or not (bin/brief)
    const all = build && snapshot ? withSnapshot : variants;
    const which = both && cached ? all : all.slice(-1);
    const results = measure(args, runs, which);
    results.forEach((result, v) => {
      const name = both ? `${label}: ${which[v][0]}` : label;
      console.log(`| ${name} | ${runs} | ${result.median.toFixed(0)} | ${result.min.toFixed(0)} | ${result.cpu.toFixed(0)} |`);
    });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

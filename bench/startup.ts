// Start-up time of the bundled command: `bin/brief --version` and `bin/brief parse` on the seeds (target: --version < 0.25 s).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
const brief = join(repo, 'bin', 'brief');
const runs = 20;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Wall time, and CPU time (user + system, from GNU time) which machine load does not inflate. */
function time(args: string[]): { median: number; min: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, brief, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) throw new Error(`brief ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    const [user, system] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    cpu.push((user + system) * 1000);
  }
  return { median: median(wall), min: Math.min(...wall), cpu: median(cpu) };
}

const rows = [
  ['brief --version', ['--version']],
  ['brief parse (older seed, json)', ['parse', join(repo, 'sources/mongolia-russia/01-older-rendered-page.txt')]],
  ['brief parse (newer seed, markdown)', ['parse', '--as', 'markdown', join(repo, 'sources/mongolia-russia/02-newer-sectioned-export.txt')]],
] as const;

console.log(`\n## Start-up (${runs} runs each, ms; target: brief --version < 250 ms)\n`);
console.log('| command | wall median | wall min | CPU median |');
console.log('|---|---:|---:|---:|');
for (const [label, args] of rows) {
  const result = time([...args]);
  console.log(`| ${label} | ${result.median.toFixed(0)} | ${result.min.toFixed(0)} | ${result.cpu.toFixed(0)} |`);
}

// Start-up time of the bundled command: `bin/brief --version` and `bin/brief parse` on the seeds (target: --version < 0.25 s).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
const brief = join(repo, 'bin', 'brief');
const runs = 20;

function time(args: string[]): { median: number; min: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [brief, ...args], { stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`brief ${args.join(' ')} exited ${result.status}`);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], min: samples[0] };
}

const rows = [
  ['brief --version', ['--version']],
  ['brief parse (older seed, json)', ['parse', join(repo, 'sources/mongolia-russia/01-older-rendered-page.txt')]],
  ['brief parse (newer seed, markdown)', ['parse', '--as', 'markdown', join(repo, 'sources/mongolia-russia/02-newer-sectioned-export.txt')]],
] as const;

console.log(`\n## Start-up (${runs} runs each, wall clock, ms)\n`);
console.log('| command | median | min |');
console.log('|---|---:|---:|');
for (const [label, args] of rows) {
  const { median, min } = time([...args]);
  console.log(`| ${label} | ${median.toFixed(0)} | ${min.toFixed(0)} |`);
}

// Times `brief build --watch` from the save of a revision to all formats written again (issue 18: ≤ 0.3 s, median of 10).
//
// A copy of the example is watched; each round appends a sentence to its newer revision and waits for the
// builder's next "watching" line (printed once the rebuild has written every output). Wall time from the write.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEBOUNCE_MS } from '../pipeline/builder/watch.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'brief-watch-bench-'));
cpSync('sources', join(dir, 'sources'), { recursive: true });
const revision = join(dir, 'sources/mongolia-russia/02-newer-sectioned-export.txt');
const child = spawn('bin/brief', ['build', '--watch', '--sources', join(dir, 'sources'), '--out', join(dir, 'output'), '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
const waitFor = (pattern: RegExp, from: number, timeout = 60_000) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (pattern.test(stderr.slice(from))) return resolve();
      if (Date.now() - started > timeout) return reject(new Error(`timed out waiting for ${pattern}: ${stderr.slice(from)}`));
      setTimeout(poll, 2);
    };
    poll();
  });

await waitFor(/^watching /m, 0);
const times: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const mark = stderr.length;
  const t0 = performance.now();
  appendFileSync(revision, `\nA line added in round ${round} of the watch bench.\n`);
  await waitFor(/^watching /m, mark);
  times.push(performance.now() - t0);
  await new Promise((resolve) => setTimeout(resolve, 300));
}
child.kill('SIGINT');
rmSync(dir, { recursive: true, force: true });
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`\n## Watch (${ROUNDS} saves of one revision, all formats; target: ≤ 300 ms from the save)\n`);
console.log('| measure | ms |\n|---|---:|');
console.log(`| median | ${median.toFixed(0)} |\n| min | ${sorted[0].toFixed(0)} |\n| max | ${sorted[sorted.length - 1].toFixed(0)} |`);
console.log(`| of which the debounce (builder/watch.ts DEBOUNCE_MS) | ${DEBOUNCE_MS} |`);
console.log(median <= 300 ? '\nmeets the target' : '\ndoes not meet the target');

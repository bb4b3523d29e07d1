// Writes dist/brief.blob, the start-up snapshot of a warm build (bin/snapshot.cjs, which says what the blob holds and
// how a run finds it stale), and dist/brief.blob.json, where and from what it was made. Run by `make` after scripts/code-cache.mjs; bundling replaces dist/, blob and all. A
// failed snapshot build is reported and leaves no blob (brief then builds from the code cache); the step never fails
// `make`.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { FLAGS, inputs } = createRequire(import.meta.url)('../bin/snapshot.cjs');
const blob = join(repo, 'dist', 'brief.blob');

{
  rmSync(blob, { force: true });
  rmSync(`${blob}.json`, { force: true });
  const partial = `${blob}.${process.pid}`;
  const run = spawnSync(process.execPath, [...FLAGS, '--snapshot-blob', partial, '--build-snapshot', join(repo, 'bin', 'snapshot.cjs')], {
    encoding: 'utf8',
    env: { ...process.env, BRIEF_SNAPSHOT_SOURCES: join(repo, 'sources') },
  });
  // node warns that node:module is not verified in snapshot builders; only a failure is this step's to report
  if (run.status !== 0) {
    rmSync(partial, { force: true });
    process.stderr.write(`scripts/snapshot.mjs: the snapshot build exited ${run.status}; no start-up snapshot written (brief starts from the code cache)\n${run.stderr.slice(-2000)}\n`);
  } else {
    // where and from what it was made, for build.ts to check before it starts a run (the run checks again)
    writeFileSync(`${blob}.json`, JSON.stringify({ root: join(repo, 'bin', '..'), inputs: inputs(join(repo, 'bin', '..')) }));
    renameSync(partial, blob);
  }
}

// The code cache `make` writes (scripts/code-cache.mjs → dist/brief.cjs.cache, run by bin/code-cache.cjs): V8 accepts
// it, a build from it (its pool workers take the plain bundle) writes the same bytes as the plain bundle, and a stale, corrupt or refused cache
// is passed over silently. No timing here: bench/startup.ts measures what the cache saves.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brief, buildJson, projectCopy, repo, snapshot, workspace } from './helpers.ts';

describe('the code cache', () => {
  const project = projectCopy();
  const cache = join(project, 'dist', 'brief.cjs.cache');
  const bundle = join(project, 'dist', 'brief.cjs');
  const node = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8', env: { ...process.env, ...env } });
  /** Whether bin/code-cache.cjs would run the bundle from the cache, asked in a fresh process. */
  const usable = (env: Record<string, string> = {}) => node(['-e', `process.exit(require(${JSON.stringify(join(project, 'bin', 'code-cache.cjs'))}).load() ? 0 : 1)`], env).status === 0;
  let written: ReturnType<typeof node>;
  beforeAll(() => {
    cpSync(join(repo, 'scripts', 'code-cache.mjs'), join(project, 'scripts', 'code-cache.mjs'));
    cpSync(join(repo, 'sources'), join(project, 'sources'), { recursive: true });
    rmSync(cache, { force: true });
    written = node(['scripts/code-cache.mjs']);
  }, 120_000);

  it('is written after a warm-up build, and V8 accepts it in a fresh process', () => {
    expect([written.status, written.stderr]).toEqual([0, '']);
    expect(existsSync(cache)).toBe(true);
    expect(node(['scripts/code-cache.mjs', '--check']).status).toBe(0);
    expect(usable()).toBe(true);
    expect(usable({ BRIEF_CODE_CACHE: '0' })).toBe(false);
  });

  it('builds the same bytes as the plain bundle, in this thread and in pool workers', () => {
    const ws = workspace(['mill', 'bridge']);
    const outputs = (env: Record<string, string>, jobs: string, out: string) => {
      const run = buildJson(['--out', out, '--jobs', jobs], { cwd: ws.cwd, project, env });
      expect([run.code, run.report.articles.map((a) => a.status)]).toEqual([0, ['built', 'built']]);
      const files = snapshot(join(ws.cwd, out));
      files.delete('.brief-cache.json');
      return files;
    };
    const plain = outputs({ BRIEF_CODE_CACHE: '0' }, '1', 'plain');
    expect(outputs({}, '1', 'cached')).toEqual(plain);
    expect(outputs({}, '2', 'workers')).toEqual(plain);
    rmSync(ws.cwd, { recursive: true, force: true });
  }, 180_000);

  it('runs a build that will build in this thread from the start (bin/brief), a pool build from dist/cli.js', () => {
    const cli = join(project, 'dist', 'cli.js');
    const one = workspace(['mill']);
    const two = workspace(['mill', 'bridge']);
    renameSync(cli, `${cli}.away`);
    try {
      // with dist/cli.js gone, only what runs from the cache can build
      expect(buildJson(['--format', 'json'], { cwd: one.cwd, project }).code).toBe(0);
      expect(buildJson(['--format', 'json', '--jobs', '1'], { cwd: two.cwd, project }).code).toBe(0);
      const pool = brief(['build', '--format', 'json', '--jobs', '2', '--force'], { cwd: two.cwd, project });
      expect([pool.code, pool.stderr]).toEqual([2, 'brief: the command is not built yet; run `make` first\n']);
    } finally {
      renameSync(`${cli}.away`, cli);
      rmSync(one.cwd, { recursive: true, force: true });
      rmSync(two.cwd, { recursive: true, force: true });
    }
  }, 120_000);

  it('is passed over when the bundle changed (even keeping its length), or when the cache is corrupt', () => {
    const text = readFileSync(bundle, 'utf8');
    const data = readFileSync(cache);
    try {
      // V8 itself checks only the source's length
      writeFileSync(bundle, text.replace('"use strict";', '"use strict";'.replace('u', 'U')));
      expect(usable()).toBe(false);
      writeFileSync(bundle, text);
      expect(usable()).toBe(true);
      // a right stamp over data V8 refuses
      writeFileSync(cache, Buffer.concat([data.subarray(0, data.indexOf(10) + 1), Buffer.alloc(4096, 7)]));
      expect(usable()).toBe(false);
      writeFileSync(cache, 'not a cache');
      expect(usable()).toBe(false);
      const ws = workspace(['mill']);
      expect(buildJson(['--format', 'json'], { cwd: ws.cwd, project }).code).toBe(0);
      rmSync(ws.cwd, { recursive: true, force: true });
    } finally {
      writeFileSync(bundle, text);
      writeFileSync(cache, data);
    }
  }, 120_000);
});

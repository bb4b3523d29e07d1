// The start-up snapshot `make` writes (scripts/snapshot.mjs → dist/brief.blob, bin/snapshot.cjs): a one-article build
// runs from it and writes the same bytes as a build in this thread; a missing, stale (a template moved, the project
// moved) or refused snapshot is passed over, with the same bytes. No timing here: bench/README.md has the figures.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brief, buildJson, projectCopy, repo, snapshot, workspace } from './helpers.ts';

describe('the start-up snapshot', () => {
  const project = projectCopy();
  const blob = join(project, 'dist', 'brief.blob');
  let made: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    cpSync(join(repo, 'scripts', 'snapshot.mjs'), join(project, 'scripts', 'snapshot.mjs'));
    cpSync(join(repo, 'sources'), join(project, 'sources'), { recursive: true });
    made = spawnSync(process.execPath, ['scripts/snapshot.mjs'], { cwd: project, encoding: 'utf8' });
  }, 120_000);

  const ws = workspace(['mill']);
  let run = 0;
  /** The outputs of a forced one-article build, without the index. */
  const outputs = (env: Record<string, string> = {}) => {
    const out = `out-${run++}`;
    const result = buildJson(['--out', out, '--force'], { cwd: ws.cwd, project, env });
    expect([result.code, result.report.articles.map((a) => a.status)]).toEqual([0, ['built']]);
    const files = snapshot(join(ws.cwd, out));
    files.delete('.brief-cache.json');
    return files;
  };

  it('is written by make, and builds the bytes a build in this thread does', () => {
    expect([made.status, existsSync(blob)]).toEqual([0, true]);
    expect(outputs()).toEqual(outputs({ BRIEF_SNAPSHOT: '0' }));
  }, 120_000);

  it('is what builds: without the stages a build in this thread loads, only the snapshot can', () => {
    const dist = join(project, 'dist');
    const stages = readdirSync(dist).filter((f) => /^(reconcile|compose|pdf)-.*\.js$/.test(f));
    expect(stages.length).toBe(3);
    for (const f of stages) renameSync(join(dist, f), join(dist, `${f}.away`));
    rmSync(join(dist, 'brief.cjs.cache'));
    try {
      expect(brief(['build', '--out', 'out-stages', '--force', '--quiet'], { cwd: ws.cwd, project }).code).toBe(0);
      expect(brief(['build', '--out', 'out-stages', '--force', '--quiet'], { cwd: ws.cwd, project, env: { BRIEF_SNAPSHOT: '0' } }).code).not.toBe(0);
    } finally {
      for (const f of stages) renameSync(join(dist, `${f}.away`), join(dist, f));
    }
  }, 120_000);

  it('builds the one article changed since a build of several, with the same bytes', () => {
    const edit = (ws: ReturnType<typeof workspace>) => appendFileSync(join(ws.sources, 'bridge', '02-new.md'), '\nIt was widened in 1901.\n');
    const [several, plain] = [workspace(['mill', 'bridge', 'tower']), workspace(['mill', 'bridge', 'tower'])];
    for (const ws of [several, plain]) {
      expect(brief(['build', '--jobs', '2', '--quiet'], { cwd: ws.cwd, project }).code).toBe(0);
      edit(ws);
    }
    expect(brief(['build', '--jobs', '2', '--quiet'], { cwd: plain.cwd, project, env: { BRIEF_SNAPSHOT: '0' } }).code).toBe(0);
    // without the stages and the code cache a build in this thread loads, only the snapshot can build it
    const dist = join(project, 'dist');
    const away = readdirSync(dist).filter((f) => /^(reconcile|compose|pdf)-.*\.js$/.test(f) || f === 'brief.cjs.cache');
    for (const f of away) renameSync(join(dist, f), join(dist, `${f}.away`));
    try {
      const rebuilt = buildJson(['--jobs', '2'], { cwd: several.cwd, project });
      expect([rebuilt.code, rebuilt.report.articles.map((a) => `${a.name} ${a.status}`)]).toEqual([0, ['bridge built', 'mill unchanged', 'tower unchanged']]);
    } finally {
      for (const f of away) renameSync(join(dist, `${f}.away`), join(dist, f));
    }
    const [built, expected] = [snapshot(several.out), snapshot(plain.out)];
    for (const files of [built, expected]) files.delete('.brief-cache.json');
    expect(built).toEqual(expected);
  }, 120_000);

  // last: a template's time put back is not its time to the microsecond, and the snapshot stays stale after
  it('is passed over when stale (a template moved, the project moved) or missing, with the same bytes', () => {
    const plain = outputs({ BRIEF_SNAPSHOT: '0' });
    // a copy of the project whose blob was made for the first place
    const moved = `${project}-moved`;
    cpSync(project, moved, { recursive: true, verbatimSymlinks: true });
    try {
      const out = join(ws.cwd, 'out-moved');
      expect(brief(['build', '--out', out, '--force', '--quiet'], { cwd: ws.cwd, project: moved }).code).toBe(0);
      const files = snapshot(out);
      files.delete('.brief-cache.json');
      expect(files).toEqual(plain);
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
    const template = join(project, 'templates', 'briefing.hbs');
    const { atime, mtime } = statSync(template);
    utimesSync(template, atime, new Date(mtime.getTime() + 5000));
    try {
      expect(outputs()).toEqual(plain);
    } finally {
      utimesSync(template, atime, mtime);
    }
    renameSync(blob, `${blob}.away`);
    try {
      expect(outputs()).toEqual(plain);
    } finally {
      renameSync(`${blob}.away`, blob);
    }
  }, 240_000);
});

// `brief build --check` (CI's "did someone forget to regenerate?") and `--shard K/N` (CI matrices).
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brief, buildJson, mtimes, workspace, writeArticle } from './helpers.ts';

describe('--check', () => {
  const ws = workspace(['mill', 'bridge']);
  beforeAll(() => {
    expect(buildJson(['--format', 'json'], { cwd: ws.cwd }).code).toBe(0);
  });

  it('exits 0 and says so when every output is up to date', () => {
    const run = brief(['build', '--check', '--format', 'json'], { cwd: ws.cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('all 2 articles are up to date');
  });

  it('exits 4 listing the stale, missing and orphaned articles, and writes nothing', () => {
    appendFileSync(join(ws.sources, 'mill', '02-new.md'), '\nIt closed in 1950.\n');
    writeArticle(ws.sources, 'tower');
    mkdirSync(join(ws.out, 'gone', 'data'), { recursive: true });
    const before = mtimes(ws.out);
    const run = brief(['build', '--check', '--format', 'json'], { cwd: ws.cwd });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/stale or missing outputs \(run `brief build`\): gone, mill, tower/);
    expect(mtimes(ws.out)).toEqual(before);
    expect(existsSync(join(ws.out, 'tower'))).toBe(false);
    const json = buildJson(['--check', '--format', 'json'], { cwd: ws.cwd });
    expect(json.code).toBe(4);
    expect(json.report.exitCode).toBe(4);
    expect(json.report.articles.map((a) => [a.name, a.status])).toEqual([
      ['bridge', 'unchanged'],
      ['gone', 'stale'],
      ['mill', 'stale'],
      ['tower', 'stale'],
    ]);
  });

  it('is satisfied again after a build, and judges with the options it is given', () => {
    rmSync(join(ws.out, 'gone'), { recursive: true });
    expect(buildJson(['--format', 'json'], { cwd: ws.cwd }).code).toBe(0);
    expect(brief(['build', '--check', '--format', 'json'], { cwd: ws.cwd }).code).toBe(0);
    expect(brief(['build', '--check', '--format', 'json', '--paper', 'letter'], { cwd: ws.cwd }).code).toBe(4);
  });
});

describe('--check on outputs that came from elsewhere (a fresh checkout, a restored CI cache)', () => {
  const ws = workspace(['mill', 'bridge']);
  beforeAll(() => {
    expect(buildJson(['--format', 'json'], { cwd: ws.cwd }).code).toBe(0);
  });

  it('trusts outputs whose folder times moved but whose files and bytes are the same', () => {
    cpSync(ws.out, join(ws.cwd, 'copied'), { recursive: true });
    expect(brief(['build', '--check', '--format', 'json', '--out', 'copied'], { cwd: ws.cwd }).code).toBe(0);
    const rebuilt = buildJson(['--format', 'json', '--out', 'copied'], { cwd: ws.cwd });
    expect(rebuilt.report.articles.map((a) => a.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('finds a truncated output stale in such a copy', () => {
    cpSync(ws.out, join(ws.cwd, 'copied-2'), { recursive: true });
    truncateSync(join(ws.cwd, 'copied-2', 'mill', 'data', 'facts.json'), 10);
    const run = brief(['build', '--check', '--format', 'json', '--out', 'copied-2'], { cwd: ws.cwd });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/: mill$/m);
  });
});

describe('--shard K/N', () => {
  const names = Array.from({ length: 23 }, (_, i) => `article-${String(i).padStart(2, '0')}`);
  const ws = workspace(names);
  const shardOf = (shard: string) =>
    buildJson(['--check', '--shard', shard], { cwd: ws.cwd })
      .report.articles.map((a) => a.name);

  it('splits the corpus into disjoint slices whose union is the whole corpus', () => {
    for (const count of [1, 2, 3, 5]) {
      const slices = Array.from({ length: count }, (_, k) => shardOf(`${k + 1}/${count}`));
      const all = slices.flat();
      expect(new Set(all).size).toBe(all.length);
      expect([...all].sort()).toEqual(names);
      if (count > 1) for (const slice of slices) expect(slice.length).toBeLessThan(names.length);
    }
  });

  it('gives the same slice on every run, and adding an article moves no other', () => {
    const before = shardOf('2/3');
    expect(shardOf('2/3')).toEqual(before);
    writeArticle(ws.sources, 'article-99');
    expect(shardOf('2/3').filter((n) => n !== 'article-99')).toEqual(before);
  });

  it('builds only its slice', () => {
    const slice = shardOf('1/3');
    const run = buildJson(['--format', 'json', '--shard', '1/3'], { cwd: ws.cwd });
    expect(run.code).toBe(0);
    expect(run.report.articles.map((a) => a.name)).toEqual(slice);
    expect(run.report.articles.every((a) => a.status === 'built')).toBe(true);
    for (const name of names) expect([name, existsSync(join(ws.out, name))]).toEqual([name, slice.includes(name)]);
  });

  it('refuses a malformed shard with a usage error', () => {
    for (const bad of ['0/3', '4/3', '1/0', 'x', '1/2/3']) {
      const run = brief(['build', '--check', '--shard', bad], { cwd: ws.cwd });
      expect([bad, run.code]).toEqual([bad, 2]);
      expect(run.stderr).toContain('--shard takes K/N');
    }
  });
});

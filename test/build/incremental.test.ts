// `brief build` skips unchanged articles and rebuilds exactly those whose digest inputs changed.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brief, buildJson, mtimes, projectCopy, workspace } from './helpers.ts';

const JSON_ONLY = ['--format', 'json'];

describe('incremental builds', () => {
  const ws = workspace(['mill', 'bridge', 'tower']);
  const run = (...args: string[]) => buildJson([...JSON_ONLY, ...args], { cwd: ws.cwd });
  let first: ReturnType<typeof run>;
  beforeAll(() => {
    first = run();
  });

  it('builds every article the first time, then skips them all and leaves every file as it was', () => {
    expect(first.code).toBe(0);
    expect(first.report.articles.map((a) => [a.name, a.status])).toEqual([
      ['bridge', 'built'],
      ['mill', 'built'],
      ['tower', 'built'],
    ]);
    const before = mtimes(ws.out);
    const again = run();
    expect(again.code).toBe(0);
    expect(again.report.articles.every((a) => a.status === 'unchanged')).toBe(true);
    expect(mtimes(ws.out)).toEqual(before);
  });

  it('rebuilds only the article whose revision changed', () => {
    appendFileSync(join(ws.sources, 'mill', '02-new.md'), '\nIt was restored in 1990.\n');
    const after = run();
    expect(after.code).toBe(0);
    expect(after.report.articles.map((a) => [a.name, a.status])).toEqual([
      ['bridge', 'unchanged'],
      ['mill', 'built'],
      ['tower', 'unchanged'],
    ]);
  });

  it('does not rebuild when a revision is touched but its bytes are the same', () => {
    const path = join(ws.sources, 'tower', '01-old.md');
    writeFileSync(path, readFileSync(path));
    expect(run().report.articles.every((a) => a.status === 'unchanged')).toBe(true);
  });

  it('rebuilds when a manifest is added, and when it changes', () => {
    const manifest = (label: string) =>
      `${JSON.stringify({ title: 'The bridge', revisions: [{ file: '01-old.md', label }, { file: '02-new.md', label: 'Newer' }] })}\n`;
    writeFileSync(join(ws.sources, 'bridge', 'article.json'), manifest('Older'));
    expect(run().status('bridge')).toBe('built');
    writeFileSync(join(ws.sources, 'bridge', 'article.json'), manifest('Oldest'));
    const after = run();
    expect(after.status('bridge')).toBe('built');
    expect(after.status('mill')).toBe('unchanged');
    expect(readFileSync(join(ws.out, 'bridge', 'data', 'article.json'), 'utf8')).toContain('Oldest');
  });

  it('rebuilds when a decisions file appears, and when a decision changes', () => {
    writeFileSync(join(ws.sources, 'tower', 'decisions.json'), '{}\n');
    const after = run();
    expect(after.status('tower')).toBe('built');
    expect(after.status('mill')).toBe('unchanged');
    const discrepancies = () => JSON.parse(readFileSync(join(ws.out, 'tower', 'data', 'discrepancies.json'), 'utf8'));
    const conflict = (discrepancies().discrepancies as Array<{ id: string; kind: string }>).find((d) => d.kind === 'fact-conflict')?.id;
    expect(conflict).toBeTruthy();
    writeFileSync(join(ws.sources, 'tower', 'decisions.json'), `${JSON.stringify({ [conflict!]: { action: 'keep-older', note: 'checked' } })}\n`);
    const pinned = run();
    expect(pinned.status('tower')).toBe('built');
    expect(JSON.stringify(discrepancies())).toContain('editor-older');
  });

  it('rebuilds everything when an option that shapes the outputs changes (--paper)', () => {
    expect(run('--paper', 'letter').report.articles.every((a) => a.status === 'built')).toBe(true);
    expect(run('--paper', 'letter').report.articles.every((a) => a.status === 'unchanged')).toBe(true);
  });

  it('rebuilds when SOURCE_DATE_EPOCH changes, since dates stamped in outputs follow it', () => {
    const later = buildJson(JSON_ONLY.concat('--paper', 'letter', '--only', 'mill'), { cwd: ws.cwd, env: { SOURCE_DATE_EPOCH: '1800000000' } });
    expect(later.status('mill')).toBe('built');
  });

  it('rebuilds with --force even when nothing changed', () => {
    const forced = run('--paper', 'letter', '--force', '--only', 'bridge', 'tower');
    expect(forced.report.articles.map((a) => [a.name, a.status])).toEqual([
      ['bridge', 'built'],
      ['tower', 'built'],
    ]);
  });

  it('rebuilds an article whose outputs were deleted by hand', () => {
    run();
    rmSync(join(ws.out, 'mill', 'data', 'facts.json'));
    const after = run();
    expect(after.status('mill')).toBe('built');
    expect(after.status('bridge')).toBe('unchanged');
    expect(readFileSync(join(ws.out, 'mill', 'data', 'facts.json'), 'utf8')).toContain('"facts"');
  });

  it('keeps the stamps of the sources under the spelling of the last build only (absolute, then relative)', () => {
    expect(buildJson([...JSON_ONLY, '--sources', ws.sources], { cwd: ws.cwd }).report.articles.every((a) => a.status === 'unchanged')).toBe(true);
    expect(run().report.articles.every((a) => a.status === 'unchanged')).toBe(true);
    const files = Object.keys((JSON.parse(readFileSync(join(ws.out, '.brief-cache.json'), 'utf8')) as { files: Record<string, unknown> }).files);
    expect(files.filter((path) => path.startsWith(ws.sources))).toEqual([]);
    expect(files.filter((path) => path.startsWith('sources/')).length).toBeGreaterThan(0);
  });
});

describe('digest inputs that belong to brief itself', () => {
  const project = projectCopy();
  const ws = workspace(['mill', 'bridge']);
  const run = () => buildJson(JSON_ONLY, { cwd: ws.cwd, project });
  beforeAll(() => {
    expect(run().code).toBe(0);
  });

  it('rebuilds every article when a template file changes; outputs whose bytes are the same keep their mtime', () => {
    const before = mtimes(ws.out);
    appendFileSync(join(project, 'templates', 'epub', 'web.css'), '\n/* a change that JSON outputs do not show */\n');
    const after = run();
    expect(after.report.articles.map((a) => a.status)).toEqual(['built', 'built']);
    const now = mtimes(ws.out);
    for (const [path, mtime] of before) if (path !== '.brief-cache.json') expect([path, now.get(path)]).toEqual([path, mtime]);
    expect(run().report.articles.map((a) => a.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('rebuilds every article when the version of brief changes', () => {
    const version = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).version as string;
    // the version is in both bundles: dist/cli.js and the code-cached dist/brief.cjs (whose cache is then stale)
    for (const bundle of ['cli.js', 'brief.cjs']) {
      const file = join(project, 'dist', bundle);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(`"${version}"`);
      writeFileSync(file, text.replace(`"${version}"`, '"99.0.0-test"'));
    }
    expect(brief(['--version'], { cwd: ws.cwd, project }).stdout.trim()).toBe('99.0.0-test');
    expect(run().report.articles.map((a) => a.status)).toEqual(['built', 'built']);
  });
});

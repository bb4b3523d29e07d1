// A bad article fails alone and keeps its last good outputs; outputs of deleted articles are removed, and said so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, buildJson, mtimes, projectCopy, snapshot, workspace } from './helpers.ts';

const JSON_ONLY = ['--format', 'json'];

describe('one failing article among good ones', () => {
  const ws = workspace(['mill', 'bridge', 'tower']);
  beforeAll(() => {
    expect(buildJson(JSON_ONLY, { cwd: ws.cwd }).code).toBe(0);
  });

  it('builds the others, exits 2 naming the file, and leaves the failed article’s old outputs untouched', () => {
    const kept = snapshot(join(ws.out, 'bridge'));
    const keptTimes = mtimes(join(ws.out, 'bridge'));
    writeFileSync(join(ws.sources, 'bridge', '02-new.md'), '   \n\n');
    writeFileSync(join(ws.sources, 'mill', '02-new.md'), '# Mill\n\nThe mill was built in 1830 by the river.\n\nIt grinds oats.\n');
    const run = buildJson([...JSON_ONLY, '--jobs', '2'], { cwd: ws.cwd });
    expect(run.code).toBe(2);
    expect(run.report.exitCode).toBe(2);
    expect(run.report.articles.map((a) => [a.name, a.status])).toEqual([
      ['bridge', 'failed'],
      ['mill', 'built'],
      ['tower', 'unchanged'],
    ]);
    const errors = run.report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ article: 'bridge', rule: 'empty-file', line: 1 });
    expect(errors[0].file).toMatch(/bridge[/\\]02-new\.md$/);
    expect(snapshot(join(ws.out, 'bridge'))).toEqual(kept);
    expect(mtimes(join(ws.out, 'bridge'))).toEqual(keptTimes);
    expect(readFileSync(join(ws.out, 'mill', 'data', 'facts.json'), 'utf8')).toContain('1830');
  });

  it('prints the error for people as file:line:col: error: … [rule] and tries the article again next time', () => {
    const run = brief(['build', ...JSON_ONLY], { cwd: ws.cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bridge[/\\]02-new\.md:1:1: error: .*\[empty-file\]/);
    expect(run.stderr).toMatch(/^bridge: failed$/m);
    expect(brief(['build', '--check', ...JSON_ONLY], { cwd: ws.cwd }).code).toBe(4);
    writeFileSync(join(ws.sources, 'bridge', '02-new.md'), '# Bridge\n\nThe bridge was built in 1824 by the river.\n');
    const fixed = buildJson(JSON_ONLY, { cwd: ws.cwd });
    expect(fixed.code).toBe(0);
    expect(fixed.status('bridge')).toBe('built');
    expect(fixed.status('mill')).toBe('unchanged');
  });
});

describe('an output that cannot be written', () => {
  const ws = workspace(['mill', 'bridge', 'tower']);

  it.each([['2'], ['1']])('fails that article alone with jobs %s, naming the path and the remedy, and builds the rest', (jobs) => {
    rmSync(ws.out, { recursive: true, force: true });
    // A file where the article's data/ folder belongs: the file system refuses every write under it.
    mkdirSync(join(ws.out, 'bridge'), { recursive: true });
    writeFileSync(join(ws.out, 'bridge', 'data'), 'in the way\n');
    const run = buildJson([...JSON_ONLY, '--jobs', jobs], { cwd: ws.cwd });
    expect(run.code).toBe(2);
    expect(run.report.articles.map((a) => [a.name, a.status])).toEqual([
      ['bridge', 'failed'],
      ['mill', 'built'],
      ['tower', 'built'],
    ]);
    const errors = run.report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ article: 'bridge', rule: 'cannot-write', line: 1 });
    expect(errors[0].file).toMatch(/bridge[/\\]data[/\\]/);
    expect(errors[0].message).toMatch(/not a directory \(ENOTDIR\).*holds no file where a folder belongs/);
    expect(errors[0].message).not.toMatch(/^\s+at /m);
    // Not recorded as built: once the way is clear, the next build makes it.
    rmSync(join(ws.out, 'bridge', 'data'));
    const again = buildJson(JSON_ONLY, { cwd: ws.cwd });
    expect(again.code).toBe(0);
    expect(again.status('bridge')).toBe('built');
    expect(again.status('mill')).toBe('unchanged');
    expect(readFileSync(join(ws.out, 'bridge', 'data', 'facts.json'), 'utf8')).toContain('"facts"');
  });
});

// A full disk, on a tiny tmpfs: only where this process may mount one (root with CAP_SYS_ADMIN, as in CI).
const tiny = mkdtempSync(join(tmpdir(), 'brief-full-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', tiny]).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', [tiny]);
  rmSync(tiny, { recursive: true, force: true });
});

describe.skipIf(!mounted)('a full disk', () => {
  const ws = workspace(['mill', 'bridge']);

  it('fails the articles it stops, naming the file, and leaves no half-written or temporary file', () => {
    const out = join(tiny, 'out');
    const run = buildJson([...JSON_ONLY, '--out', out], { cwd: ws.cwd });
    expect(run.code).toBe(2);
    const errors = run.report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.rule).toBe('cannot-write');
      expect(error.message).toMatch(/no space left on device \(ENOSPC\)/);
      expect(error.file.startsWith(out)).toBe(true);
    }
    const left = readdirSync(tiny, { recursive: true }).map(String);
    expect(left.filter((path) => path.endsWith('.brief-tmp'))).toEqual([]);
  });
});

describe('articles removed from the sources', () => {
  const ws = workspace(['mill', 'bridge']);
  beforeAll(() => {
    expect(buildJson(JSON_ONLY, { cwd: ws.cwd }).code).toBe(0);
  });

  it('have their outputs removed, reported, and dropped from the cache index', () => {
    rmSync(join(ws.sources, 'bridge'), { recursive: true });
    const run = brief(['build', ...JSON_ONLY], { cwd: ws.cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('bridge: removed its outputs (the article is gone from the sources)');
    expect(existsSync(join(ws.out, 'bridge'))).toBe(false);
    expect(existsSync(join(ws.out, 'mill', 'data', 'facts.json'))).toBe(true);
    const index = JSON.parse(readFileSync(join(ws.out, '.brief-cache.json'), 'utf8'));
    expect(Object.keys(index.articles)).toEqual(['mill']);
    expect(Object.keys(index.files).some((path) => path.includes('bridge'))).toBe(false);
    const again = buildJson(JSON_ONLY, { cwd: ws.cwd });
    expect(again.report.articles).toEqual([{ name: 'mill', status: 'unchanged' }]);
  });

  it('leave alone a folder in the output that brief did not make', () => {
    const foreign = join(ws.out, 'notes');
    rmSync(foreign, { recursive: true, force: true });
    writeFileSync(join(ws.out, 'README.txt'), 'mine\n');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'todo.txt'), 'mine\n');
    const run = buildJson(JSON_ONLY, { cwd: ws.cwd });
    expect(run.code).toBe(0);
    expect(readFileSync(join(foreign, 'todo.txt'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(ws.out, 'README.txt'), 'utf8')).toBe('mine\n');
  });
});

describe('a slip of --sources loses nothing', () => {
  it('refuses an article folder given as the sources folder, naming the remedy, and keeps every output', () => {
    const { cwd } = workspace(['mill', 'barn']);
    expect(brief(['build', '--sources', 'sources', '--out', 'output'], { cwd }).code).toBe(0);
    const before = snapshot(join(cwd, 'output'));
    const slip = brief(['build', '--sources', 'sources/mill', '--out', 'output'], { cwd });
    expect(slip.code).toBe(2);
    expect(slip.stderr).toContain('sources/mill:1:1: error:');
    expect(slip.stderr).toContain('brief build --sources sources --only mill');
    expect(snapshot(join(cwd, 'output'))).toEqual(before);
  });
  it('refuses a sources folder with no article while outputs exist, and keeps them', () => {
    const { cwd } = workspace(['mill']);
    expect(brief(['build', '--sources', 'sources', '--out', 'output'], { cwd }).code).toBe(0);
    const before = snapshot(join(cwd, 'output'));
    mkdirSync(join(cwd, 'empty'));
    const slip = brief(['build', '--sources', 'empty', '--out', 'output'], { cwd });
    expect(slip.code).toBe(2);
    expect(slip.stderr).toContain('[no-articles]');
    expect(snapshot(join(cwd, 'output'))).toEqual(before);
  });
});

describe('a mistake in a template or the labels', () => {
  const withTemplate = (edit: (project: string) => void) => {
    const project = projectCopy();
    edit(project);
    const { cwd } = workspace(['mill', 'barn']);
    return brief(['build', '--sources', 'sources', '--out', 'output'], { cwd, project });
  };
  it('names the template and the field, exit 2, no stack trace', () => {
    const run = withTemplate((project) => {
      const file = join(project, 'templates', 'partials', 'colophon.hbs');
      writeFileSync(file, readFileSync(file, 'utf8').replace('{{labels.parts.colophon}}', '{{labels.parts.colophon}} {{titel}}'));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^templates\/partials\/colophon\.hbs:2:\d+: error: unknown field `titel`.*\[template\]$/m);
    expect(run.stderr.match(/unknown field `titel`/g)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain('internal error');
  });
  it('names the partial where a block is left open', () => {
    const run = withTemplate((project) => {
      const file = join(project, 'templates', 'partials', 'cover.hbs');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n{{#if title}}open`);
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^templates\/partials\/cover\.hbs:\d+:\d+: error: .*\[template\]$/m);
  });
  it('names the template line of an image it names that is not in templates/', () => {
    const run = withTemplate((project) => {
      const file = join(project, 'templates', 'partials', 'colophon.hbs');
      writeFileSync(file, readFileSync(file, 'utf8').replace('{{labels.parts.colophon}}', '{{labels.parts.colophon}} <img src="seal.png" alt="Seal">'));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^templates\/partials\/colophon\.hbs:2:\d+: error: image `seal\.png` is not in templates\/.*\[template\]$/m);
    expect(run.stderr).not.toContain('internal error');
  });
  it('names a stylesheet the templates need when it is missing', () => {
    const run = withTemplate((project) => rmSync(join(project, 'templates', 'epub', 'web.css')));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^templates\/epub\/web\.css:1:1: error: templates\/epub\/web\.css is missing.*\[template\]$/m);
    expect(run.stderr).not.toContain('internal error');
  });
  it('names labels.json when it is not JSON', () => {
    const run = withTemplate((project) => writeFileSync(join(project, 'templates', 'labels.json'), '{ "parts": '));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/templates\/labels\.json.*\[template\]/);
    expect(run.stderr).not.toContain('internal error');
  });
});

describe('outputs and the sources folder they came from', () => {
  it('are never removed because a build was pointed at another sources folder', () => {
    const { cwd } = workspace(['mill', 'barn']);
    expect(brief(['build', '--sources', 'sources', '--out', 'output'], { cwd }).code).toBe(0);
    const before = snapshot(join(cwd, 'output'));
    const other = join(cwd, 'other');
    mkdirSync(join(other, 'kiln'), { recursive: true });
    for (const f of readdirSync(join(cwd, 'sources', 'mill'))) writeFileSync(join(other, 'kiln', f), readFileSync(join(cwd, 'sources', 'mill', f)));
    const run = brief(['build', '--sources', 'other', '--out', 'output'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('removed its outputs');
    for (const [path, bytes] of before) if (!path.startsWith('.brief')) expect(snapshot(join(cwd, 'output')).get(path)).toEqual(bytes);
  });
});

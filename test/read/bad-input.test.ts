// Bad input through the real command: a message naming file:line:col and the remedy, exit 2, never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../pipeline/article.ts';

const repo = join(import.meta.dirname, '..', '..');
const brief = join(repo, 'bin', 'brief');
const work = mkdtempSync(join(tmpdir(), 'brief-bad-'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [brief, ...args], { encoding: 'utf8', cwd: work });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, bytes: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

describe('brief parse on bad input', () => {
  it('reports the line and column of the first byte that is not UTF-8, with the iconv remedy', () => {
    const latin1 = Buffer.concat([Buffer.from('Title\n\nFirst line.\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]);
    const result = run('parse', file('latin1.txt', latin1));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/latin1\.txt:4:4: error: .*not valid UTF-8.*0xE9.*iconv -f windows-1252 -t utf-8/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an empty file and a file of white space, naming it', () => {
    expect(run('parse', file('empty.txt', ''))).toMatchObject({ code: 2, stderr: expect.stringMatching(/empty\.txt:1:1: error: the file is empty.*\[empty-file\]/) });
    expect(run('parse', file('blank.txt', ' \n\t\n'))).toMatchObject({ code: 2, stderr: expect.stringMatching(/blank\.txt:1:1: .*only whitespace/) });
  });

  it('refuses a file with a title and no body', () => {
    const sectioned = run('parse', file('title-only.txt', '= Lonely title =\n\n'));
    expect(sectioned.code).toBe(2);
    expect(sectioned.stderr).toMatch(/title-only\.txt:1:1: error: the file has a title \("Lonely title"\) but no body text.*\[no-body\]/);
    expect(run('parse', file('title-only-rendered.txt', 'Lonely title\n')).stderr).toMatch(/no body text/);
  });

  it('refuses binary content such as a PDF renamed .txt', () => {
    const result = run('parse', file('renamed.txt', '%PDF-1.7\n%\xff\xfe\n'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/renamed\.txt:1:1: error: the file holds binary content \(a PDF document\)/);
  });

  it('refuses an unknown forced format', () => {
    const result = run('parse', '--format', 'docx', file('ok.txt', 'Title\n\nBody text here.\n'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/docx/);
  });

  it('names a missing file', () => {
    const result = run('parse', 'no-such-file.txt');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no-such-file\.txt:1:1: error: cannot read `no-such-file\.txt`: no such file/);
  });

  it('exits 0 with --version and --help on every subcommand', () => {
    expect(run('--version')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    for (const command of ['parse', 'diff', 'build']) expect(run(command, '--help')).toMatchObject({ code: 0, stdout: expect.stringContaining(`brief ${command}`) });
    expect(run('frobnicate').code).toBe(2);
  });
});

describe('article folders', () => {
  it('reads a folder without a manifest: its text files by name, oldest first, title from the newest', async () => {
    const dir = folder('no-manifest');
    const article = await loadArticle(dir);
    expect(article.revisions.map((r) => [r.id, r.label, r.format])).toEqual([
      ['r1', 'a-old', 'rendered'],
      ['r2', 'b-new', 'sectioned'],
    ]);
    expect(article.title).toBe('Mongolia–Russia relations');
    expect(article.language).toBe('en');
  });

  it('reads the seed manifest', async () => {
    const article = await loadArticle(seeds);
    expect(article.revisions.map((r) => r.file.split('/').pop())).toEqual(['01-older-rendered-page.txt', '02-newer-sectioned-export.txt']);
    expect(article.title).toBe('Mongolia–Russia relations');
  });

  it('refuses a manifest with one revision, or the same file twice', async () => {
    const one = folder('one-revision', '{ "revisions": [ { "file": "a-old.txt" } ] }');
    await expect(loadArticle(one)).rejects.toMatchObject({ ruleId: 'too-few-revisions' });
    const twice = folder('twice', '{ "revisions": [\n { "file": "a-old.txt" },\n { "file": "a-old.txt" } ] }');
    await expect(loadArticle(twice)).rejects.toMatchObject({ ruleId: 'manifest-shape', line: 3, reason: expect.stringMatching(/listed twice \(first at line 2\)/) });
  });

  const seeds = join(repo, 'sources', 'mongolia-russia');

  function folder(name: string, manifest?: string): string {
    const dir = join(work, 'sources', name);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(seeds, '01-older-rendered-page.txt'), join(dir, 'a-old.txt'));
    copyFileSync(join(seeds, '02-newer-sectioned-export.txt'), join(dir, 'b-new.txt'));
    if (manifest !== undefined) writeFileSync(join(dir, 'article.json'), manifest);
    return dir;
  }

  it('names the manifest line of a JSON syntax error', () => {
    const dir = folder('broken-json', '{\n  "title": "X",\n  "revisions": [\n    { "file": "a-old.txt" }\n    { "file": "b-new.txt" }\n  ]\n}\n');
    const result = run('build', '--sources', join(dir, '..'), '--only', 'broken-json', '--out', join(work, 'out'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken-json\/article\.json:5:5: error: the file is not valid JSON: CommaExpected/);
  });

  it('names the manifest line of a revision file that does not exist', () => {
    const dir = folder('missing-revision', '{\n  "revisions": [\n    { "file": "a-old.txt" },\n    { "file": "c-gone.txt" }\n  ]\n}\n');
    const result = run('build', '--sources', join(dir, '..'), '--only', 'missing-revision', '--out', join(work, 'out'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing-revision\/article\.json:4:15: error: the manifest names `c-gone\.txt`, which does not exist/);
  });
});

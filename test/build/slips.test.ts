// Easy slips on the command line get the article or a clear message, never a cryptic refusal.
import { describe, expect, it } from 'vitest';
import { brief, buildJson, workspace } from './helpers.ts';

describe('command-line slips', () => {
  it('takes --only as an article folder, a comma list, --format with spaces, --paper in capitals', () => {
    const { cwd } = workspace(['mill', 'barn', 'kiln']);
    const run = buildJson(['--only', 'sources/mill/', '--only', 'barn,kiln', '--format', 'XHTML, json', '--paper', 'A4', '--jobs', '1'], { cwd });
    expect(run.code).toBe(0);
    expect(run.report.articles.map((a) => a.name).sort()).toEqual(['barn', 'kiln', 'mill']);
  });
  it('takes articles named after build, as --only does', () => {
    const { cwd } = workspace(['mill', 'barn']);
    const run = buildJson(['sources/barn', '--jobs', '1'], { cwd });
    expect(run.code).toBe(0);
    expect(run.report.articles.map((a) => a.name)).toEqual(['barn']);
  });
  it('prints a usage slip as the command’s own message, not as a place in a file', () => {
    const { cwd } = workspace(['mill']);
    const run = brief(['build', '--jobs', 'x'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brief: error: --jobs takes a whole number/);
    expect(run.stderr).not.toContain('<input>');
  });
  it('says a missing article folder is missing, and a folder is not a revision file', () => {
    const { cwd } = workspace(['mill']);
    const diff = brief(['diff', 'sources/nope'], { cwd });
    expect(diff.code).toBe(2);
    expect(diff.stderr).toContain('cannot read `sources/nope`: no such file or folder');
    const parse = brief(['parse', 'sources/mill'], { cwd });
    expect(parse.code).toBe(2);
    expect(parse.stderr).toContain('a folder, not a revision file');
    expect(parse.stderr).not.toContain('EISDIR');
  });
  it('refuses a paper size it does not know with a message, exit 2', () => {
    const { cwd } = workspace(['mill']);
    const run = brief(['build', '--paper', 'A5'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--paper takes a4 or letter, not `A5`');
  });
});

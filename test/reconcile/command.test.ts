// `brief diff` as a user runs it: JSON shape, decisions file, --strict and exit codes.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { diffCommand } from '../../pipeline/commands/diff.ts';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

function article(older: string, newer: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-diff-'));
  writeFileSync(join(dir, '01-old.md'), older);
  writeFileSync(join(dir, '02-new.md'), newer);
  return dir;
}
const older = '# Mill\n\nThe mill was built in 1820 by the river.\n\nIt grinds wheat.\n';
const newer = '# Mill\n\nThe mill was built in 1824 by the river.\n\nIt grinds wheat and rye.\n';

describe('brief diff', () => {
  it('prints the JSON report in the documented shape', async () => {
    const dir = article(older, newer);
    expect(await diffCommand({ paths: [join(dir, '01-old.md'), join(dir, '02-new.md')], json: true, strict: false })).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['article', 'revisions', 'discrepancies']);
    expect(report.revisions.map((r: { id: string }) => r.id)).toEqual(['r1', 'r2']);
    const conflict = report.discrepancies.find((d: { kind: string }) => d.kind === 'fact-conflict');
    expect(Object.keys(conflict)).toEqual(['id', 'kind', 'section', 'old', 'new', 'facts', 'significance', 'resolution']);
    expect(conflict.significance).toBe('major');
    expect(conflict.old).toMatchObject({ revision: 'r1', text: 'The mill was built in 1820 by the river.', line: 3 });
    expect(Object.keys(conflict.resolution)).toEqual(['policy', 'value', 'source']);
  });
  it('prints text grouped by section with file:line and marked words, without colour off a TTY', async () => {
    const dir = article(older, newer);
    await diffCommand({ paths: [dir], json: false, strict: false });
    expect(out).toContain('fact-conflict');
    expect(out).toMatch(/01-old\.md:3/);
    expect(out).toContain('[-1820-]');
    expect(out).not.toContain('\u001b[');
  });
  it('--strict exits 3 on an unresolved conflict and 0 once an editor decision is pinned', async () => {
    const dir = article(older, newer);
    expect(await diffCommand({ paths: [dir], json: true, strict: true })).toBe(3);
    expect(err).toContain('no editor decision');
    const id = JSON.parse(out).discrepancies.find((d: { kind: string }) => d.kind === 'fact-conflict').id;
    writeFileSync(join(dir, 'decisions.json'), JSON.stringify({ [id]: { action: 'keep-newer', note: 'checked' } }));
    out = '';
    expect(await diffCommand({ paths: [dir], json: true, strict: true })).toBe(0);
    expect(JSON.parse(out).discrepancies.find((d: { id: string }) => d.id === id).resolution.policy).toBe('editor-newer');
  });
  it('warns about a decision whose discrepancy is gone', async () => {
    const dir = article(older, newer);
    writeFileSync(join(dir, 'decisions.json'), JSON.stringify({ '000000000000': { action: 'keep-older' } }));
    expect(await diffCommand({ paths: [dir], json: true, strict: false })).toBe(0);
    expect(err).toMatch(/decisions\.json.*000000000000.*\[stale-decision\]/);
  });
  it('exits 2 with a message naming the file on bad input', async () => {
    expect(await diffCommand({ paths: ['/nonexistent/a.txt', '/nonexistent/b.txt'], json: false, strict: false })).toBe(2);
    expect(err).toContain('/nonexistent/a.txt');
    expect(await diffCommand({ paths: ['a', 'b', 'c'], json: false, strict: false })).toBe(2);
  });
  it('compares the seed article folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-seed-'));
    cpSync('sources/mongolia-russia', dir, { recursive: true });
    expect(await diffCommand({ paths: [dir], json: true, strict: true })).toBe(3);
    expect(JSON.parse(out).discrepancies.length).toBeGreaterThan(10);
  });
});

describe('brief diff text leads with what matters', () => {
  it('lists conflicts first, then changes of fact in full, then rewordings that change no fact one line each', async () => {
    const out: string[] = [];
    const spy = (await import('vitest')).vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    const dir = article('# T\n\nThe mill was large and busy.\n\nThe mill was built in 1820 by the river.\n\nIt grinds wheat.\n', '# T\n\nThe mill was big and busy.\n\nThe mill was built in 1824 by the river.\n\nIt grinds wheat. It closed in 1990.\n');
    await diffCommand({ paths: [dir], json: false, strict: false });
    spy.mockRestore();
    const text = out.join('');
    const at = (s: string) => text.indexOf(s);
    expect(at('Conflicts (1)')).toBeGreaterThanOrEqual(0);
    expect(at('Conflicts (1)')).toBeLessThan(at('Changes of fact (1)'));
    expect(at('Changes of fact (1)')).toBeLessThan(at('Rewordings that change no fact (1)'));
    expect(text).toMatch(/reworded [0-9a-f]{12} {2}Lead: \[-large-\] → \{\+big\+\}/);
  });
});

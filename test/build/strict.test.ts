// `--strict` judges the sources and decisions on every run, rebuilt or not, and `--check --strict` without building.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, workspace } from './helpers.ts';

describe('--strict on every run', () => {
  it('exits 3 on every build and check until the conflict is decided, listing its id and file:line; 0 after', () => {
    const { cwd } = workspace(['mill']);
    const args = ['build', '--sources', 'sources', '--out', 'output', '--strict'];
    const first = brief(args, { cwd });
    const again = brief(args, { cwd });
    const check = brief(['build', '--sources', 'sources', '--out', 'output', '--check', '--strict'], { cwd });
    for (const run of [first, again, check]) {
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/sources\/mill\/02-new\.md:3:1: error: fact-conflict ([0-9a-f]{12}) has no editor decision/);
    }
    const id = /fact-conflict ([0-9a-f]{12})/.exec(again.stderr)![1];
    const json = JSON.parse(brief([...args, '--report', 'json'], { cwd }).stdout) as { exitCode: number; diagnostics: Array<{ rule: string; message: string; line: number }> };
    expect(json.exitCode).toBe(3);
    expect(json.diagnostics.find((d) => d.rule === 'unresolved')).toMatchObject({ line: 3 });
    expect(json.diagnostics.find((d) => d.rule === 'unresolved')?.message).toContain(id);
    expect(brief(['decide', id, 'keep-older', '--sources', 'sources'], { cwd }).code).toBe(0);
    expect(brief(['build', '--sources', 'sources', '--out', 'output', '--check', '--strict'], { cwd }).code).toBe(4);
    expect(brief(args, { cwd }).code).toBe(0);
    expect(brief(args, { cwd }).code).toBe(0);
    expect(brief(['build', '--sources', 'sources', '--out', 'output', '--check', '--strict'], { cwd }).code).toBe(0);
  });

  it('repeats a stale decision warning on every run, not only when the article is rebuilt', () => {
    const { cwd, sources } = workspace(['mill']);
    writeFileSync(join(sources, 'mill', 'decisions.json'), JSON.stringify({ '000000000000': { action: 'keep-older' } }));
    const args = ['build', '--sources', 'sources', '--out', 'output'];
    for (const run of [brief(args, { cwd }), brief(args, { cwd }), brief([...args, '--check'], { cwd })]) expect(run.stderr).toMatch(/000000000000[^\n]*\[stale-decision\]/);
  });
});

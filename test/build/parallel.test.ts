// Serial and parallel builds give the same bytes with SOURCE_DATE_EPOCH; the JSON report has the documented shape.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildJson, repo, snapshot, workspace, type BuildReportJson } from './helpers.ts';

describe('parallel and serial builds, all formats', () => {
  const ws = workspace(['mill', 'bridge']);
  cpSync(join(repo, 'sources', 'mongolia-russia'), join(ws.sources, 'mongolia-russia'), { recursive: true });
  let serial: { code: number | null; report: BuildReportJson };
  let parallel: { code: number | null; report: BuildReportJson };
  // Two output folders side by side: datapackage.json points at the sources relative to its own folder.
  const parallelOut = join(ws.cwd, 'parallel');
  beforeAll(() => {
    serial = buildJson(['--jobs', '1', '--out', 'serial'], { cwd: ws.cwd });
    parallel = buildJson(['--jobs', '2', '--out', 'parallel'], { cwd: ws.cwd });
  });

  it('give byte-identical output folders (PDF, EPUB, HTML, JSON)', () => {
    expect(serial.code).toBe(0);
    expect(parallel.code).toBe(0);
    const a = snapshot(join(ws.cwd, 'serial'));
    const b = snapshot(parallelOut);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, bytes] of a) {
      if (path === '.brief-cache.json') continue; // it records when each output folder last changed
      expect([path, Buffer.compare(bytes, b.get(path)!)]).toEqual([path, 0]);
    }
    expect([...a.keys()]).toEqual(expect.arrayContaining(['mongolia-russia/briefing.pdf', 'mongolia-russia/handout.pdf', 'mongolia-russia/briefing.epub', 'mongolia-russia/briefing.html', 'mill/data/facts.json']));
  });

  it('report every article in name order whatever order they finished in', () => {
    expect(parallel.report.articles.map((a) => a.name)).toEqual(['bridge', 'mill', 'mongolia-russia']);
  });

  it('report per article: status, time, pages, outputs, discrepancy counts and per-stage timings', () => {
    const { report } = parallel;
    expect(Object.keys(report)).toEqual(['articles', 'diagnostics', 'exitCode']);
    expect(report.exitCode).toBe(0);
    const seed = report.articles.find((a) => a.name === 'mongolia-russia')!;
    expect(Object.keys(seed)).toEqual(['name', 'status', 'millis', 'pages', 'outputs', 'discrepancies', 'timings']);
    expect(seed.status).toBe('built');
    expect(seed.millis).toBeGreaterThan(0);
    expect(seed.pages).toBeGreaterThan(1);
    expect(seed.outputs).toEqual(expect.arrayContaining(['briefing.pdf', 'handout.pdf', 'briefing.epub', 'briefing.html', 'data/facts.json']));
    expect([...seed.outputs!].sort()).toEqual(seed.outputs);
    expect(seed.discrepancies!['fact-conflict']).toBeGreaterThan(0);
    expect(Object.keys(seed.timings!)).toEqual(['read', 'reconcile', 'compose', 'pdf', 'xhtml', 'epub', 'json']);
    for (const ms of Object.values(seed.timings!)) expect(ms).toBeGreaterThanOrEqual(0);
    for (const d of report.diagnostics) {
      expect(Object.keys(d).sort()).toEqual(['article', 'column', 'file', 'line', 'message', 'rule', 'severity']);
      expect(['error', 'warning']).toContain(d.severity);
    }
  });

  it('report an unchanged article by name and status only', () => {
    const again = buildJson(['--jobs', '2', '--out', parallelOut, '--only', 'mill'], { cwd: ws.cwd });
    expect(again.report).toEqual({ articles: [{ name: 'mill', status: 'unchanged' }], diagnostics: [], exitCode: 0 });
  });
});

describe('--format', () => {
  it('makes only the formats asked for', () => {
    const ws = workspace(['mill']);
    const run = buildJson(['--format', 'xhtml,json', '--jobs', '1'], { cwd: ws.cwd });
    expect(run.code).toBe(0);
    const files = [...snapshot(join(ws.out, 'mill')).keys()];
    expect(files).toContain('briefing.html');
    expect(files.some((f) => f.endsWith('.pdf') || f.endsWith('.epub'))).toBe(false);
    expect(Object.keys(run.report.articles[0].timings!)).toEqual(['read', 'reconcile', 'compose', 'xhtml', 'json']);
  });

  it('leaves the other formats’ files in place when it builds only some (nothing lost to --format pdf)', () => {
    const ws = workspace(['mill']);
    expect(buildJson(['--jobs', '1'], { cwd: ws.cwd }).code).toBe(0);
    const before = [...snapshot(join(ws.out, 'mill')).keys()];
    expect(buildJson(['--format', 'pdf', '--jobs', '1'], { cwd: ws.cwd }).code).toBe(0);
    const after = [...snapshot(join(ws.out, 'mill')).keys()];
    expect(after).toEqual(before);
    expect(after).toContain('briefing.html');
    expect(after.some((f) => f.startsWith('data/'))).toBe(true);
  });
});

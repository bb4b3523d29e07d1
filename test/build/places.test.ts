// Every `file:line` an output prints names an existing line of a source that holds the text it points at.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brief, EPOCH, repo } from './helpers.ts';

const PLACE = /((?:[\w.-]+\/)*[\w.-]+\.(?:txt|md|markdown|wiki|json)):(\d+)/g;
const plain = (s: string) => s.replace(/\[\d+\]/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

describe('file:line in every output of the example article', () => {
  let cwd: string;
  let out: string;
  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'brief-places-'));
    cpSync(join(repo, 'sources'), join(cwd, 'sources'), { recursive: true });
    expect(brief(['build', '--sources', 'sources', '--out', 'output'], { cwd, env: { SOURCE_DATE_EPOCH: EPOCH } }).code).toBe(0);
    out = join(cwd, 'output', 'mongolia-russia');
  }, 120_000);

  it('names existing, non-blank lines of existing files, in the PDF, web page, EPUB and datasets', () => {
    const texts = filesBelow(out)
      .filter((f) => /\.(?:html|xhtml|json|csv)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'));
    texts.push(execFileSync('pdftotext', [join(out, 'briefing.pdf'), '-'], { encoding: 'utf8' }).replace(/([-/])\n/g, '$1').replace(/\n/g, ' '));
    let checked = 0;
    for (const text of texts) {
      for (const m of text.matchAll(PLACE)) {
        if (m[1].endsWith('decisions.json') || m[1].startsWith('schemas/')) continue;
        // A table cell of the PDF can wrap a path after its folder: the bare name is the article's file.
        const file = m[1].includes('/') ? join(cwd, m[1]) : join(cwd, 'sources', 'mongolia-russia', m[1]);
        expect(existsSync(file), `${m[0]}: no such file`).toBe(true);
        const lines = readFileSync(file, 'utf8').split(/\r?\n/);
        const line = Number(m[2]);
        expect(line >= 1 && line <= lines.length, `${m[0]}: no such line`).toBe(true);
        expect(lines[line - 1].trim(), `${m[0]}: a blank line`).not.toBe('');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('points datapackage.json sources at the revision files, relative to data/ as Frictionless reads them', () => {
    const pkg = JSON.parse(readFileSync(join(out, 'data', 'datapackage.json'), 'utf8')) as { sources: Array<{ path: string }> };
    expect(pkg.sources.length).toBe(2);
    for (const source of pkg.sources) {
      expect(source.path.startsWith('../')).toBe(true);
      expect(existsSync(join(out, 'data', source.path)), source.path).toBe(true);
    }
  });

  it('points each side of every discrepancy at the line that holds its text', () => {
    const { discrepancies } = JSON.parse(readFileSync(join(out, 'data', 'discrepancies.json'), 'utf8')) as {
      discrepancies: Array<{ old: { file: string; line: number; text: string } | null; new: { file: string; line: number; text: string } | null }>;
    };
    for (const d of discrepancies) {
      for (const side of [d.old, d.new]) {
        if (!side) continue;
        const lines = readFileSync(join(cwd, side.file), 'utf8').split(/\r?\n/);
        const held = plain(lines.slice(side.line - 1, side.line + 2).join(' '));
        expect(held, `${side.file}:${side.line}`).toContain(plain(side.text.split('\n')[0]).slice(0, 40));
      }
    }
  });
});

// A GFM table's column alignment (`---:`) reaches every output as valid markup: a class in the web page and EPUB,
// and right-aligned figures in the PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brief } from './helpers.ts';

const TABLE = '| Year | Passengers |\n|:-----|-----------:|\n| 2019 | 1 |\n| 2020 | 1000000 |\n';

describe('a table with aligned columns', () => {
  let out: string;
  beforeAll(() => {
    const cwd = mkdtempSync(join(tmpdir(), 'brief-aligned-'));
    mkdirSync(join(cwd, 'sources', 'port'), { recursive: true });
    writeFileSync(join(cwd, 'sources', 'port', '01-old.md'), `# Port\n\nThe port opened in 1901.\n\n${TABLE}`);
    writeFileSync(join(cwd, 'sources', 'port', '02-new.md'), `# Port\n\nThe port opened in 1902.\n\n${TABLE}`);
    expect(brief(['build', '--sources', 'sources', '--out', 'output'], { cwd }).code).toBe(0);
    out = join(cwd, 'output', 'port');
  }, 120_000);

  it('carries the alignment as a class, never the align attribute XHTML refuses', () => {
    const html = readFileSync(join(out, 'briefing.html'), 'utf8');
    expect(html).toContain('class="align-right"');
    expect(html).not.toMatch(/<t[dh][^>]* align=/);
  });

  it('passes epubcheck', () => {
    if (!existsSync('/usr/share/java/epubcheck.jar')) throw new Error('epubcheck is not installed (make test installs it)');
    const report = execFileSync('java', ['-jar', '/usr/share/java/epubcheck.jar', join(out, 'briefing.epub')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(report).toMatch(/No errors or warnings detected/);
  }, 60_000);

  it('right-aligns the column in the PDF: the short figure ends where the long one does', () => {
    const bbox = execFileSync('pdftotext', ['-bbox', join(out, 'briefing.pdf'), '-'], { encoding: 'utf8' });
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x0: Number(m[1]), y: Number(m[2]), x1: Number(m[3]), text: m[4] }));
    // The figure on the same line as its year, in the briefing's table.
    const besides = (year: string, text: string) => {
      const row = words.find((w) => w.text === year && words.some((v) => v.text === text && Math.abs(v.y - w.y) < 1));
      return words.find((v) => v.text === text && row && Math.abs(v.y - row.y) < 1)!;
    };
    const oneEnd = besides('2019', '1').x1;
    const millionEnd = besides('2020', '1000000').x1;
    expect(besides('2019', '1').x0).toBeGreaterThan(besides('2020', '1000000').x0 + 10);
    expect(Math.abs(oneEnd - millionEnd)).toBeLessThan(1.5);
  });
});

describe('three revisions', () => {
  it('show a conflict’s value in each revision, oldest first, in the web page and the PDF', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'brief-three-'));
    mkdirSync(join(cwd, 'sources', 'bridge'), { recursive: true });
    writeFileSync(join(cwd, 'sources', 'bridge', '01.md'), '# Bridge\n\nThe bridge opened in 1930 to traffic.\n');
    writeFileSync(join(cwd, 'sources', 'bridge', '02.md'), '# Bridge\n\nThe bridge opened in 1932 to traffic.\n');
    writeFileSync(join(cwd, 'sources', 'bridge', '03.md'), '# Bridge\n\nThe bridge opened in 1932 to all traffic.\n');
    expect(brief(['build', '--sources', 'sources', '--out', 'output'], { cwd }).code).toBe(0);
    const html = readFileSync(join(cwd, 'output', 'bridge', 'briefing.html'), 'utf8');
    expect(html).toMatch(/<dd class="history">r1 · sources\/bridge\/01\.md:3: The bridge opened in 1930 to traffic\.<\/dd>\s*<dd class="history">r2 [^<]*<\/dd>\s*<dd class="history">r3 [^<]*all traffic\.<\/dd>/);
    const pdf = execFileSync('pdftotext', [join(cwd, 'output', 'bridge', 'briefing.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toContain('In each revision, oldest first');
    // One line a revision in print, not run together.
    expect(pdf).toMatch(/traffic\.\s*\n\s*r2 ·/);
  });
});

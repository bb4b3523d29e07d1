// With an editor decision pinned on every conflict of the example article, every output states the kept
// statement and none states the refused one as the article's claim (only "Where the sources disagree" shows both).
import { plainQuotes } from '../pdf/helpers.ts';
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brief, EPOCH, repo } from './helpers.ts';

interface Side {
  text: string;
}
interface Entry {
  id: string;
  kind: string;
  old: Side | null;
  new: Side | null;
}

// The briefing sets quotes typographically; the sources' statements have straight ones.
const flat = (s: string) => plainQuotes(s.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' '));
/** The words of a sentence, enough of them to tell it from its other version. */
const phrase = (s: string) => plainQuotes(s.replace(/\s+/g, ' ').trim());
/** A part of the web page or an EPUB document: the contents of `<section data-part="NAME">`. */
const part = (html: string, name: string) => {
  const start = html.indexOf(`data-part="${name}"`);
  if (start < 0) return '';
  const end = html.indexOf('data-part="', start + 10);
  return html.slice(start, end < 0 ? undefined : end);
};

describe('an editor decision on every conflict of the example article', () => {
  let out: string;
  let conflicts: Entry[];
  beforeAll(() => {
    const cwd = mkdtempSync(join(tmpdir(), 'brief-decisions-'));
    cpSync(join(repo, 'sources'), join(cwd, 'sources'), { recursive: true });
    const report = JSON.parse(brief(['diff', 'sources/mongolia-russia', '--json'], { cwd }).stdout) as { discrepancies: Entry[] };
    conflicts = report.discrepancies.filter((d) => d.kind === 'fact-conflict');
    const decisions = Object.fromEntries(
      report.discrepancies.filter((d) => d.kind === 'fact-conflict' || d.kind === 'internal-contradiction').map((d) => [d.id, { action: 'keep-older', note: 'checked against the sources' }]),
    );
    writeFileSync(join(cwd, 'sources', 'mongolia-russia', 'decisions.json'), JSON.stringify(decisions, null, 2));
    const built = brief(['build', '--sources', 'sources', '--out', 'output', '--strict'], { cwd, env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(built.stderr).not.toMatch(/error/);
    expect(built.code).toBe(0);
    out = join(cwd, 'output', 'mongolia-russia');
  }, 120_000);

  it('has conflicts to decide', () => {
    expect(conflicts.length).toBeGreaterThanOrEqual(2);
  });

  it('states the kept statement and never the refused one in the article of the web page and the EPUB', () => {
    const html = readFileSync(join(out, 'briefing.html'), 'utf8');
    const epubArticle = readdirSync(join(out, 'epub', 'OEBPS', 'text'))
      .map((f) => readFileSync(join(out, 'epub', 'OEBPS', 'text', f), 'utf8'))
      .map((x) => part(x, 'article'))
      .join(' ');
    for (const text of [flat(part(html, 'article')), flat(epubArticle)]) {
      for (const c of conflicts) {
        expect(text).toContain(phrase(c.old!.text).slice(0, 60));
        expect(text).not.toContain(phrase(c.new!.text));
        // Once: a decided statement replaces its newer version, it is never added beside it.
        expect(text.split(phrase(c.old!.text)).length - 1, c.old!.text).toBeLessThanOrEqual(1);
      }
    }
  });

  it('states the kept statement and never the refused one in the article part of the PDF', () => {
    const text = execFileSync('pdftotext', [join(out, 'briefing.pdf'), '-'], { encoding: 'utf8' });
    const article = text.slice(text.indexOf('\nThe article\n'), text.indexOf('\nWhere the sources disagree\n')).replace(/-\n/g, '-').replace(/\u2010\n/g, '').replace(/\s+/g, ' ');
    const plainArticle = plainQuotes(article);
    expect(article.length).toBeGreaterThan(2000);
    for (const c of conflicts) {
      expect(plainArticle).not.toContain(phrase(c.new!.text));
      expect(plainArticle).toContain(phrase(c.old!.text).slice(0, 40));
    }
  });

  it('states it in article.json, the key figures and the timeline, and the handout', () => {
    const article = readFileSync(join(out, 'data', 'article.json'), 'utf8');
    const timeline = readFileSync(join(out, 'data', 'timeline.json'), 'utf8');
    const glance = flat(part(readFileSync(join(out, 'briefing.html'), 'utf8'), 'glance'));
    const handout = execFileSync('pdftotext', ['-layout', join(out, 'handout.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const c of conflicts) {
      const refused = phrase(c.new!.text);
      expect(article).not.toContain(refused);
      expect(timeline).not.toContain(refused);
      expect(glance).not.toContain(refused);
      expect(handout).not.toContain(refused.slice(0, 50));
    }
    expect(article).toContain('The Mongolian People');
    expect(readFileSync(join(out, 'data', 'discrepancies.json'), 'utf8')).toContain('editor-older');
  });

  it('says in the disagreements that the editor decided, with the note, and counts decisions in the colophon', () => {
    const html = readFileSync(join(out, 'briefing.html'), 'utf8');
    expect(flat(part(html, 'disagreements'))).toContain('Decided by the editor');
    expect(flat(part(html, 'disagreements'))).toContain('checked against the sources');
    expect(flat(part(html, 'colophon'))).toMatch(/\d+ of \d+ discrepancies decided by the editor; 0 fact-conflicts/);
  });
});

// Source text is data: hostile strings in a title, heading, paragraph, list item and infobox value come out literally in every format.
import { plainQuotes } from '../pdf/helpers.ts';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Element, Root as HastRoot } from 'hast';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageGeometry } from '../../pipeline/render/pdf/geometry.ts';
import { xmlProblem } from '../render/helpers.ts';
import { goodArticle, runBrief, scratch } from './helpers.ts';

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(3)>',
  '<b>not bold</b>',
  '&amp; &lt;tag&gt;',
  ']]>',
  '{{handlebars}}',
  '{{{triple}}}',
  '{{> partial}}',
  '{{#each this}}{{@key}}{{/each}}',
  "{{constructor.constructor 'alert(2)'}}",
  '[click](javascript:alert(4))',
  '*not emphasis*',
  '${process.env.HOME}',
  '`rm -rf /`',
  '\u202Eevil\u202C',
];
const P = PAYLOADS.join(' ');
const LONG = 'x'.repeat(10_000);
const sentence = `The payload is ${P} in a sentence.`;

const work = scratch('payloads');
const out = join(work, 'out', 'payload');
const read = (path: string) => readFileSync(join(out, path), 'utf8');
let documents: Array<{ path: string; markup: string }>;

beforeAll(() => {
  goodArticle(join(work, 'sources'), 'control');
  const dir = goodArticle(join(work, 'sources'), 'payload');
  writeFileSync(
    join(dir, '2-newer.txt'),
    `= Test article ${P} =\n\nInfobox\n- Motto: ${P}\n\n== History ==\n\nThe treaty was signed in 1924 in Moscow. Trade grew after that. ${sentence}\n\nThe word ${LONG} is long.\n\n== Today ==\n\n- Embassy in Ulaanbaatar\n- Consulate in Irkutsk and Kyzyl\n- ${P}\n\n== ${P} ==\n\nA section under a hostile heading.\n`,
  );
  const result = runBrief(['build', '--sources', 'sources', '--out', 'out'], work, { SOURCE_DATE_EPOCH: '1700000000' });
  expect(result).toMatchObject({ code: 0 });
  const epub = join(out, 'epub');
  documents = [
    { path: 'briefing.html', markup: read('briefing.html') },
    ...readdirSync(epub, { recursive: true })
      .map(String)
      .filter((path) => path.endsWith('.xhtml'))
      .map((path) => ({ path: `epub/${path}`, markup: read(`epub/${path}`) })),
  ];
});

const html = unified().use(rehypeParse);
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('XHTML, EPUB and the web page', () => {
  it('hold no element, event handler or javascript: URL that came from the source', () => {
    expect(documents.length).toBeGreaterThan(5);
    for (const { path, markup } of documents) {
      const tree = html.parse(markup) as HastRoot;
      const found: string[] = [];
      visit(tree, 'element', (node: Element) => {
        // The one image is the theme's logo on the cover (templates/theme.json), not the source's.
        const logo = node.tagName === 'img' && Array.isArray(node.properties.className) && node.properties.className.includes('logo');
        if (['script', 'img', 'b', 'i'].includes(node.tagName) && !logo) found.push(`<${node.tagName}>`);
        for (const [name, value] of Object.entries(node.properties)) {
          if (/^on/i.test(name)) found.push(`${name}=`);
          if (/^\s*javascript:/i.test(String(value))) found.push(`${name}=${value}`);
        }
      });
      expect(found, path).toEqual([]);
    }
  });

  it('show every payload as text: escaped in the markup, literal to a reader (&amp; stays five characters)', () => {
    const article = documents.filter(({ path }) => /article-\d+\.xhtml$|briefing\.html$/.test(path));
    for (const { path, markup } of article) expect(markup, path).toMatch(/(?:&lt;|&#x3C;|&#60;)script(?:>|&gt;)alert\(1\)(?:&lt;|&#x3C;|&#60;)\/script/);
    // The text a reader gets: every text node (hast-util-to-text would drop the bidi controls).
    const all = documents
      .map(({ markup }) => {
        const parts: string[] = [];
        visit(html.parse(markup) as HastRoot, 'text', (node: { value: string }) => void parts.push(node.value));
        // The briefing sets quotes typographically; the payload's characters are otherwise all there.
        return plainQuotes(flat(parts.join('')));
      })
      .join('\n');
    for (const payload of PAYLOADS) expect(all).toContain(payload);
    expect(all).toContain(flat(sentence));
    expect(all).toContain(`Motto`);
    expect(all).toContain('&amp; &lt;tag&gt;');
    expect(all).toContain(LONG);
  });

  it('are well-formed XML and the EPUB passes epubcheck', () => {
    for (const { path, markup } of documents.filter((d) => d.path.endsWith('.xhtml'))) expect(xmlProblem(markup), path).toBeNull();
    const report = execFileSync('java', ['-jar', '/usr/share/java/epubcheck.jar', join(out, 'briefing.epub')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(report).toMatch(/No errors or warnings detected/);
  });
});

describe('PDF', () => {
  it('shows every payload as plain text', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, 'briefing.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const squeezed = plainQuotes(text).replace(/\s+/g, '');
    // Lines may wrap inside a payload (after `</`), so compare without white space; the RLO marks are invisible.
    for (const payload of PAYLOADS) expect(squeezed).toContain(payload.replace(/\s+|[\u202A-\u202E]/g, ''));
    const xs = [...text.matchAll(/x{2,}/g)].reduce((n, m) => n + m[0].length, 0);
    expect(xs).toBeGreaterThanOrEqual(10_000);
  });

  it('wraps the 10,000-character word inside the margins', async () => {
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(out, 'briefing.pdf'))), useSystemFonts: false, isEvalSupported: false }).promise;
    const geo = pageGeometry('a4', 'briefing');
    const outside: string[] = [];
    let longRuns = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const x0 = item.transform[4];
        if (/x{20}/.test(item.str)) longRuns++;
        if (x0 < geo.left - 0.5 || x0 + item.width > geo.right + 0.5) outside.push(`p${n} ${item.str.slice(0, 40)}`);
      }
    }
    expect(longRuns).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });
});

describe('JSON and CSV', () => {
  it('round-trip the strings exactly', () => {
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(JSON.parse(read('data/article.json')));
    expect(strings).toContain(`Test article ${P}`);
    expect(strings).toContain(P);
    expect(strings.some((s) => s.includes(sentence))).toBe(true);
    const rows = parseCsv(read('data/discrepancies.csv'), { columns: true }) as Array<Record<string, string>>;
    const cells = rows.flatMap((row) => Object.values(row));
    expect(cells).toContain(sentence);
    expect(cells).toContain(P);
    expect(cells).toContain(`The word ${LONG} is long.`);
  });

  it('reconcile the payload as added text while the rest still aligns', () => {
    type Found = { kind: string; old: { text: string } | null; new: { text: string } | null };
    const load = (name: string) => (JSON.parse(readFileSync(join(work, 'out', name, 'data', 'discrepancies.json'), 'utf8')) as { discrepancies: Found[] }).discrepancies;
    const hostile = (d: Found) => Boolean(d.new?.text.includes(P) || d.new?.text.includes(LONG));
    const payload = load('payload');
    // Added: the payload sentence, the long word's paragraph, the list item and the hostile section. (The infobox
    // value is not: the older revision has no infobox, so an entry alone there is form, not an addition.)
    expect(payload.filter(hostile).map((d) => [d.kind, d.old])).toEqual(Array(4).fill(['added', null]));
    expect(payload.map((d) => d.new?.text)).toContainEqual(sentence);
    // Everything else is what the same pair without the payloads gives.
    const shape = (d: Found) => [d.kind, d.old?.text, d.new?.text];
    expect(payload.filter((d) => !hostile(d)).map(shape)).toEqual(load('control').map(shape));
    expect(load('control').length).toBeGreaterThan(0);
  });
});

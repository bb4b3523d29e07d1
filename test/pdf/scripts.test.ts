// Every script of the sources reaches the page: fallback faces, right-to-left order, line breaks in CJK, no glyph off the text area.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reconciled } from '../../pipeline/model.ts';
import { fontRuns, loadFace, missingGlyphs } from '../../pipeline/typography/fonts.ts';
import { breakLines } from '../../pipeline/render/pdf/inline.ts';
import { pageGeometry } from '../../pipeline/render/pdf/geometry.ts';
import { readRevision } from '../../pipeline/read/index.ts';
import { build, pdftotext, realSeed, run, type Built } from './helpers.ts';
import { pdfUaProblems } from './structure.ts';

const FIXTURE = 'test/fixtures/multilingual';

async function reconciledOf(dir: string): Promise<{ reconciled: Reconciled; revisions: Awaited<ReturnType<typeof import('../../pipeline/article.ts').loadArticle>>['revisions'] }> {
  const { loadArticle } = await import('../../pipeline/article.ts');
  const { reconcile } = await import('../../pipeline/reconcile/index.ts');
  const article = await loadArticle(dir);
  return { reconciled: reconcile(article.revisions, { name: article.name, title: article.title, language: article.language }).reconciled, revisions: article.revisions };
}

/** Every word pdftotext finds, with its page's size. */
function words(file: string): Array<{ page: number; width: number; height: number; xMin: number; xMax: number; yMin: number; yMax: number; text: string }> {
  const out: ReturnType<typeof words> = [];
  let page = 0;
  let width = 0;
  let height = 0;
  for (const line of run('pdftotext', ['-bbox', file, '-']).split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) {
      page++;
      width = Number(p[1]);
      height = Number(p[2]);
      continue;
    }
    const m = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) out.push({ page, width, height, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] });
  }
  return out;
}

const style = { face: 'serif' as const, size: 10, rise: 0, underline: false, strike: false };

describe('fallback faces', () => {
  it('draws each script in a face that has it, and leaves Latin, Greek and Cyrillic in the body face', () => {
    const faces = (text: string) => fontRuns('serif', text).map((r) => r.face.split(':')[1] ?? r.face);
    expect(faces('Μηχανισμός Эрмитаж café')).toEqual(['serif']);
    expect(faces('المعرفة')).toEqual(['noto-sans-arabic']);
    expect(faces('דרך')).toEqual(['noto-sans-hebrew']);
    expect(faces('संग्रहालय')).toEqual(['noto-sans-devanagari']);
    expect(faces('ཇོ་མོ་གླང་མ')).toEqual(['noto-serif-tibetan']);
    expect(new Set(faces('국립'))).toEqual(new Set(['noto-sans-kr']));
    expect(new Set(faces('敦煌研究院'))).toEqual(new Set(['noto-sans-sc']));
    expect(faces('🏺')).toEqual(['noto-emoji']);
    // A variation selector or joiner the face of its run lacks is left out, not drawn as a box.
    const runs = fontRuns('serif', 'a ❤️ b\uFE0F c\u200D👩‍🔬');
    for (const r of runs) for (const ch of r.text) expect(loadFace(r.face).hasGlyphForCodePoint(ch.codePointAt(0)!), `${r.face} ${ch.codePointAt(0)!.toString(16)}`).toBe(true);
    expect(runs.map((r) => r.text).join('')).toContain('❤');
  });

  it('warns of a character no face has, naming its file, line and column', () => {
    const { tree, file } = readRevision('notes.txt', new TextEncoder().encode('Notes\n\nThe greeting is ሰላም in Amharic, and مرحبا in Arabic.\n'), { format: 'rendered' });
    const messages = missingGlyphs([{ id: 'r1', label: 'r1', file: 'notes.txt', format: 'rendered', title: 'Notes', tree, vfile: file }]);
    expect(messages.map((m) => [m.file, m.line, m.column, m.ruleId, m.fatal])).toEqual([
      ['notes.txt', 3, 17, 'missing-glyph', false],
      ['notes.txt', 3, 18, 'missing-glyph', false],
      ['notes.txt', 3, 19, 'missing-glyph', false],
    ]);
    expect(messages[0].reason).toContain('ሰ (U+1230)');
  });
});

describe('line breaking and direction', () => {
  it('puts right-to-left words in visual order inside a left-to-right line', () => {
    const [line] = breakLines([{ ...style, text: 'is «المعرفة جسر بين الشعوب» (knowledge)' }], 400);
    const shown = line.items.map((i) => i.piece.text);
    expect(shown).toEqual(['is', '«', 'الشعوب', 'بين', 'جسر', 'المعرفة', '»', '(knowledge)']);
    // Left to right on the line, none overlapping.
    for (let i = 1; i < line.items.length; i++) expect(line.items[i].x).toBeGreaterThanOrEqual(line.items[i - 1].x + line.items[i - 1].piece.width - 0.01);
  });

  it('breaks Chinese text between characters, filling the line', () => {
    const text = '敦煌研究院是中国规模最大的敦煌学研究实体，负责莫高窟、榆林窟和西千佛洞的保护、研究和弘扬工作。';
    const lines = breakLines([{ ...style, text }], 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0].width).toBeGreaterThan(180);
    expect(lines[0].width).toBeLessThanOrEqual(200.01);
    expect(lines.flatMap((l) => l.items.map((i) => i.piece.text)).join('')).toBe(text);
  });
});

describe('the multilingual fixture and the example on the page', () => {
  const built: Record<string, Built> = {};
  let fixtureRevisions: Awaited<ReturnType<typeof reconciledOf>>['revisions'];
  beforeAll(async () => {
    const fixture = await reconciledOf(FIXTURE);
    fixtureRevisions = fixture.revisions;
    built.multilingual = await build(fixture.reconciled);
    built.example = await build(await realSeed());
  }, 120_000);

  it('has a face for every character of the fixture', () => {
    expect(missingGlyphs(fixtureRevisions).map((m) => m.reason)).toEqual([]);
  });

  it('shows every script, with its fonts embedded', () => {
    const text = pdftotext(built.multilingual.briefing);
    for (const sample of ['敦煌研究院', '正倉院は東大寺の宝庫', '국립중앙박물관', 'Государственный Эрмитаж', 'Μηχανισμός', '🏺']) expect(text).toContain(sample);
    expect(text).not.toContain('\uFFFD');
    const fonts = run('pdffonts', [built.multilingual.briefing]);
    for (const face of ['NotoSansArabic', 'NotoSansHebrew', 'NotoSansDevanagari', 'NotoSansSC', 'NotoSansKR', 'NotoEmoji']) expect(fonts).toContain(face);
    // The fallback faces are embedded and tagged like the others.
    expect(pdfUaProblems(built.multilingual.briefing)).toEqual([]);
  });

  for (const name of ['multilingual', 'example']) {
    for (const kind of ['briefing', 'handout'] as const) {
      it(`keeps every word of the ${name} ${kind} inside the text area`, () => {
        const geo = pageGeometry('a4', kind);
        const outside = words(built[name][kind]).filter((w) => w.xMin < geo.left - 0.5 || w.xMax > geo.right + 0.5 || w.yMin < 0 || w.yMax > w.height);
        expect(outside.map((w) => `p${w.page} ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)} ${w.text}`)).toEqual([]);
      });
    }
  }
});

describe('combining marks a face gives no anchor for (UNANCHORED_MARK)', () => {
  it('lays out and prints a transcription whose mark fontkit cannot place, instead of failing the build', async () => {
    // `ŋ̟` (ŋ and U+031F) in an IPA transcription: DejaVu Serif has no anchor for that pair and fontkit 2's GPOS throws.
    const { diff } = await import('../reconcile/helpers.ts');
    const text = 'Vietnamese: [tʰǐk̟ ɲə̌t hâjŋ̟ˀ] is how the name is said.';
    const reconciled = diff(`# T\n\nThe name is Nhat.\n`, `# T\n\nThe name is Nhat. ${text}\n`).reconciled;
    const built = await build(reconciled);
    expect(pdftotext(built.briefing).replace(/\s+/g, ' ')).toContain('hâjŋ̟ˀ');
  });
});

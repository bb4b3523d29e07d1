// Reads every text run's box with pdfjs-dist (legacy build) and checks nothing is past a margin or drawn over other text.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pageGeometry } from '../../pipeline/render/pdf/geometry.ts';
import { seedReconciled } from '../compose/seed.ts';
import { build, realSeed } from './helpers.ts';

interface Box {
  page: number;
  str: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

async function boxes(bytes: Uint8Array): Promise<{ boxes: Box[]; pages: number; width: number; height: number }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const out: Box[] = [];
  let width = 0;
  let height = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const view = page.view;
    [width, height] = [view[2], view[3]];
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [, , , d, e, f] = item.transform;
      const size = Math.abs(d);
      // Top-down coordinates; the box spans the glyphs' ascent and a small descent.
      const baseline = height - f;
      out.push({ page: n, str: item.str, x0: e, x1: e + item.width, y0: baseline - size * 0.76, y1: baseline + size * 0.2 });
    }
  }
  return { boxes: out, pages: pdf.numPages, width, height };
}

const overlap = (a: Box, b: Box) => a.page === b.page && a.x0 < b.x1 - 0.3 && b.x0 < a.x1 - 0.3 && a.y0 < b.y1 - 0.3 && b.y0 < a.y1 - 0.3;

for (const [name, make] of [
  ['real stages', realSeed],
  ['hand-made reconciled value', async () => seedReconciled()],
] as const) {
  for (const paper of ['a4', 'letter'] as const) {
    describe(`layout of the seed (${name}, ${paper})`, () => {
      let briefing: Awaited<ReturnType<typeof boxes>>;
      let handout: Awaited<ReturnType<typeof boxes>>;
      beforeAll(async () => {
        const built = await build(await make(), { paper });
        briefing = await boxes(built.bytes['briefing.pdf']);
        handout = await boxes(built.bytes['handout.pdf']);
      });

      it('keeps every text run inside the margins (running head and foot inside their bands)', () => {
        for (const [doc, kind] of [[briefing, 'briefing'], [handout, 'handout']] as const) {
          const geo = pageGeometry(paper, kind);
          const outside = doc.boxes.filter((b) => b.x0 < geo.left - 0.5 || b.x1 > geo.right + 0.5 || b.y0 < geo.headY - 12 || b.y1 > geo.footY + 4);
          expect(outside.map((b) => `${kind} p${b.page} ${b.str}`)).toEqual([]);
          // Body text (everything but head and foot) stays between the top and bottom margins.
          const body = doc.boxes.filter((b) => b.y0 > geo.headY + 6 && b.y1 < geo.footY - 10);
          expect(body.filter((b) => b.y0 < geo.top - 2 || b.y1 > geo.bottom + 2).map((b) => b.str)).toEqual([]);
        }
      });

      it('draws no text run over another', () => {
        for (const doc of [briefing, handout]) {
          const clashes: string[] = [];
          for (let i = 0; i < doc.boxes.length; i++)
            for (let j = i + 1; j < doc.boxes.length; j++)
              if (overlap(doc.boxes[i], doc.boxes[j])) clashes.push(`p${doc.boxes[i].page}: «${doc.boxes[i].str}» × «${doc.boxes[j].str}»`);
          expect(clashes).toEqual([]);
        }
      });

      it('leaves no empty page and a one-page handout', () => {
        expect(handout.pages).toBe(1);
        for (let p = 1; p <= briefing.pages; p++) expect(briefing.boxes.filter((b) => b.page === p).length).toBeGreaterThan(2);
      });

      it('leaves no near-empty page (a stray caption, the last lines of an entry, half a table)', () => {
        const geo = pageGeometry(paper, 'briefing');
        const thin: string[] = [];
        for (let p = 1; p <= briefing.pages; p++) {
          const body = briefing.boxes.filter((b) => b.page === p && b.y0 > geo.headY + 6 && b.y1 < geo.footY - 10);
          const extent = Math.max(...body.map((b) => b.y1)) - Math.min(...body.map((b) => b.y0));
          if (extent < 0.12 * (geo.bottom - geo.top)) thin.push(`p${p}: ${body.map((b) => b.str).join(' ').slice(0, 80)}`);
        }
        expect(thin).toEqual([]);
      });
    });
  }
}

describe('a table row taller than a page', () => {
  // An infobox value of about 5,000 words: its row in "At a glance" needs several pages.
  const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
  let briefing: Awaited<ReturnType<typeof boxes>>;
  let text: string;
  beforeAll(async () => {
    const reconciled = seedReconciled();
    const source = reconciled.datasets.infobox[0]?.source ?? { revision: 'r2', line: 1 };
    reconciled.datasets.infobox = [{ key: 'Long', value: words.join(' '), source }, ...reconciled.datasets.infobox];
    const built = await build(reconciled);
    briefing = await boxes(built.bytes['briefing.pdf']);
    text = briefing.boxes.map((b) => b.str).join(' ');
  });

  it('goes on over the next pages with every word, none past the bottom margin', () => {
    const seen = new Set(text.split(/\s+/));
    expect(words.filter((w) => !seen.has(w))).toEqual([]);
    const geo = pageGeometry('a4', 'briefing');
    const pages = new Set(briefing.boxes.filter((b) => /^w\d+/.test(b.str)).map((b) => b.page));
    expect(pages.size).toBeGreaterThan(2);
    for (const b of briefing.boxes) if (/^w\d+/.test(b.str)) expect(b.y1).toBeLessThan(geo.bottom + 1);
  });

  it('starts the row under its heading rather than leaving the heading alone on a page', () => {
    const heading = briefing.boxes.find((b) => b.str === 'At a glance');
    const first = briefing.boxes.find((b) => b.str.split(/\s+/).includes('w0'));
    expect(heading?.page).toBe(first?.page);
  });

  it('repeats the table header on each page the row goes on to', () => {
    const pages = [...new Set(briefing.boxes.filter((b) => /^w\d+/.test(b.str)).map((b) => b.page))].sort((a, b) => a - b);
    for (const p of pages.slice(1)) expect(briefing.boxes.some((b) => b.page === p && b.str === 'Field')).toBe(true);
  });
});

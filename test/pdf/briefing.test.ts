// The briefing and handout PDFs of the seed article: text, structure, fonts, tags, outline, paper, reproducibility.
import { beforeAll, describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { Reconciled } from '../../pipeline/model.ts';
import { build, flat, pdftotext, realSeed, run, type Built } from './helpers.ts';
import { seedReconciled } from '../compose/seed.ts';

/** The sentences of the reconciled article's body (paragraphs and list items), footnote markers removed. */
function sentences(reconciled: Reconciled): string[] {
  const out: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = flat(toString(node as never));
      out.push(...text.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/).filter((s) => s.length > 3));
      return;
    }
    if (node.type === 'footnoteDefinition' || node.type === 'infobox') return;
    for (const c of (node.children ?? []) as Array<{ type: string }>) walk(c);
  };
  walk(reconciled.tree as never);
  return out;
}

for (const [name, make] of [
  ['real stages', realSeed],
  ['hand-made reconciled value', async () => seedReconciled()],
] as const) {
  describe(`seed article through ${name}`, () => {
    let reconciled: Reconciled;
    let a4: Built;
    let text: string;
    beforeAll(async () => {
      reconciled = await make();
      a4 = await build(reconciled);
      text = flat(pdftotext(a4.briefing));
    });

    it('has every sentence of the reconciled article', () => {
      const missing = sentences(reconciled).filter((s) => !text.includes(s));
      expect(missing).toEqual([]);
    });

    it('has the strings a reader needs, and no replacement characters', () => {
      for (const needle of ['Power of Siberia 2', 'Ungern-Sternberg', 'Khürelsükh', '3,500']) expect(text).toContain(needle);
      expect(text).not.toContain('\uFFFD');
      expect(flat(pdftotext(a4.handout))).not.toContain('\uFFFD');
    });

    it('has the summary table of the disagreements, a row per discrepancy', () => {
      expect(text).toContain('No. Kind Section What changed Resolution');
      for (let n = 1; n <= reconciled.discrepancies.length; n++) expect(text).toMatch(new RegExp(`Δ${n} (Fact conflict|Internal contradiction|Added|Removed|Moved|Reworded) `));
    });

    it('passes qpdf --check and embeds every font', () => {
      for (const file of [a4.briefing, a4.handout]) {
        expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
        const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
        expect(fonts.length).toBeGreaterThan(0);
        for (const line of fonts) expect(line.split(/\s+/).slice(-5, -4)[0]).toBe('yes');
      }
    });

    it('is tagged, titled, with an outline of the parts', () => {
      const info = run('pdfinfo', [a4.briefing]);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Title:\s+Mongolia–Russia relations — Briefing/);
      expect(info).toMatch(/Creator:\s+brief 0\.1\.0/);
      const outline = run('qpdf', ['--json', '--json-key=outlines', a4.briefing]);
      for (const part of ['At a glance', 'The article', 'Where the sources disagree', 'Notes', 'Colophon']) expect(outline).toContain(part);
      const struct = run('qpdf', ['--qdf', '--object-streams=disable', a4.briefing, '-']);
      for (const tag of ['/H2', '/P', '/L', '/LI', '/Table', '/TR', '/TH', '/TD', '/Figure', '/Reference']) expect(struct).toContain(`/S ${tag}`);
      expect(struct).toMatch(/\/Alt \(|\/Alt <[^>]/);
    });

    it('makes a one-page handout', () => {
      expect(run('pdfinfo', [a4.handout])).toMatch(/Pages:\s+1\n/);
    });

    it('gives Letter pages with --paper letter', async () => {
      const letter = await build(reconciled, { paper: 'letter' });
      expect(run('pdfinfo', [letter.briefing])).toMatch(/Page size:\s+612 x 792 pts/);
      expect(run('pdfinfo', [letter.handout])).toMatch(/Pages:\s+1\n/);
    });

    it('gives byte-identical PDFs for the same inputs', async () => {
      const again = await build(reconciled);
      expect(Buffer.compare(again.bytes['briefing.pdf'], a4.bytes['briefing.pdf'])).toBe(0);
      expect(Buffer.compare(again.bytes['handout.pdf'], a4.bytes['handout.pdf'])).toBe(0);
    });
  });
}

describe('text only the older revision has', () => {
  it('shows the Cyrillic names from the older revision in the disagreements', async () => {
    const built = await build(seedReconciled());
    expect(flat(pdftotext(built.briefing))).toContain('Монгол Оросын харилцаа');
  });
});

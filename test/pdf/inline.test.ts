// Inline runs: superscripts side by side stay readable as separate numbers.
import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { collectRuns } from '../../pipeline/render/pdf/inline.ts';

describe('collectRuns', () => {
  it('separates adjacent superscripts (notes 3 and 4 and a discrepancy mark) with commas', () => {
    const runs = collectRuns([{ type: 'text', value: 'in 1924.' }, h('sup', [h('a', { href: '#fn-3' }, '3')]), h('sup', [h('a', { href: '#fn-4' }, '4')]), h('sup', { className: ['discrepancy-mark'] }, [h('a', { href: '#d-1' }, 'Δ11')])], {
      face: 'serif',
      size: 10,
      rise: 0,
      underline: false,
      strike: false,
    });
    expect(runs.map((r) => r.text).join('')).toBe('in 1924.3,4,Δ11');
    expect(runs.filter((r) => r.text === ',').every((r) => r.rise > 0)).toBe(true);
    // The mark is set in the sans face so that it never reads as part of a note number.
    expect(runs.find((r) => r.text === 'Δ11')?.face).toBe('sans');
  });
});

describe('hyphenation and justification', () => {
  const style = { face: 'serif' as const, size: 10, rise: 0, underline: false, strike: false };
  const text = 'The commission published its recommendations on international cooperation, intergovernmental relations and the responsibilities of institutions.';
  it('breaks a word that does not fit at a hyphenation point, with a hyphen, every line within the width', async () => {
    const { breakLines, BREAK_HYPHEN } = await import('../../pipeline/render/pdf/inline.ts');
    const { hyphenatorFor } = await import('../../pipeline/render/pdf/index.ts');
    const hyphenate = (await hyphenatorFor('en'))!;
    const plain = breakLines([{ ...style, text }], 180);
    const broken = breakLines([{ ...style, text }], 180, { hyphenate });
    const words = (lines: typeof plain) => lines.map((l) => l.items.map((i) => i.piece.text).join(' '));
    expect(words(broken).some((l) => l.endsWith(BREAK_HYPHEN))).toBe(true);
    // The words read back whole, and lines are fuller than without hyphenation.
    expect(words(broken).join(' ').replaceAll(`${BREAK_HYPHEN} `, '')).toBe(text);
    for (const l of broken) expect(l.width).toBeLessThanOrEqual(180.01);
    expect(broken.length).toBeLessThanOrEqual(plain.length);
  });
  it('stretches every line but the last to the full width, and leaves a gaping or right-to-left line alone', async () => {
    const { breakLines, justifyLine } = await import('../../pipeline/render/pdf/inline.ts');
    const { hyphenatorFor } = await import('../../pipeline/render/pdf/index.ts');
    const hyphenate = (await hyphenatorFor('en'))!;
    const lines = breakLines([{ ...style, text }], 200, { hyphenate }).map((l) => justifyLine(l, 200));
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines.slice(0, -1)) {
      expect(l.width).toBeCloseTo(200, 5);
      const last = l.items[l.items.length - 1];
      expect(last.x + last.piece.width).toBeCloseTo(200, 5);
      expect(l.spacing).toBeGreaterThan(0);
    }
    expect(lines[lines.length - 1].spacing).toBeUndefined();
    const [short] = breakLines([{ ...style, text: 'A few words only' }], 400);
    expect(justifyLine({ ...short, last: false }, 400).spacing).toBeUndefined();
    const [rtl] = breakLines([{ ...style, text: 'The motto المعرفة جسر بين الشعوب is old and often quoted in the region by many' }], 300);
    expect(justifyLine({ ...rtl, last: false }, 300).spacing).toBeUndefined();
  });
});

describe('direction and URLs', () => {
  const style = { face: 'serif' as const, size: 10, rise: 0, underline: false, strike: false };
  it('sets a right-to-left paragraph flush right, and a left-to-right one with Arabic in it not', async () => {
    const { breakLines } = await import('../../pipeline/render/pdf/inline.ts');
    expect(breakLines([{ ...style, text: 'المتحف شبكة من ستة عشر متحفا في عشرة بلدان على طريق الحرير' }], 150).every((l) => l.rtl)).toBe(true);
    expect(breakLines([{ ...style, text: 'Its motto is «المعرفة جسر» in Arabic.' }], 150).some((l) => l.rtl)).toBe(false);
  });
  it('never hyphenates a part of a URL', async () => {
    const { breakLines, BREAK_HYPHEN } = await import('../../pipeline/render/pdf/inline.ts');
    const { hyphenatorFor } = await import('../../pipeline/render/pdf/index.ts');
    const hyphenate = (await hyphenatorFor('en'))!;
    const lines = breakLines([{ ...style, text: 'See https://example.org/collections/catalogue/ceramics/international/documentation/index.html for more.' }], 120, { hyphenate });
    expect(lines.flatMap((l) => l.items.map((i) => i.piece.text)).some((t) => t.endsWith(BREAK_HYPHEN))).toBe(false);
  });
});

describe('lines kept across documents', () => {
  const style = { face: 'serif' as const, size: 10, rise: 0, underline: false, strike: false };
  it('gives the same lines for the same runs, width and hyphenator, and others for another width or another grouping of roles', async () => {
    const { breakLines, truncateLines } = await import('../../pipeline/render/pdf/inline.ts');
    const text = 'A sentence long enough to take a few lines at a narrow width, with a note after it.';
    const first = breakLines([{ ...style, text }], 120);
    expect(breakLines([{ ...style, text }], 120)).toBe(first);
    expect(breakLines([{ ...style, text }], 121)).not.toBe(first);
    // Cutting the shared lines changes a copy.
    const widths = first.map((l) => [l.width, l.items.length, l.last]);
    truncateLines(first, 1, 120);
    expect(first.map((l) => [l.width, l.items.length, l.last])).toEqual(widths);
    // Two notes of one element each, or both pieces of one element: the roles' keys differ from build to build,
    // their grouping decides the layout's key.
    const note = (key: string) => ({ ...style, role: 'Reference' as const, roleKey: key, rise: 3, size: 7 });
    const apart = breakLines([{ ...style, text: 'x' }, { ...note('r1'), text: '1' }, { ...note('r2'), text: '2' }], 120);
    const apartAgain = breakLines([{ ...style, text: 'x' }, { ...note('r7'), text: '1' }, { ...note('r8'), text: '2' }], 120);
    const together = breakLines([{ ...style, text: 'x' }, { ...note('r9'), text: '1' }, { ...note('r9'), text: '2' }], 120);
    expect(apartAgain).toBe(apart);
    expect(together).not.toBe(apart);
    expect(together[0].items[1].piece.roleKey).toBe(together[0].items[2].piece.roleKey);
    expect(apart[0].items[1].piece.roleKey).not.toBe(apart[0].items[2].piece.roleKey);
  });

  it('keeps nothing laid out while keeping is off, and still finds what was kept before', async () => {
    const { breakLines, keepLayouts } = await import('../../pipeline/render/pdf/inline.ts');
    const kept = breakLines([{ ...style, text: 'Kept before keeping was turned off.' }], 90);
    keepLayouts(false);
    try {
      const text = 'Laid out while nothing is kept, twice over.';
      expect(breakLines([{ ...style, text }], 90)).not.toBe(breakLines([{ ...style, text }], 90));
      expect(breakLines([{ ...style, text: 'Kept before keeping was turned off.' }], 90)).toBe(kept);
    } finally {
      keepLayouts(true);
    }
  });
});

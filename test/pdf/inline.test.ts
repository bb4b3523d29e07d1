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

// Properties of the diff: a revision against itself reports nothing; swapping two paragraphs is a move.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff } from './helpers.ts';

const word = fc.constantFrom('river', 'stone', 'market', 'north', 'council', 'bridge', 'winter', 'harbour', 'tower', 'field', 'green', 'old', 'new', 'grain', 'salt', 'road');
const sentence = fc
  .tuple(fc.array(word, { minLength: 4, maxLength: 10 }), fc.option(fc.integer({ min: 1500, max: 2030 })))
  .map(([ws, year]) => {
    const text = ws.join(' ') + (year ? ` in ${year}` : '');
    return text[0].toUpperCase() + text.slice(1) + '.';
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
const article = fc.array(paragraph, { minLength: 2, maxLength: 6 }).map((ps) => ps);

describe('diff properties', () => {
  it('reports nothing when a revision is compared with itself', () => {
    fc.assert(
      fc.property(article, (ps) => {
        const text = `# T\n\n${ps.join('\n\n')}\n`;
        expect(diff(text, text).reconciled.discrepancies).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
  it('reports swapped paragraphs as moved, not removed and added', () => {
    fc.assert(
      fc.property(article, fc.nat(), (ps, seed) => {
        const unique = new Set(ps.flatMap((p) => p.split(/(?<=\.) /).map((s) => s.toLowerCase())));
        fc.pre(unique.size === ps.flatMap((p) => p.split(/(?<=\.) /)).length);
        const i = seed % (ps.length - 1);
        const swapped = [...ps];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
        fc.pre(swapped.join() !== ps.join());
        const kinds = diff(`# T\n\n${ps.join('\n\n')}\n`, `# T\n\n${swapped.join('\n\n')}\n`).reconciled.discrepancies.map((d) => d.kind);
        expect(kinds.length).toBeGreaterThan(0);
        expect(kinds.every((k) => k === 'moved')).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

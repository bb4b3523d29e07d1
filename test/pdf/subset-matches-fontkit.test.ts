// The subset font files brief writes itself (pdf/index.ts encodeSubset) against fontkit's TTFSubset.encode: for each
// of brief's faces, subsets of random glyphs (compound glyphs among them, whose components join the subset) must be
// the same bytes. (A build also checks its first subsets of each face and leaves the face to fontkit on a difference.)
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FACES } from '../../pipeline/typography/fonts.ts';
import { subsetFile, tablesOf } from '../../pipeline/render/pdf/index.ts';
import { random } from '../../bench/corpus-generate.ts';

type Subset = Parameters<typeof subsetFile>[0] & { includeGlyph(gid: number): number; encode(): Uint8Array };
/** What of a fontkit font the test uses beyond its typings (pipeline/typography/fontkit.d.ts). */
type Whole = Font & { createSubset(): unknown; numGlyphs: number };
const subsetOf = (font: Whole, glyphs: number[]): Subset => {
  const subset = font.createSubset() as Subset;
  for (const gid of glyphs) subset.includeGlyph(gid);
  return subset;
};

describe('subset font files', () => {
  for (const [face, file] of Object.entries(FACES)) {
    it(`are fontkit's bytes for ${face}`, () => {
      const font = fontkit.create(readFileSync(`templates/fonts/${file}`)) as Whole;
      const next = random(face.length * 7919);
      const tables = tablesOf(subsetOf(font, [0, 36, 37]).encode());
      // what a line of text gives (from the letters' glyphs), and glyphs from the whole font (compound ones included)
      const text = font.layout('Zoë, Łódź — “naïve” café ﬁnance 1,234.5 %').glyphs.map((g) => g.id);
      for (let round = 0; round < 25; round++) {
        const glyphs = round === 0 ? text : Array.from({ length: 1 + Math.floor(next() * 300) }, () => Math.floor(next() * font.numGlyphs));
        const ours = subsetFile(subsetOf(font, [0, ...glyphs]), tables);
        const theirs = subsetOf(font, [0, ...glyphs]).encode();
        expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
      }
    });
  }
});

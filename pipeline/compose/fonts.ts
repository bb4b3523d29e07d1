// The briefing's typefaces (templates/fonts/): parsed once per process, measured with a warm cache.
import { readFileSync } from 'node:fs';
import { projectRoot } from '../render/assets.ts';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';

/** The faces the briefing uses, by role. The files live in templates/fonts/ with their licence. */
export const FACES = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
} as const;
export type Face = keyof typeof FACES;

// Resolved from the project root, so it works from the sources, the tests and the bundle in dist/ alike.
const fontsDir = `${projectRoot()}/templates/fonts/`;
const loaded = new Map<Face, Font>();
const widths = new Map<Face, Map<string, number>>();

/**
 * The parsed font for a face. fontkit parsing and shaping is the known cost of an embedded font
 * (DESIGN.md), so each face is parsed once per process and the same object is handed to every
 * pdfkit document, which keeps fontkit's glyph caches warm across documents and articles.
 */
export function loadFace(face: Face): Font {
  let font = loaded.get(face);
  if (!font) {
    font = fontkit.create(readFileSync(fontsDir + FACES[face]));
    loaded.set(face, font);
  }
  return font;
}

/** Advance width of `text` in `face` at `size` points, cached per string. */
export function measure(face: Face, text: string, size: number): number {
  let cache = widths.get(face);
  if (!cache) widths.set(face, (cache = new Map()));
  let units = cache.get(text);
  if (units === undefined) {
    const font = loadFace(face);
    units = (font.layout(text).advanceWidth * 1000) / font.unitsPerEm;
    cache.set(text, units);
  }
  return (units * size) / 1000;
}

/** Ascent and descent (positive, in points) of a face at a size. */
export function verticalMetrics(face: Face, size: number): { ascent: number; descent: number } {
  let em = emMetrics.get(face);
  if (!em) {
    // fontkit computes these on every read; every line drawn asks for them.
    const font = loadFace(face);
    em = { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
    emMetrics.set(face, em);
  }
  return { ascent: em.ascent * size, descent: em.descent * size };
}
const emMetrics = new Map<Face, { ascent: number; descent: number }>();

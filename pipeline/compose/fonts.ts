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
const WIDTHS_KEPT = 20_000;

/**
 * The parsed font for a face. fontkit parsing and shaping is the known cost of an embedded font
 * (DESIGN.md), so each face is parsed once per process and the same object is handed to every
 * pdfkit document, which keeps fontkit's glyph caches warm across documents and articles.
 */
export function loadFace(face: Face): Font {
  let font = loaded.get(face);
  if (!font) {
    font = fontkit.create(readFileSync(fontsDir + FACES[face]));
    memoizeGlyphDecoding(font);
    loaded.set(face, font);
  }
  return font;
}

/** Glyph classes whose outline decoding is memoized (fontkit has one per outline format). */
const memoized = new WeakSet<object>();

/**
 * fontkit decodes a glyph's outline from the font file each time a PDF's font subset is made (to see
 * whether it is a composite glyph), for every glyph of every face of every document: a tenth of a
 * small article's PDF time. The glyph objects are fontkit's own, kept per font, and what the decoding
 * returns is only read; so each glyph is decoded once per process. Fonts with variations decode by
 * their variation settings, so they are left as they are.
 */
function memoizeGlyphDecoding(font: Font): void {
  const proto = Object.getPrototypeOf(font.getGlyph(0)) as { _decode?: (this: GlyphInternals) => unknown };
  const decode = proto._decode;
  if (typeof decode !== 'function' || memoized.has(proto)) return;
  memoized.add(proto);
  const decoded = new WeakMap<object, unknown>();
  proto._decode = function (this: GlyphInternals) {
    if (this._font?._variationProcessor) return decode.call(this);
    if (!decoded.has(this)) decoded.set(this, decode.call(this));
    return decoded.get(this);
  };
}
interface GlyphInternals {
  _font?: { _variationProcessor?: unknown };
}

/** Advance width of `text` in `face` at `size` points, cached per string. */
export function measure(face: Face, text: string, size: number): number {
  let cache = widths.get(face);
  // Bounded like the shaped runs below: strings that never come back must not pile up in a warm worker.
  if (!cache || cache.size > WIDTHS_KEPT) widths.set(face, (cache = new Map()));
  let units = cache.get(text);
  if (units === undefined) {
    const font = loadFace(face);
    const run = font.layout(text);
    units = (run.advanceWidth * 1000) / font.unitsPerEm;
    cache.set(text, units);
    keepShapedRun(face, text, run, 1000 / font.unitsPerEm);
  }
  return (units * size) / 1000;
}

/**
 * Shaped words kept per face across documents, bounded by the glyphs they hold: a long briefing
 * shapes many strings that never come back (page numbers, `file:line` provenance), and each glyph
 * position costs about 150 bytes of heap. Past the bound the cache starts again, empty.
 */
const LAYOUT_CACHE_GLYPHS = 20_000;
export interface ShapedRuns {
  words: Record<string, ShapedRun>;
  glyphs: number;
}
interface ShapedRun {
  positions: unknown[];
}
const shapedRuns = new Map<Face, ShapedRuns>();

/**
 * The runs pdfkit keeps for a face (its `layoutCache`, keyed by the text it shapes), shared by every
 * document of the process and bounded so that a corpus build, or one very long article, keeps a flat
 * memory profile.
 */
export function shapedRunsOf(face: Face): ShapedRuns {
  let shared = shapedRuns.get(face);
  if (!shared || shared.glyphs > LAYOUT_CACHE_GLYPHS) {
    shared = { words: Object.create(null) as Record<string, ShapedRun>, glyphs: 0 };
    shapedRuns.set(face, shared);
  }
  return shared;
}

/** Keep a shaped run for `text` in the face's shared cache. */
export function keepRun(face: Face, text: string, run: ShapedRun): void {
  const shared = shapedRunsOf(face);
  shared.words[text] = run;
  shared.glyphs += run.positions.length || 1;
}

/**
 * A text measured here is often drawn as it is (the last word of a line, a label), and pdfkit would
 * shape it again: hand pdfkit the run in the form its `layoutRun` makes (positions scaled to 1000
 * units in place, each with the glyph's advance width). The width above was taken before scaling.
 */
function keepShapedRun(face: Face, text: string, run: ReturnType<Font['layout']>, scale: number): void {
  const shared = shapedRunsOf(face);
  if (shared.words[text] !== undefined) return;
  for (let i = 0; i < run.positions.length; i++) {
    const position = run.positions[i] as unknown as Record<string, number>;
    for (const key in position) position[key] *= scale;
    position.advanceWidth = run.glyphs[i].advanceWidth * scale;
  }
  keepRun(face, text, run);
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

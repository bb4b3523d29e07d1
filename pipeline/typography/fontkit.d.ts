// Types for the packages brief uses that ship none: fontkit (the part brief uses), linebreak, smartquotes.
// The part of fontkit's API that brief uses (fontkit ships no types).
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    postscriptName: string;
    /** The family name the font's name table states (`DejaVu Serif`). */
    familyName: string;
    /** `features`: OpenType features turned on or off (`{ mark: false }`), else the script's defaults. */
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Every code point the font maps to a glyph. */
    characterSet: number[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

// The part of linebreak (UAX #14, pdfkit's own line breaker) that brief uses; it ships no types.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}

// smartquotes ships no types; brief uses its string form.
declare module 'smartquotes' {
  const smartquotes: { string(text: string): string };
  export default smartquotes;
}

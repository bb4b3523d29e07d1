// One line's piece of text written straight into the page's content stream: the operators pdfkit's `_fragment` writes, from each word's glyph codes made once per document.

type Doc = PDFKit.PDFDocument;

/** pdfkit's number format in content streams (PDFObject.number): six decimals at most. */
const num = (n: number): string => `${Math.round(n * 1e6) / 1e6}`;

/** What pdfkit's font objects give for a piece of text: a hex code per glyph and its position (1000 units per em). */
export interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset?: number;
  yOffset?: number;
}
interface DocFont {
  id: string;
  ascender: number;
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
  /** The codes of a word with no space in it but at its end, encoded as `encode` does. */
  wordCodes?(word: string): WordCodes;
  ref(): unknown;
}
interface DocInternals {
  x: number;
  y: number;
  _fragment(text: string, x: number, y: number, options: Record<string, unknown>): void;
  _font: DocFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
  widthOfString(text: string): number;
  _fillColor?: unknown[];
  save(): unknown;
  restore(): unknown;
  strokeColor(...color: unknown[]): unknown;
  lineWidth(width: number): unknown;
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  stroke(): unknown;
  currentLineHeight(): number;
}

/** An underline or a line through the text, as pdfkit's `_fragment` draws it before the text. */
export interface Decoration {
  underline?: boolean;
  strike?: boolean;
}

/**
 * pdfkit's `_fragment`'s underline and strike (no stroke, fill or character spacing): a line of the fill colour as
 * wide as the text drawn, its words spread by `wordSpacing`, under it or through its middle; the same operators.
 */
function decorate(d: DocInternals, text: string, x: number, y: number, wordSpacing: number, decoration: Decoration): void {
  const trimmed = text.trim();
  const words = trimmed ? trimmed.split(/\s+/).length : 0;
  const width = d.widthOfString(text) + wordSpacing * (words - 1);
  for (const [on, at] of [[decoration.underline, 1], [decoration.strike, 0.5]] as const) {
    if (!on) continue;
    d.save();
    d.strokeColor(...(d._fillColor || []));
    const lineWidth = d._fontSize < 10 ? 0.5 : Math.floor(d._fontSize / 10);
    d.lineWidth(lineWidth);
    const lineY = at === 1 ? y + d.currentLineHeight() - lineWidth : y + d.currentLineHeight() / 2;
    d.moveTo(x, lineY);
    d.lineTo(x + width, lineY);
    d.stroke();
    d.restore();
  }
}

/**
 * A word's glyphs as pdfkit's TJ array has them. pdfkit cuts the array after each glyph whose advance differs from
 * its width (a kerning pair), writing that difference; `cuts` are those segments but the last glyph's, whose cut
 * depends on what follows (the word spacing of a justified line), so `rest` is the hex after the last inner cut, and
 * the last glyph's advance and width are kept apart.
 */
export interface WordCodes {
  cuts: string[];
  rest: string;
  lastAdvance: number;
  lastWidth: number;
  /** A glyph with an offset (a positioned mark): pdfkit moves the text matrix for it, left to pdfkit. */
  offset: boolean;
}

/** Each font object's words (a font object belongs to one document, and a glyph keeps its code there). */
const wordsOf = new WeakMap<DocFont, Map<string, WordCodes>>();

/**
 * Where pdfkit's TJ array cuts a shaped word, whatever the document: after each glyph but the last whose advance
 * differs from its width, with that difference as written (`cuts`: glyph index, then the number). Kept with the
 * shaped run, which every document of the process shares (fonts.ts).
 */
export interface WordCuts {
  cuts: Array<number | string>;
  lastAdvance: number;
  lastWidth: number;
  offset: boolean;
}

export function wordCuts(positions: readonly GlyphPosition[]): WordCuts {
  const cuts: Array<number | string> = [];
  let offset = false;
  const last = positions.length - 1;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    if (p.xOffset || p.yOffset) offset = true;
    const advance = p.xAdvance - p.advanceWidth;
    if (i < last && advance !== 0) cuts.push(i, num(-advance));
  }
  return { cuts, lastAdvance: last >= 0 ? positions[last].xAdvance : 0, lastWidth: last >= 0 ? positions[last].advanceWidth : 0, offset };
}

/** A word's codes and cuts in one document: its glyphs' hex codes there, cut where `cuts` says. */
export function wordCodes(codes: readonly string[], cuts: WordCuts): WordCodes {
  const segments: string[] = [];
  let hex = '';
  let from = 0;
  for (let k = 0; k < cuts.cuts.length; k += 2) {
    const at = cuts.cuts[k] as number;
    for (let i = from; i <= at; i++) hex += codes[i];
    segments.push(hex, cuts.cuts[k + 1] as string);
    hex = '';
    from = at + 1;
  }
  for (let i = from; i < codes.length; i++) hex += codes[i];
  return { cuts: segments, rest: hex, lastAdvance: cuts.lastAdvance, lastWidth: cuts.lastWidth, offset: cuts.offset };
}

/** A word's codes in the document of `font`: from the font's own word encoder when it has one (index.ts), else made here once per word. */
function codesOf(font: DocFont, word: string): WordCodes {
  if (font.wordCodes) return font.wordCodes(word);
  let words = wordsOf.get(font);
  if (!words) wordsOf.set(font, (words = new Map()));
  let known = words.get(word);
  if (!known) {
    const [codes, positions] = font.encode(word);
    words.set(word, (known = wordCodes(codes, wordCuts(positions))));
  }
  return known;
}

/** Words of text as pdfkit's font encodes them: each ends after a space or a tab. */
function wordsSpaced(text: string): string[] {
  const words: string[] = [];
  let last = 0;
  for (let index = 0; index < text.length; index++) {
    const c = text.charCodeAt(index);
    if (c === 32 || c === 9) {
      words.push(text.slice(last, index + 1));
      last = index + 1;
    }
  }
  if (last < text.length) words.push(text.slice(last));
  return words;
}

/** The words' codes of the text being drawn (reused from call to call). */
const RUNS: WordCodes[] = [];
/** pdfkit's flip of the y axis (`cm`) for each page height. */
const FLIPS = new Map<number, string>();

/**
 * Draw `text` at (x, y) (the top of its line box) in the document's current font and size, as pdfkit's
 * `_fragment(text, x, y, { lineBreak: false, wordSpacing })` draws it with no underline, strike, link or other
 * option: the same operators, byte for byte. pdfkit builds them glyph by glyph, concatenating arrays word by word
 * on a justified line; here each word's codes and cuts are made once per document. False (nothing written) where
 * pdfkit must: a line break in the text, or a glyph placed with an offset.
 */
export function drawGlyphRun(doc: Doc, text: string, x: number, y: number, wordSpacing: number, decoration?: Decoration): boolean {
  if (text.length === 0) return true;
  if (text.includes('\n')) return false;
  const d = doc as unknown as DocInternals;
  const font = d._font;
  const size = d._fontSize;
  let spacing = 0;
  let words: string[];
  if (wordSpacing) {
    // As pdfkit: words split at any white space, and the space's width added to the spacing, in its units.
    words = text.trim().split(/\s+/);
    spacing = wordSpacing + d.widthOfString(' ');
    spacing *= 1000 / size;
  } else words = wordsSpaced(text);
  const runs = RUNS;
  runs.length = 0;
  for (const word of words) {
    const run = codesOf(font, word);
    // A word of no glyphs on a justified line: pdfkit widens the word before it again; left to pdfkit.
    if (run.offset || (wordSpacing && !run.rest)) return false;
    runs.push(run);
  }
  if (decoration) decorate(d, text, x, y, wordSpacing, decoration);
  const dy = (font.ascender / 1000) * size;
  const height = d.page.height;
  const top = height - y - dy;
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
  let commands = '';
  let open = '';
  for (const run of runs) {
    const cuts = run.cuts;
    for (let i = 0; i < cuts.length; i += 2) {
      commands += `${commands ? ' ' : ''}<${open}${cuts[i]}> ${cuts[i + 1]}`;
      open = '';
    }
    open += run.rest;
    const lastAdvance = wordSpacing ? run.lastAdvance + spacing : run.lastAdvance;
    const advance = lastAdvance - run.lastWidth;
    if (advance !== 0 && open) {
      commands += `${commands ? ' ' : ''}<${open}> ${num(-advance)}`;
      open = '';
    }
  }
  if (open) commands += `${commands ? ' ' : ''}<${open}> 0`;
  // pdfkit's save(), transform(1, 0, 0, -1, 0, height) and restore() around the text: `q`, the flip, `Q`. The
  // transformation matrix it keeps is restored as it was, so it is left as it is.
  let flip = FLIPS.get(height);
  if (flip === undefined) FLIPS.set(height, (flip = `1 0 0 -1 0 ${num(height)} cm`));
  let content = `q\n${flip}\nBT\n1 0 0 1 ${num(x)} ${num(top)} Tm\n/${font.id} ${num(size)} Tf`;
  if (commands) content += `\n[${commands}] TJ`;
  d.addContent(`${content}\nET\nQ`);
  return true;
}

/** The options pdfkit's `text()` hands `_fragment` for `{ lineBreak: false }` (its `_initOptions`). */
const UNWRAPPED = { lineBreak: false, columns: 0, columnGap: 18, rotation: 0 };

/**
 * `doc.text(text, x, y, { lineBreak: false })` (no wrapping, no continued text): each line of `text` drawn where
 * pdfkit's `text()` draws it, through `drawGlyphRun`, and the document's position moved as pdfkit moves it.
 */
export function drawText(doc: Doc, text: string, x: number, y: number): void {
  const d = doc as unknown as DocInternals;
  d.x = x;
  d.y = y;
  for (const line of text.split('\n')) {
    if (!drawGlyphRun(doc, line, d.x, d.y, 0)) d._fragment(line, d.x, d.y, { ...UNWRAPPED });
    d.x += d.widthOfString(line);
  }
}

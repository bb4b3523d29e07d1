// The briefing's typefaces (templates/fonts/): parsed once per process, measured with a warm cache.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { projectRoot } from '../assets.ts';
import * as fontkit from 'fontkit';
import type { VFileMessage } from 'vfile-message';
import type { Nodes } from 'mdast';
import type { Revision } from '../model.ts';
import { userMessage } from '../errors.ts';
import type { Font, Glyph, GlyphRun } from 'fontkit';
import { SHAPING_TABLE_VERSION, TableShaper, fontIdentity, type FontIdentity, type ShapingTable } from './shaping-table.ts';

/** The faces the briefing uses, by role. The files live in templates/fonts/ with their licence. */
export const FACES = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
} as const;
/** One of the briefing's own faces. */
export type PrimaryFace = keyof typeof FACES;
/** A fallback face for characters the briefing's faces lack: `fb:<family>:<subset>:<weight>` (fallbackFile). */
export type FallbackFace = `fb:${string}`;
export type Face = PrimaryFace | FallbackFace;

// Resolved from the project root, so it works from the sources, the tests and the bundle in dist/ alike.
const templatesDir = `${projectRoot()}/templates/`;
const fontsDir = `${templatesDir}fonts/`;
const DEFAULT_FILES = Object.fromEntries(Object.entries(FACES).map(([face, file]) => [face, fontsDir + file])) as Record<PrimaryFace, string>;
/** The file each primary face is drawn from: templates/fonts/, or the theme's (`useFaceFiles`). */
let faceFiles: Record<PrimaryFace, string> = DEFAULT_FILES;
const loaded = new Map<Face, Font>();
/** Widths measured per face: the current generation, and the one before it (see LAYOUT_CACHE_GLYPHS). */
const widths = new Map<Face, Map<string, number>>();
const formerWidths = new Map<Face, Map<string, number>>();
const WIDTHS_KEPT = 6_000;

/**
 * Fallback families for the scripts the briefing's faces (DejaVu: Latin, Greek, Cyrillic) lack, tried in this
 * order: OFL Noto faces from the npm registry (@fontsource, installed by `make`), each split by its publisher into
 * files per Unicode range (`unicode.json`). `script` is the characters a family is preferred for even where a
 * primary face has a glyph (a word is shaped in one font: Arabic joins only within one).
 */
export const FALLBACK_FAMILIES: ReadonlyArray<{ family: string; script: RegExp }> = [
  { family: 'noto-sans-arabic', script: /\p{Script=Arabic}/u },
  { family: 'noto-sans-hebrew', script: /\p{Script=Hebrew}/u },
  { family: 'noto-sans-devanagari', script: /\p{Script=Devanagari}/u },
  { family: 'noto-serif-tibetan', script: /\p{Script=Tibetan}/u },
  { family: 'noto-sans-kr', script: /\p{Script=Hangul}/u },
  { family: 'noto-sans-sc', script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u },
  { family: 'noto-emoji', script: /\p{Emoji_Presentation}/u },
];
/** Subsets of a family that are its own script (a family's `latin` files would only shadow the primary faces). */
const OWN_SUBSET = /^(?:arabic|hebrew|devanagari|tibetan|\d+)$/;

interface Chunk {
  family: string;
  subset: string;
  script: RegExp;
  /** The subset's code point ranges, first and last of each in turn (as arrays of pairs, 1.1 MB of a pool worker's heap). */
  ranges: Float64Array;
}
let chunks: Chunk[] | null = null;

/** Whether a code point is in one of the ranges (Chunk.ranges). */
function covers(ranges: Float64Array, cp: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
  return false;
}

function fallbackChunks(): Chunk[] {
  if (chunks) return chunks;
  chunks = [];
  for (const { family, script } of FALLBACK_FAMILIES) {
    const file = `${projectRoot()}/node_modules/@fontsource/${family}/unicode.json`;
    if (!existsSync(file)) continue;
    const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [key, value] of Object.entries(table)) {
      const subset = key.replace(/^\[|\]$/g, '');
      if (!OWN_SUBSET.test(subset)) continue;
      const ranges = Float64Array.from(
        value.split(',').flatMap((r) => {
          const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(a, 16), parseInt(b ?? a, 16)];
        }),
      );
      chunks.push({ family, subset, script, ranges });
    }
  }
  return chunks;
}

/**
 * A fallback face's font: its WOFF file, or the WOFF2 one where fontkit cannot read the WOFF's character map
 * (one file of Noto Sans SC).
 */
function openFallback(face: FallbackFace): Font {
  return fontkit.create(woffToSfnt(readFileSync(fallbackFile(face))));
}

/**
 * A WOFF 1.0 file as the TrueType/OpenType font it wraps (W3C WOFF: a table directory, each table zlib-compressed
 * when that made it smaller). fontkit reads WOFF itself, but fails on some files' compressed tables (a character
 * map of Noto Sans SC), and a subset made from the plain font is what pdfkit embeds anyway.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) return woff; // not 'wOFF': already a plain font
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: Array<{ tag: number; checksum: number; data: Uint8Array }> = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 16), data: compLength < origLength ? inflateSync(stored) : stored });
  }
  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, power * 16);
  o.setUint16(8, Math.log2(power));
  o.setUint16(10, numTables * 16 - power * 16);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    o.setUint32(at, t.tag);
    o.setUint32(at + 4, t.checksum);
    o.setUint32(at + 8, offset);
    o.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}

/** The font file of a fallback face. */
export function fallbackFile(face: FallbackFace): string {
  const [, family, subset, weight] = face.split(':');
  return `${projectRoot()}/node_modules/@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`;
}

const isBold = (face: PrimaryFace) => face.endsWith('Bold');
const primaryCoverage = new Map<PrimaryFace, Set<number>>();
function primaryHas(face: PrimaryFace, cp: number): boolean {
  let set = primaryCoverage.get(face);
  if (!set) primaryCoverage.set(face, (set = new Set(loadFace(face).characterSet)));
  return set.has(cp);
}
const chosenFace = new Map<string, Face | null>();

/**
 * The face that draws a character in text styled `base`: the base face, or the first fallback that has the
 * character (preferred for its own script), in the base's weight where the family has it; null when no face has it.
 */
export function faceFor(base: PrimaryFace, cp: number): Face | null {
  const key = `${base}:${cp}`;
  const known = chosenFace.get(key);
  if (known !== undefined) return known;
  const ch = String.fromCodePoint(cp);
  const candidates = fallbackChunks().filter((c) => covers(c.ranges, cp));
  const own = candidates.filter((c) => c.script.test(ch));
  let face: Face | null = null;
  const tryChunks = (list: Chunk[]) => {
    for (const c of list) {
      for (const weight of isBold(base) ? ['700', '400'] : ['400']) {
        const candidate: FallbackFace = `fb:${c.family}:${c.subset}:${weight}`;
        if (!usable(candidate)) continue;
        if (loadFace(candidate).hasGlyphForCodePoint(cp)) return candidate;
      }
    }
    return null;
  };
  face = tryChunks(own) ?? (primaryHas(base, cp) ? base : tryChunks(candidates));
  chosenFace.set(key, face);
  return face;
}

const usableFaces = new Map<FallbackFace, boolean>();
/** Is a fallback file there and readable by fontkit (one publisher's file has a character map fontkit cannot read)? */
function usable(face: FallbackFace): boolean {
  let ok = usableFaces.get(face);
  if (ok === undefined) {
    ok = existsSync(fallbackFile(face));
    try {
      // Reading its character map is what fails on a file fontkit cannot parse.
      if (ok) loadFace(face).hasGlyphForCodePoint(0x20);
    } catch {
      ok = false;
    }
    usableFaces.set(face, ok);
  }
  return ok;
}

/** Characters that draw nothing of their own (joiners, direction marks, variation selectors): kept with their neighbour. */
const INVISIBLE = /[\p{Cc}\p{Cf}\uFE00-\uFE0F]/u;
/** Text every primary face draws as it is (most of a briefing): no need to look at each character. */
const PLAIN = /^[\x20-\x7E\u00A0-\u017F\u2010-\u2027]*$/;
/** Text every primary face draws as it is: `fontRuns` gives it one run, in the base face. */
export const plainText = (text: string): boolean => PLAIN.test(text);

/**
 * Split text styled `base` into runs, each drawn by one face: the base face, or a fallback for characters it
 * lacks (an Arabic word, a Chinese phrase, an emoji). A combining mark or joiner stays with the run before it
 * where that face has it; an invisible character no face of the run has is left out (it would draw a box).
 * A visible character no face has stays in the base face, and `missingGlyphs` reports it.
 */
export function fontRuns(base: PrimaryFace, text: string): Array<{ face: Face; text: string }> {
  if (PLAIN.test(text)) return [{ face: base, text }];
  const runs: Array<{ face: Face; text: string }> = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const last = runs[runs.length - 1];
    if (INVISIBLE.test(ch) || /\p{M}/u.test(ch)) {
      if (last && loadFace(last.face).hasGlyphForCodePoint(cp)) last.text += ch;
      else if (!INVISIBLE.test(ch)) runs.push({ face: faceFor(base, cp) ?? base, text: ch });
      continue;
    }
    const face = faceFor(base, cp) ?? base;
    if (last && last.face === face) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs.length ? runs : [{ face: base, text: '' }];
}

/** A visible character of `text` that no face can draw in text styled `base`, if any (for warnings). */
export function undrawable(base: PrimaryFace, text: string): string[] {
  if (PLAIN.test(text)) return [];
  const missing = new Set<string>();
  for (const ch of text) {
    if (INVISIBLE.test(ch) || /\s/u.test(ch)) continue;
    if (faceFor(base, ch.codePointAt(0)!) === null) missing.add(ch);
  }
  return [...missing];
}

/**
 * Draw the primary faces from the theme's files (paths under templates/, `fonts/House-Serif.ttf`), the rest from
 * templates/fonts/. Every cache that holds a face's glyphs, widths or runs forgets the faces whose file changed.
 */
export function useFaceFiles(files: Partial<Record<PrimaryFace, string>> = {}): void {
  const next = { ...DEFAULT_FILES };
  for (const [face, file] of Object.entries(files) as Array<[PrimaryFace, string]>) next[face] = templatesDir + file;
  const changed = (Object.keys(next) as PrimaryFace[]).filter((face) => next[face] !== faceFiles[face]);
  if (!changed.length) return;
  faceFiles = next;
  faceFilesChanged++;
  for (const face of changed) {
    loaded.delete(face);
    widths.delete(face);
    formerWidths.delete(face);
    shapedRuns.delete(face);
    formerRuns.delete(face);
    emMetrics.delete(face);
    primaryCoverage.delete(face);
    shapers.delete(face);
  }
  chosenFace.clear();
}

let faceFilesChanged = 0;
/** How many times a face's file has changed (`useFaceFiles`): what was measured with others is not valid since. */
export const faceFilesGeneration = (): number => faceFilesChanged;

/** The file a face is drawn from (caches of font data are keyed by it). */
export const faceSource = (face: Face): string => (isFallback(face) ? fallbackFile(face) : faceFiles[face]);

/** A font file's problem as a sentence (not there, not a TrueType or OpenType font fontkit reads), or null. */
export function fontFileProblem(path: string): string | null {
  if (!existsSync(path)) return 'is not there';
  try {
    const font = fontkit.create(readFileSync(path));
    if (!('characterSet' in font)) return 'is a font collection, not one face';
    return font.hasGlyphForCodePoint(0x61) ? null : 'has no Latin letters';
  } catch {
    return 'is not a TrueType or OpenType font';
  }
}

const families = new Map<string, string>();
/** The family name a font file under templates/ states (`House Serif`), for the web page's and EPUB's font stacks. */
export function familyOfFile(file: string): string {
  let family = families.get(file);
  if (family === undefined) families.set(file, (family = fontkit.create(readFileSync(templatesDir + file)).familyName));
  return family;
}

/** The primary face a face stands in for, for line metrics (a fallback's taller ascent must not move the line). */
export const isFallback = (face: Face): face is FallbackFace => face.startsWith('fb:');

/**
 * The parsed font for a face. fontkit parsing and shaping is the known cost of an embedded font
 * (DESIGN.md), so each face is parsed once per process and the same object is handed to every
 * pdfkit document, which keeps fontkit's glyph caches warm across documents and articles. Its glyphs carry the
 * code points each request asked with (glyphsByCodePoints), so what it shapes depends on nothing built before.
 */
export function loadFace(face: Face): Font {
  let font = loaded.get(face);
  if (!font) {
    font = isFallback(face) ? openFallback(face) : fontkit.create(readFileSync(faceFiles[face]));
    glyphsByCodePoints(font);
    memoizeGlyphDecoding(font);
    loaded.set(face, font);
  }
  return font;
}

/** A glyph object as fontkit makes it: its own font, and what its code points decide. */
interface FontkitGlyph extends Glyph {
  _font?: unknown;
  isMark: boolean;
  isLigature: boolean;
}
type GetGlyph = (id: number, codePoints?: number[]) => FontkitGlyph | null;

/** The same numbers in the same order (code points, glyph indices). */
export const sameNumbers = (a: readonly number[], b: readonly number[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * fontkit keeps one glyph object per glyph of a font (`getGlyph(id, codePoints)`), made with the code points of the
 * first request, and hands that object to every later request whatever characters it came from: a glyph two
 * characters share (Noto Sans Arabic's medial kaf and keheh, a dotless skeleton of teh and yeh, a presentation form
 * and the letters it ligates from) keeps the characters of the first text shaped with it. Its shaping reads them
 * (the script of a string, Arabic joining, the default-ignorables it hides) and pdfkit maps the glyph to them in the
 * PDF's ToUnicode map. The font is parsed once per process and shared by every document (loadFace), so a document's
 * bytes followed the articles the process had built before it. Here a request gets a glyph object with the code
 * points it asked with: fontkit's own object where they are the same (nearly always: most glyphs are reached from
 * one character), else a variant of it that differs in its code points only, made once and kept with the font.
 * A variant inherits the object's outline, metrics and caches.
 */
function glyphsByCodePoints(font: Font): void {
  const f = font as unknown as { getGlyph: GetGlyph };
  const getGlyph = f.getGlyph;
  if (typeof getGlyph !== 'function') return;
  const variants = new Map<number, FontkitGlyph[]>();
  f.getGlyph = function (this: unknown, id: number, codePoints: number[] = []) {
    const glyph = getGlyph.call(this, id, codePoints);
    if (glyph === null || sameNumbers(glyph.codePoints, codePoints)) return glyph;
    let list = variants.get(id);
    if (list === undefined) variants.set(id, (list = []));
    for (const variant of list) if (sameNumbers(variant.codePoints, codePoints)) return variant;
    // What fontkit's Glyph constructor sets from the code points, as it sets them (a glyph of its own class).
    const own = new (glyph.constructor as new (id: number, codePoints: number[], font: unknown) => FontkitGlyph)(id, codePoints, glyph._font);
    const field = (value: unknown) => ({ value, writable: true, enumerable: true, configurable: true });
    const variant = Object.create(glyph, { codePoints: field(own.codePoints), isMark: field(own.isMark), isLigature: field(own.isLigature) }) as FontkitGlyph;
    list.push(variant);
    return variant;
  };
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
    // A variant made for other code points (glyphsByCodePoints) shares fontkit's object's outline.
    const key = Object.hasOwn(this, '_font') ? this : (Object.getPrototypeOf(this) as object);
    if (!decoded.has(key)) decoded.set(key, decode.call(this));
    return decoded.get(key);
  };
}
interface GlyphInternals {
  _font?: { _variationProcessor?: unknown };
}

/** Advance width of `text` in `face` at `size` points, cached per string. */
export function measure(face: Face, text: string, size: number): number {
  let cache = widths.get(face);
  // Bounded like the shaped runs below: strings that never come back must not pile up in a warm worker.
  if (!cache || cache.size > WIDTHS_KEPT) {
    if (cache) formerWidths.set(face, cache);
    widths.set(face, (cache = new Map()));
  }
  let units = cache.get(text);
  if (units === undefined) {
    units = formerWidths.get(face)?.get(text);
    if (units !== undefined) cache.set(text, units);
  }
  if (units === undefined) {
    const font = loadFace(face);
    const run = shapeText(face, text);
    units = (run.advanceWidth * 1000) / font.unitsPerEm;
    cache.set(text, units);
    keepShapedRun(face, text, run, 1000 / font.unitsPerEm);
  }
  return (units * size) / 1000;
}

/**
 * Shaped words kept per face across documents, bounded by the glyphs they hold: a long briefing
 * shapes many strings that never come back (page numbers, `file:line` provenance), and each glyph
 * position costs about 200 bytes of heap. Two generations: past the bound the current one becomes the
 * former and a new one starts, empty; a word found in the former moves to the current, so the words in
 * use stay and the rest go at the next turn. At 20,000 glyphs and one generation (emptied at the bound),
 * the runs were 17 MB of a warm worker's 82 MB live heap (a heap snapshot after 300 corpus articles); one
 * generation of 6,000 saved that memory but shaped the example's long briefing again on every warm build.
 */
const LAYOUT_CACHE_GLYPHS = 6_000;
interface ShapedRuns {
  words: Record<string, ShapedRun>;
  glyphs: number;
}
interface ShapedRun {
  positions: unknown[];
}
const shapedRuns = new Map<Face, ShapedRuns>();
const formerRuns = new Map<Face, Record<string, ShapedRun>>();

/** The current generation of a face's shaped runs (a new one once it outgrew its bound). */
function shapedRunsOf(face: Face): ShapedRuns {
  let shared = shapedRuns.get(face);
  if (!shared || shared.glyphs > LAYOUT_CACHE_GLYPHS) {
    if (shared) formerRuns.set(face, shared.words);
    shared = { words: Object.create(null) as Record<string, ShapedRun>, glyphs: 0 };
    shapedRuns.set(face, shared);
  }
  return shared;
}

/**
 * The run kept for `text` in a face (pdfkit's `layoutCache`, keyed by the text it shapes), shared by every
 * document of the process and bounded so that a corpus build, or one very long article, keeps a flat
 * memory profile; undefined when there is none.
 */
export function shapedRun(face: Face, text: string): ShapedRun | undefined {
  const run = shapedRunsOf(face).words[text];
  if (run !== undefined) return run;
  const former = formerRuns.get(face)?.[text];
  if (former !== undefined) keepRun(face, text, former);
  return former;
}

/** Keep a shaped run for `text` in the face's shared cache. */
export function keepRun(face: Face, text: string, run: ShapedRun): void {
  const shared = shapedRunsOf(face);
  shared.words[text] = run;
  shared.glyphs += run.positions.length || 1;
}

/**
 * A text measured here is often drawn as it is (the last word of a line, a one-word label), and pdfkit would
 * shape it again: hand pdfkit the run in the form its `layoutRun` makes (positions scaled to 1000
 * units in place, each with the glyph's advance width). The width above was taken before scaling.
 * Only a text pdfkit can ask for is kept: it shapes (and the PDF's word encoder looks up) one word at a
 * time, each ending after a space or a tab, so a text with a space or tab before its end is never asked
 * for. Kept, such texts (a timeline label's cut prefixes, a table cell, a line) filled the bounded cache
 * with glyphs no one read and pushed out the words drawn on every page: over 50 corpus articles, 45 % of
 * the words shaped had been shaped before (`of` 18 times).
 */
function keepShapedRun(face: Face, text: string, run: ReturnType<Font['layout']>, scale: number): void {
  if (!oneWord(text) || shapedRun(face, text) !== undefined) return;
  keepRun(face, text, scaleRun(run, scale));
}

/** Whether pdfkit's layout could ask for `text` as one word: no space or tab but, perhaps, its last character. */
function oneWord(text: string): boolean {
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) return false;
  }
  return true;
}

/** A run's positions scaled in place, each with its glyph's advance width, as pdfkit's `layoutRun` makes them. */
export function scaleRun<Run extends ReturnType<Font['layout']>>(run: Run, scale: number): Run {
  for (let i = 0; i < run.positions.length; i++) {
    const position = run.positions[i] as unknown as Record<string, number>;
    for (const key in position) position[key] *= scale;
    position.advanceWidth = run.glyphs[i].advanceWidth * scale;
  }
  return run;
}

/**
 * The shaping tables of brief's own faces, by font file name (shaping-table.ts), made at bundle time into
 * dist/shaping-tables.json; read once, the first time a face is shaped. null: none (run from the sources before
 * `make`, or `BRIEF_SHAPING_TABLES=0`), every word is shaped by fontkit.
 */
let shapingTables: Record<string, ShapingTable> | null | undefined;
const shapers = new Map<Face, TableShaper | null>();
const SHAPING_TABLES_FILE = `${projectRoot()}/dist/shaping-tables.json`;

/** Use these shaping tables (by font file name) instead of dist/'s; null: none. For the tests and benches. */
export function useShapingTables(tables: Record<string, ShapingTable> | null): void {
  shapingTables = tables;
  shapers.clear();
}

/** A JSON file's content; null when it is missing or not JSON. */
function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

function readShapingTables(): Record<string, ShapingTable> | null {
  return process.env.BRIEF_SHAPING_TABLES === '0' ? null : readJson<Record<string, ShapingTable>>(SHAPING_TABLES_FILE);
}

/** The installed fontkit's version, which a shaping table must have been made with; undefined when it cannot be read. */
let installedFontkit: string | null | undefined;
export function fontkitVersion(): string | undefined {
  if (installedFontkit === undefined) installedFontkit = readJson<{ version?: string }>(`${projectRoot()}/node_modules/fontkit/package.json`)?.version ?? null;
  return installedFontkit ?? undefined;
}

const sameIdentity = (a: FontIdentity, b: FontIdentity) => a.numGlyphs === b.numGlyphs && a.unitsPerEm === b.unitsPerEm && a.checkSumAdjustment === b.checkSumAdjustment && a.size === b.size;

/**
 * The table shaper of a face: only a primary face drawn from its own file of templates/fonts/ (never a theme's
 * file, nor a fallback), with a table made from that very file (name, size, glyph count, checksum) by the fontkit
 * installed now (a `node_modules` updated without `make` keeps an older table, which is then not used).
 */
function shaperOf(face: Face): TableShaper | null {
  let shaper = shapers.get(face);
  if (shaper !== undefined) return shaper;
  shaper = null;
  if (!isFallback(face) && faceFiles[face] === DEFAULT_FILES[face]) {
    if (shapingTables === undefined) shapingTables = readShapingTables();
    const table = shapingTables?.[FACES[face]];
    if (table && table.version === SHAPING_TABLE_VERSION && table.file === FACES[face] && table.fontkit !== undefined && table.fontkit === fontkitVersion()) {
      const font = loadFace(face);
      if (sameIdentity(table.identity, fontIdentity(font, statSync(faceFiles[face]).size))) shaper = new TableShaper(table, font);
    }
  }
  shapers.set(face, shaper);
  return shaper;
}

/**
 * `text` shaped in `face`: what fontkit's `font.layout(text)` gives, from the face's shaping table where it covers
 * the text (most words of a briefing), else from fontkit.
 */
export function shapeText(face: Face, text: string): GlyphRun {
  return shaperOf(face)?.shape(text) ?? layoutText(loadFace(face), text);
}

/**
 * UNANCHORED_MARK: fontkit's `font.layout(text)`, or, where fontkit fails on it, the same text laid out without the
 * fonts' mark positioning: a combining mark on a letter the font gives no anchor for (`ŋ̟`, ŋ and U+031F in an IPA
 * transcription, in DejaVu Serif) throws in fontkit 2's GPOS (`Cannot read properties of null (reading
 * 'xCoordinate')`). The mark is then drawn where it falls, after its letter, as a font without such positioning
 * draws it, and the build goes on; every other text is shaped as before.
 */
export function layoutText(font: Font, text: string): GlyphRun {
  try {
    return font.layout(text);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return font.layout(text, { mark: false, mkmk: false });
  }
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

/**
 * A warning for each character of the revisions that no face draws (the body face and every fallback): named
 * by file, line and column of its first place in each file, once per character and file.
 */
export function missingGlyphs(revisions: readonly Revision[]): VFileMessage[] {
  const messages: VFileMessage[] = [];
  for (const revision of revisions) {
    const seen = new Set<string>();
    missingIn(revision.tree, revision, seen, messages);
  }
  return messages;
}

/** missingGlyphs' walk: the text nodes at or below `node`, in document order (a plain recursion: bench/README.md on closures made per call). */
function missingIn(node: Nodes, revision: Revision, seen: Set<string>, messages: VFileMessage[]): void {
  if (node.type === 'text') {
    const missing: string[] = [];
    for (const ch of undrawable('serif', node.value)) if (!seen.has(ch)) missing.push(ch);
    for (const ch of missing) {
      seen.add(ch);
      const start = node.position?.start;
      const before = node.value.slice(0, node.value.indexOf(ch));
      const lines = before.split('\n');
      const place = start && { line: start.line + lines.length - 1, column: (lines.length > 1 ? 1 : start.column) + [...lines[lines.length - 1]].length };
      const message = userMessage('missing-glyph', { char: ch, code: ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0') }, place, revision.file);
      message.fatal = false;
      messages.push(message);
    }
  }
  if ('children' in node && node.children) {
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i++) missingIn(children[i], revision, seen, messages);
  }
}

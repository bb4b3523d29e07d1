// Table-driven shaping of the briefing's own faces (issue 18): a word of Latin, Greek, Cyrillic and common
// characters that no substitution or mark positioning can touch is shaped from a table made at bundle time
// (shaping-table-make.ts, scripts/bundle.mjs → dist/shaping-tables.json) instead of by fontkit's OpenType engine;
// the run is what fontkit's `font.layout(word)` gives, glyph objects and all. Anything else is left to fontkit.
import type { Font, Glyph, GlyphPosition } from 'fontkit';

/** Raised whenever the table's form or the rules that make it change: a table of another version is not used. */
export const SHAPING_TABLE_VERSION = 3;

/** A positioning value as fontkit adds it: [xAdvance, yAdvance, xPlacement, yPlacement]. */
export type PairValue = [number, number, number, number];

/** One subtable of a pair-positioning lookup, restricted to the table's glyphs. */
export type PairSubtable =
  /** format 1: glyph pairs (`first` → `second` → values); a first glyph without the pair goes on to the next subtable */
  | { f: 1; pairs: Record<string, Record<string, [PairValue, PairValue]>> }
  /** format 2: a first glyph of the coverage ends the lookup, with the values of its class pair (none: zero) */
  | { f: 2; coverage: number[]; class1: Record<string, number>; class2: Record<string, number>; values: Record<string, [PairValue, PairValue]> };

/** One subtable of a ligature lookup, restricted to the table's glyphs: first glyph → [the glyphs after it, the ligature], in order. */
export type LigatureSubtable = Record<string, Array<[components: number[], ligature: number]>>;

export interface ScriptTable {
  /** The ligature lookups fontkit applies for the script, in the order it applies them (in `ligatureLookups`). */
  ligatures: number[];
  /** The pair-positioning lookups fontkit applies for the script, in the order it applies them (in `lookups`). */
  pairs: number[];
  /** Glyphs some other lookup of the script (a substitution, mark or cursive positioning) starts on. */
  triggers: number[];
}

export interface ShapingTable {
  version: number;
  /** The fontkit the table was made with (its version): a table never serves another fontkit, whose runs may differ. */
  fontkit?: string;
  /** The font file the table was made from (its name) and what identifies it: a table never serves another file. */
  file: string;
  identity: FontIdentity;
  /** Code points the table shapes, each with its glyph and the index of its script in `scripts` (0: common). */
  cmap: Array<[codePoint: number, glyph: number, script: number]>;
  /** fontkit's script tags (`zzzz` for a word of common characters only), with what applies to each. */
  scripts: Array<{ tag: string } & ScriptTable>;
  /** The pair-positioning lookups of the scripts, each once, each a list of subtables. */
  lookups: PairSubtable[][];
  /** The ligature lookups of the scripts, each once, each a list of subtables. */
  ligatureLookups: LigatureSubtable[][];
}

export interface FontIdentity {
  numGlyphs: number;
  unitsPerEm: number;
  checkSumAdjustment: number;
  /** The file's length in bytes. */
  size: number;
}

interface FontInternals {
  numGlyphs: number;
  unitsPerEm: number;
  head: { checkSumAdjustment: number };
}

/** What identifies a font file's content for its table. */
export function fontIdentity(font: Font, size: number): FontIdentity {
  const f = font as unknown as FontInternals;
  return { numGlyphs: f.numGlyphs, unitsPerEm: f.unitsPerEm, checkSumAdjustment: f.head.checkSumAdjustment, size };
}

/** fontkit's default-ignorable characters (LayoutEngine.isDefaultIgnorable): drawn as a zero-width space. */
export function isDefaultIgnorable(ch: number): boolean {
  if (ch >> 16 === 0) {
    switch (ch >> 8) {
      case 0x00: return ch === 0x00ad;
      case 0x03: return ch === 0x034f;
      case 0x06: return ch === 0x061c;
      case 0x17: return ch >= 0x17b4 && ch <= 0x17b5;
      case 0x18: return ch >= 0x180b && ch <= 0x180e;
      case 0x20: return (ch >= 0x200b && ch <= 0x200f) || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2060 && ch <= 0x206f);
      case 0xfe: return (ch >= 0xfe00 && ch <= 0xfe0f) || ch === 0xfeff;
      case 0xff: return ch >= 0xfff0 && ch <= 0xfff8;
      default: return false;
    }
  }
  return true; // other planes: never in a table, so never asked about here
}

/** A shaped run in the form fontkit's GlyphRun has for pdfkit and for measuring. */
export class TableRun {
  constructor(
    public glyphs: Glyph[],
    public positions: GlyphPosition[],
  ) {}

  /** As fontkit's GlyphRun: the sum of the positions' advances, read each time (pdfkit scales them in place). */
  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

type ReadyLookup = Array<{ f: 1; pairs: Map<number, Map<number, [PairValue, PairValue]>> } | { f: 2; coverage: Uint8Array; class1: Uint16Array; class2: Uint16Array; values: Map<number, [PairValue, PairValue]> }>;

type ReadyLigatures = Array<Map<number, Array<[number[], number]>>>;

interface ReadyScript {
  ligatures: ReadyLigatures[];
  pairs: ReadyLookup[];
  triggers: Uint8Array;
}

/** The characters a table can hold are below this (shaping-table-make.ts RANGES): looked up by index. */
const CHAR_LIMIT = 0x2c00;

/** A record of glyph → number as an array by glyph. */
function byGlyph<T extends Uint8Array | Uint16Array>(array: T, entries: Record<string, number> | number[]): T {
  if (Array.isArray(entries)) for (const g of entries) array[g] = 1;
  else for (const g in entries) array[Number(g)] = entries[g];
  return array;
}

/**
 * Shapes from a table, for one font: `shape(text)` is the run, or null when the table cannot say (a character
 * it lacks, a substitution or mark that may apply): the caller then asks fontkit.
 */
export class TableShaper {
  /** By code point: its glyph + 1 (0: not in the table), and its script's index in `scripts`. */
  private readonly glyphOf = new Uint16Array(CHAR_LIMIT);
  private readonly scriptOf = new Uint8Array(CHAR_LIMIT);
  private readonly scripts: ReadyScript[];

  constructor(
    table: ShapingTable,
    private readonly font: Font,
  ) {
    for (const [cp, gid, script] of table.cmap) {
      if (cp >= CHAR_LIMIT) continue;
      this.glyphOf[cp] = gid + 1;
      this.scriptOf[cp] = script;
    }
    const glyphs = table.identity.numGlyphs;
    const lookups: ReadyLookup[] = table.lookups.map((lookup) =>
      lookup.map((sub) =>
        sub.f === 1
          ? { f: 1 as const, pairs: new Map(Object.entries(sub.pairs).map(([a, seconds]) => [Number(a), new Map(Object.entries(seconds).map(([b, v]) => [Number(b), v]))])) }
          : {
              f: 2 as const,
              coverage: byGlyph(new Uint8Array(glyphs), sub.coverage),
              class1: byGlyph(new Uint16Array(glyphs), sub.class1),
              class2: byGlyph(new Uint16Array(glyphs), sub.class2),
              values: new Map(Object.entries(sub.values).map(([k, v]) => [Number(k), v])),
            },
      ),
    );
    const ligatures: ReadyLigatures[] = table.ligatureLookups.map((lookup) => lookup.map((sub) => new Map(Object.entries(sub).map(([g, list]) => [Number(g), list]))));
    this.scripts = table.scripts.map((s) => ({
      ligatures: s.ligatures.map((i) => ligatures[i]),
      pairs: s.pairs.map((i) => lookups[i]),
      triggers: byGlyph(new Uint8Array(glyphs), s.triggers),
    }));
  }

  shape(text: string): TableRun | null {
    const n = text.length;
    // fontkit lays out an empty string without asking for any glyph
    if (n === 0) return new TableRun([], []);
    const glyphOf = this.glyphOf;
    const ids: number[] = [];
    let script = 0;
    for (let i = 0; i < n; i++) {
      // The table holds no surrogates: a character outside the BMP is not in it.
      const cp = text.charCodeAt(i);
      const gid = cp < CHAR_LIMIT ? glyphOf[cp] : 0;
      if (gid === 0) return null;
      if (script === 0) script = this.scriptOf[cp];
      ids.push(gid - 1);
    }
    const s = this.scripts[script];
    if (s === undefined) return null;
    for (let i = 0; i < n; i++) if (s.triggers[ids[i]]) return null;
    // The glyph objects fontkit's glyphsForString would take, in its order. A font of fonts.ts's loadFace hands out
    // a glyph with the code points asked for (glyphsByCodePoints); a plain fontkit font keeps one per glyph, with the
    // code points of the first request, and hides a glyph first made for a default-ignorable character.
    const font = this.font as Font & { getGlyph(id: number, codePoints?: number[]): Glyph };
    let glyphs: Glyph[] = [];
    for (let i = 0; i < n; i++) {
      const cp = text.charCodeAt(i);
      const glyph = font.getGlyph(ids[i], [cp]);
      if (glyph.codePoints[0] !== cp && isDefaultIgnorable(glyph.codePoints[0])) return null;
      glyphs.push(glyph);
    }
    if (s.ligatures.length) {
      const ligated = ligate(s.ligatures, ids, glyphs, s.triggers);
      if (ligated === null) return null;
      if (ligated !== NOTHING_LIGATED) {
        // fontkit then takes the glyph of each (a ligature's made with the code points of its components).
        glyphs = ligated.map((g) => font.getGlyph(g.id, g.codePoints));
        for (const glyph of glyphs) if (isDefaultIgnorable(glyph.codePoints[0])) return null;
        ids.length = 0;
        for (const g of ligated) ids.push(g.id);
      }
    }
    const positions: GlyphPosition[] = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    const count = ids.length;
    for (const lookup of s.pairs) {
      for (let i = 0; i + 1 < count; i++) {
        const value = pairValue(lookup, ids[i], ids[i + 1]);
        if (value === null) continue;
        add(positions[i], value[0]);
        add(positions[i + 1], value[1]);
      }
    }
    // fontkit's hideDefaultIgnorables asks for the space glyph after every layout.
    font.glyphForCodePoint(0x20);
    return new TableRun(glyphs, positions);
  }
}

/**
 * fontkit's ligature substitution (GSUBProcessor, lookup type 4) over a word's glyphs: lookup after lookup, at
 * each glyph the first subtable and ligature whose components follow it replace them by the ligature, whose code
 * points are theirs. NOTHING_LIGATED when nothing ligates; null when a ligature is a glyph another lookup starts on.
 */
const NOTHING_LIGATED: Array<{ id: number; codePoints: number[] }> = [];

function ligate(lookups: ReadyLigatures[], ids: number[], glyphs: Glyph[], triggers: Uint8Array): Array<{ id: number; codePoints: number[] }> | null {
  let seq: Array<{ id: number; codePoints: number[] }> | null = null;
  for (const lookup of lookups) {
    for (let i = 0; i < (seq ? seq.length : ids.length); i++) {
      const first = seq ? seq[i].id : ids[i];
      for (const sub of lookup) {
        const candidates = sub.get(first);
        if (!candidates) continue;
        const found = candidates.find(([components]) => components.every((c, k) => (seq ? seq[i + 1 + k]?.id : ids[i + 1 + k]) === c));
        if (!found) continue;
        seq ??= ids.map((id, k) => ({ id, codePoints: [...glyphs[k].codePoints] }));
        const [components, ligature] = found;
        if (triggers[ligature]) return null;
        const parts = seq.splice(i, 1 + components.length);
        seq.splice(i, 0, { id: ligature, codePoints: parts.flatMap((p) => p.codePoints) });
        break;
      }
    }
  }
  return seq ?? NOTHING_LIGATED;
}

function pairValue(lookup: ReadyLookup, first: number, second: number): [PairValue, PairValue] | null {
  for (const sub of lookup) {
    if (sub.f === 1) {
      const value = sub.pairs.get(first)?.get(second);
      if (value) return value;
      continue;
    }
    if (!sub.coverage[first]) continue;
    return sub.values.get(sub.class1[first] * 65536 + sub.class2[second]) ?? null;
  }
  return null;
}

function add(position: GlyphPosition, value: PairValue): void {
  position.xAdvance += value[0];
  position.yAdvance += value[1];
  position.xOffset += value[2];
  position.yOffset += value[3];
}

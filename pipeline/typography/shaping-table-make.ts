// Makes the shaping table of a font (shaping-table.ts) from fontkit's own reading of it: its character map, the
// script fontkit gives each character, and the GSUB and GPOS lookups fontkit's default shaper applies for each of
// the scripts Latin, Greek, Cyrillic and none (common characters only). Run at bundle time (scripts/bundle.mjs);
// the tests make tables with it too (test/pdf/shaping-table-matches-fontkit.test.ts).
import type { Font } from 'fontkit';
import { SHAPING_TABLE_VERSION, fontIdentity, isDefaultIgnorable, type LigatureSubtable, type PairSubtable, type PairValue, type ScriptTable, type ShapingTable } from './shaping-table.ts';

/** The characters a table may hold: Latin, IPA and spacing modifiers, Greek, Cyrillic, punctuation, symbols. */
const RANGES: Array<[number, number]> = [
  [0x20, 0x7e], [0xa0, 0x2ff], [0x370, 0x52f], [0x1e00, 0x1fff], [0x2000, 0x2bff],
];
/** The scripts a table covers (fontkit's tags; `zzzz` is a word without letters of any script). */
const SCRIPTS = ['zzzz', 'latn', 'grek', 'cyrl'];
/** The OpenType scripts fontkit's default shaper (no script-specific shaping) is chosen for, of those above. */
const DEFAULT_SHAPED = new Set(['DFLT', 'latn', 'grek', 'cyrl']);
/** The features fontkit's default shaper applies to left-to-right text, by stage (DefaultShaper; ShapingPlan). */
const STAGES = [
  ['rvrn', 'ltra', 'ltrm'],
  ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'],
];

/* eslint-disable @typescript-eslint/no-explicit-any -- fontkit's decoded OpenType tables, which it gives no types */
type Any = any;

interface Processor {
  features: Record<string, { lookupListIndexes: number[] }>;
  table: { lookupList: { get(i: number): Any } };
  selectScript(script: string, language: string | null, direction: string): string;
}

const list = (x: Any): Any[] => (x == null ? [] : Array.isArray(x) ? x : typeof x.toArray === 'function' ? x.toArray() : [...x]);

/** The glyphs of a coverage table, in coverage order. */
function coverageGlyphs(coverage: Any): number[] {
  if (!coverage) return [];
  if (coverage.version === 1) return list(coverage.glyphs);
  const glyphs: number[] = [];
  for (const r of list(coverage.rangeRecords)) for (let g = r.start; g <= r.end; g++) glyphs.push(g);
  return glyphs;
}

/** A class definition's class of a glyph, as fontkit's OTProcessor.getClassID reads it. */
function classOf(classDef: Any, glyph: number): number {
  if (classDef.version === 1) {
    const i = glyph - classDef.startGlyph;
    const values = list(classDef.classValueArray);
    return i >= 0 && i < values.length ? values[i] : 0;
  }
  for (const r of list(classDef.classRangeRecord)) if (r.start <= glyph && glyph <= r.end) return r.class;
  return 0;
}

const valueOf = (v: Any): PairValue => [v?.xAdvance ?? 0, v?.yAdvance ?? 0, v?.xPlacement ?? 0, v?.yPlacement ?? 0];

/** The lookups a processor applies for the script it selected, stage by stage, as fontkit's lookupsForFeatures lists them. */
function appliedLookups(p: Processor): Array<{ index: number; lookup: Any }> {
  const out: Array<{ index: number; lookup: Any }> = [];
  for (const stage of STAGES) {
    const lookups: Array<{ index: number; lookup: Any }> = [];
    for (const tag of stage) for (const index of p.features[tag]?.lookupListIndexes ?? []) lookups.push({ index, lookup: p.table.lookupList.get(index) });
    lookups.sort((a, b) => a.index - b.index);
    out.push(...lookups);
  }
  return out;
}

/** A lookup's subtables with extension subtables unwrapped: [type, subtable]. */
function subtables(lookup: Any, extensionType: number): Array<[number, Any]> {
  return list(lookup.subTables).map((t: Any) => (lookup.lookupType === extensionType ? [t.lookupType, t.extension] : [lookup.lookupType, t]));
}

/**
 * The glyphs a contextual subtable starts on, or none when one of the places of its context holds no glyph of the
 * table (a combining mark after a letter, say): a word of the table's glyphs then never matches it.
 */
function contextTriggers(t: Any, allowed: Set<number>, chaining: boolean): number[] {
  if (t.version === 3) {
    const places: Any[] = chaining ? [...list(t.backtrackCoverage), ...list(t.inputCoverage), ...list(t.lookaheadCoverage)] : list(t.coverages);
    if (places.some((c) => !coverageGlyphs(c).some((g) => allowed.has(g)))) return [];
    return coverageGlyphs(chaining ? list(t.inputCoverage)[0] : list(t.coverages)[0]);
  }
  const starts = coverageGlyphs(t.coverage);
  const triggers: number[] = [];
  if (t.version === 1) {
    // Rules of glyphs: one whose glyphs are all the table's may match.
    const sets = list(chaining ? t.chainRuleSets : t.ruleSets);
    starts.forEach((g, i) => {
      const rules = list(sets[i]);
      if (allowed.has(g) && rules.some((r: Any) => (chaining ? [r.backtrack, r.input, r.lookahead] : [r.input]).every((seq: Any) => list(seq).every((x: number) => allowed.has(x))))) triggers.push(g);
    });
    return triggers;
  }
  if (t.version === 2) {
    // Rules of classes: one whose classes each hold a glyph of the table may match.
    const possible = (classDef: Any) => new Set([...allowed].map((g) => classOf(classDef, g)));
    const input = chaining ? t.inputClassDef : t.classDef;
    const defs = chaining ? [possible(t.backtrackClassDef), possible(input), possible(t.lookaheadClassDef)] : [possible(input)];
    const sets = list(chaining ? t.chainClassSet : t.classSet);
    for (const g of starts) {
      if (!allowed.has(g)) continue;
      const rules = list(sets[classOf(input, g)]);
      if (rules.some((r: Any) => (chaining ? [r.backtrack, r.input, r.lookahead] : [r.classes]).every((seq: Any, k: number) => list(seq).every((c: number) => defs[k].has(c))))) triggers.push(g);
    }
    return triggers;
  }
  return starts;
}

export function makeShapingTable(font: Font, file: string, size: number): ShapingTable {
  const f = font as Any;
  const engine = f._layoutEngine.engine as { GSUBProcessor?: Processor; GPOSProcessor?: Processor } | undefined;
  const gsub = engine?.GSUBProcessor;
  const gpos = engine?.GPOSProcessor;
  const table: ShapingTable = { version: SHAPING_TABLE_VERSION, file, identity: fontIdentity(font, size), cmap: [], scripts: [], lookups: [], ligatureLookups: [] };
  // Without GPOS fontkit kerns from the `kern` table and positions marks by Unicode classes: not what a table holds.
  if (!gpos || f.morx) return table;
  const gdef = f.GDEF?.glyphClassDef;

  // The characters: mapped to a glyph that is neither a mark nor a ligature (GDEF), themselves no mark, control,
  // format character or fraction slash (which starts fontkit's fractions), and of a script the table covers.
  const chars: Array<{ cp: number; gid: number; script: string }> = [];
  for (const [from, to] of RANGES) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (isDefaultIgnorable(cp) || cp === 0x2044 || /[\p{M}\p{C}]/u.test(ch)) continue;
      const gid = f._cmapProcessor.lookup(cp) as number;
      if (!gid) continue;
      if (gdef && [2, 3].includes(classOf(gdef, gid))) continue;
      const script = (font.layout(ch) as unknown as { script: string }).script;
      if (SCRIPTS.includes(script)) chars.push({ cp, gid, script });
    }
  }
  // The scripts fontkit shapes with its default shaper, kerning from GPOS (else it takes the `kern` table), with
  // the GSUB and GPOS lookups it applies for each.
  const scripts: Array<{ tag: string; substitutions: Array<{ index: number; lookup: Any }>; positions: Array<{ index: number; lookup: Any }> }> = [];
  for (const tag of SCRIPTS) {
    const gposScript = gpos.selectScript(tag, null, 'ltr');
    const gsubScript = gsub ? gsub.selectScript(tag, null, 'ltr') : gposScript;
    if (!gpos.features.kern || !DEFAULT_SHAPED.has(gsubScript) || !DEFAULT_SHAPED.has(gposScript)) continue;
    scripts.push({ tag, substitutions: gsub ? appliedLookups(gsub) : [], positions: appliedLookups(gpos) });
  }
  const ligatureLookup = (lookup: Any) => subtables(lookup, 7).every(([type]) => type === 4);

  // The glyphs a word of the table's characters can hold: theirs, and the ligatures made of them.
  const allowed = new Set(chars.map((c) => c.gid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const { substitutions } of scripts) {
      for (const { lookup } of substitutions.filter((l) => ligatureLookup(l.lookup))) {
        for (const [, t] of subtables(lookup, 7)) {
          for (const [, ligature] of ligaturesOf(t, allowed)) {
            if (!allowed.has(ligature)) grew = Boolean(allowed.add(ligature));
          }
        }
      }
    }
  }

  /** Index in `table.lookups` (`table.ligatureLookups`) of each lookup (by its index in GPOS, GSUB) taken so far. */
  const pairAt = new Map<number, number>();
  const ligatureAt = new Map<number, number>();
  for (const { tag, substitutions, positions } of scripts) {
    const triggers = new Set<number>();
    const ligatures: number[] = [];
    const pairs: number[] = [];
    for (const { index, lookup } of substitutions) {
      if (ligatureLookup(lookup)) {
        if (!ligatureAt.has(index)) {
          const subs = subtables(lookup, 7).map(([, t]) => {
            const sub: LigatureSubtable = {};
            for (const [first, ligature, components] of ligaturesOf(t, allowed)) (sub[first] ??= []).push([components, ligature]);
            return sub;
          });
          ligatureAt.set(index, table.ligatureLookups.push(subs) - 1);
        }
        ligatures.push(ligatureAt.get(index)!);
        continue;
      }
      for (const [type, t] of subtables(lookup, 7)) {
        if (type === 5 || type === 6) for (const g of contextTriggers(t, allowed, type === 6)) triggers.add(g);
        else for (const g of coverageGlyphs(t.coverage)) triggers.add(g);
      }
    }
    for (const { index, lookup } of positions) {
      const subs = subtables(lookup, 9);
      if (subs.every(([type]) => type === 2)) {
        if (!pairAt.has(index)) pairAt.set(index, table.lookups.push(subs.map(([, t]) => pairSubtable(t, allowed))) - 1);
        pairs.push(pairAt.get(index)!);
        continue;
      }
      for (const [type, t] of subs) {
        if (type === 2) throw new Error(`${file}: a lookup of pair and other positioning subtables`);
        if (type === 4 || type === 5) for (const g of coverageGlyphs(t.markCoverage)) triggers.add(g);
        else if (type === 6) for (const g of coverageGlyphs(t.mark1Coverage)) triggers.add(g);
        else if (type === 7 || type === 8) for (const g of contextTriggers(t, allowed, type === 8)) triggers.add(g);
        else for (const g of coverageGlyphs(t.coverage)) triggers.add(g);
      }
    }
    table.scripts.push({ tag, ligatures, pairs, triggers: [...triggers].filter((g) => allowed.has(g)).sort((a, b) => a - b) } satisfies { tag: string } & ScriptTable);
  }
  const usable = table.scripts.map((s) => s.tag);
  // A word's script is its first letter's (common characters take none): a character of a script without a
  // table, or any character when common words have none, is left out.
  if (usable[0] !== 'zzzz') {
    table.scripts = [];
    table.lookups = [];
    table.ligatureLookups = [];
    return table;
  }
  for (const c of chars) {
    const index = usable.indexOf(c.script);
    if (index >= 0) table.cmap.push([c.cp, c.gid, index]);
  }
  return table;
}

/**
 * The ligatures of a ligature subtable that a word of `allowed` glyphs can make, in fontkit's order: [first glyph,
 * ligature, the glyphs after the first]. (A ligature of no more glyphs than the first replaces it alone.)
 */
function ligaturesOf(t: Any, allowed: Set<number>): Array<[number, number, number[]]> {
  const out: Array<[number, number, number[]]> = [];
  const sets = list(t.ligatureSets);
  coverageGlyphs(t.coverage).forEach((g, i) => {
    if (!allowed.has(g)) return;
    for (const ligature of list(sets[i])) {
      const components = list(ligature.components) as number[];
      if (components.every((c) => allowed.has(c))) out.push([g, ligature.glyph, components]);
    }
  });
  return out;
}

/** A pair-positioning subtable restricted to the table's glyphs. */
function pairSubtable(t: Any, allowed: Set<number>): PairSubtable {
  const covered = coverageGlyphs(t.coverage);
  if (t.version === 1) {
    const pairs: Record<string, Record<string, [PairValue, PairValue]>> = {};
    covered.forEach((g, i) => {
      if (!allowed.has(g)) return;
      const seconds: Record<string, [PairValue, PairValue]> = {};
      for (const pair of list(t.pairSets.get(i))) {
        // fontkit takes the first record of a second glyph
        if (allowed.has(pair.secondGlyph) && !(pair.secondGlyph in seconds)) seconds[pair.secondGlyph] = [valueOf(pair.value1), valueOf(pair.value2)];
      }
      if (Object.keys(seconds).length) pairs[g] = seconds;
    });
    return { f: 1, pairs };
  }
  const coverage = covered.filter((g) => allowed.has(g));
  const class1: Record<string, number> = {};
  const class2: Record<string, number> = {};
  for (const g of coverage) {
    const c = classOf(t.classDef1, g);
    if (c) class1[g] = c;
  }
  for (const g of allowed) {
    const c = classOf(t.classDef2, g);
    if (c) class2[g] = c;
  }
  const firsts = new Set([0, ...Object.values(class1)]);
  const seconds = new Set([0, ...Object.values(class2)]);
  const values: Record<string, [PairValue, PairValue]> = {};
  for (const c1 of firsts) {
    if (!coverage.some((g) => (class1[g] ?? 0) === c1)) continue;
    const row = t.classRecords.get(c1);
    for (const c2 of seconds) {
      const record = row.get(c2);
      const value: [PairValue, PairValue] = [valueOf(record.value1), valueOf(record.value2)];
      if (value.flat().some((x) => x !== 0)) values[c1 * 65536 + c2] = value;
    }
  }
  return { f: 2, coverage, class1, class2, values };
}

// The shaping tables of brief's own faces (pipeline/typography/shaping-table.ts) against fontkit: every word of the
// evaluation texts and the example, and random strings of the tables' characters, shaped from a table must be what
// fontkit's `font.layout` gives (glyph objects, advances, positions); the words a table cannot shape go to fontkit.
// (Byte-identical PDFs with and without the tables were checked on the example and corpus builds: bench/README.md.)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import type { Font, GlyphRun } from 'fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { FACES, fontkitVersion, layoutText, shapeText, useFaceFiles, useShapingTables, type PrimaryFace } from '../../pipeline/typography/fonts.ts';
import { makeShapingTable } from '../../pipeline/typography/shaping-table-make.ts';
import { TableRun, TableShaper, type ShapingTable } from '../../pipeline/typography/shaping-table.ts';
import { generateArticle, random } from '../../bench/corpus-generate.ts';

const FONTS = 'templates/fonts/';
const open = (file: string): Font => fontkit.create(readFileSync(FONTS + file));
const tableOf = (file: string, from = file): ShapingTable =>
  JSON.parse(JSON.stringify({ ...makeShapingTable(open(from), file, statSync(FONTS + from).size), fontkit: fontkitVersion() })) as ShapingTable;

/** Every text file under a folder. */
function texts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/**
 * The strings pdfkit and the line breaker shape: each word with the space after it (pdfkit splits after each space
 * or tab) and without, and whole lines as measured.
 */
function wordsOf(all: string[]): string[] {
  const words = new Set<string>();
  for (const text of all) {
    for (const line of text.split('\n')) {
      if (line.length < 200) words.add(line);
      for (const word of line.split(/(?<=[ \t])/)) {
        words.add(word);
        words.add(word.trimEnd());
      }
    }
  }
  return [...words];
}

/** Random strings of 1–7 characters of a table, many pairs of which kern. */
function randomStrings(table: ShapingTable, count: number, seed: number): string[] {
  const rng = random(seed);
  const chars = table.cmap.map(([cp]) => String.fromCharCode(cp));
  const ascii = chars.filter((c) => c.charCodeAt(0) < 0x7f);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const pool = i % 2 ? ascii : chars;
    let s = '';
    for (let n = 1 + Math.floor(rng() * 7); n > 0; n--) s += pool[Math.floor(rng() * pool.length)];
    out.push(s);
  }
  return out;
}

/** A run as pdfkit reads it: glyph ids, advances and code points, the positions, the run's advance. */
const form = (run: GlyphRun) => ({
  glyphs: run.glyphs.map((g) => [g.id, g.advanceWidth, [...g.codePoints]]),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  advanceWidth: run.advanceWidth,
});

/**
 * Shape every string from the table where it can (else by fontkit, as brief does) with one font object, and by
 * fontkit alone with another, in the same order (fontkit keeps one glyph object per glyph, made at its first use):
 * the strings whose runs differ, and how many the table shaped.
 */
function compare(file: string, table: ShapingTable, strings: string[]): { differ: string[]; fromTable: number } {
  const font = open(file);
  const reference = open(file);
  const shaper = new TableShaper(table, font);
  const differ: string[] = [];
  let fromTable = 0;
  for (const s of strings) {
    const mine = shaper.shape(s);
    if (mine) fromTable++;
    // (fontkit alone as brief calls it: a text whose marks fontkit cannot place is laid out without mark positioning.)
    const got = form(mine ?? layoutText(font, s));
    const want = form(layoutText(reference, s));
    if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(s);
  }
  return { differ, fromTable };
}

/** The words of the evaluation texts, the example, and 50 articles of the bench corpus. */
const WORDS = wordsOf([...texts('test/fixtures/eval'), ...texts('sources'), ...Array.from({ length: 50 }, (_, i) => Object.values(generateArticle(i).files)).flat()]);

describe('shaping tables match fontkit', () => {
  it('has many words to compare', () => {
    expect(WORDS.length).toBeGreaterThan(15_000);
  });

  for (const [face, file] of Object.entries(FACES) as Array<[PrimaryFace, string]>) {
    it(`${face} (${file}): every word of the evaluation texts and the example`, () => {
      const { differ, fromTable } = compare(file, tableOf(file), WORDS);
      expect(differ).toEqual([]);
      // Most words are the table's (the rest: other scripts, combining marks, soft hyphens and the like).
      expect(fromTable / WORDS.length).toBeGreaterThan(0.95);
    });

    it(`${face} (${file}): every string of up to four of f, i, l, j, t, a, space, period, comma (ligatures and their kerning)`, () => {
      const alphabet = [...'filjta .,'];
      let strings = [''];
      const all: string[] = [];
      for (let n = 0; n < 4; n++) all.push(...(strings = strings.flatMap((p) => alphabet.map((c) => p + c))));
      const { differ, fromTable } = compare(file, tableOf(file), all);
      expect(differ).toEqual([]);
      expect(fromTable).toBe(all.length);
    });

    it(`${face} (${file}): random strings of the table's characters, Greek and Cyrillic words`, () => {
      const table = tableOf(file);
      const strings = [
        ...randomStrings(table, 30_000, file.length),
        'Αθήνα Ελλάδα, «Ψ» ΑΥ ΤΑ', 'Москва Россия — «Улан-Батор» ГУ ТА', 'Ab-Москва', 'ΑΒ 1990.', '“AV”, ‘To’ 1,234.56 — 12:30 L’Y',
      ];
      const { differ, fromTable } = compare(file, table, strings);
      expect(differ).toEqual([]);
      expect(fromTable / strings.length).toBeGreaterThan(0.8);
    });
  }
});

describe('words a shaping table leaves to fontkit', () => {
  const file = FACES.serif;
  const shaper = new TableShaper(tableOf(file), open(file));

  it('combining marks, fractions, other scripts, presentation forms, default-ignorable characters', () => {
    for (const word of ['ﬁ', 'e\u0301', '1\u20442', 'سلام', '中文', 'a\u00ADb', 'a\u200Db', 'emoji😀', 'x\uFE0F']) {
      expect(shaper.shape(word), word).toBeNull();
    }
    for (const word of ['Ulaanbaatar, ', 'office ', 'fluent', 'affine']) expect(shaper.shape(word), word).toBeInstanceOf(TableRun);
  });

  it('a glyph fontkit first made for a default-ignorable character (a soft hyphen) is left to fontkit after', () => {
    // fontkit keeps the code points a glyph object was first made with, and hides a glyph whose first code point
    // is default-ignorable: where a soft hyphen shares the hyphen's glyph, a later hyphen is drawn as a space.
    const font = open(file);
    const reference = open(file);
    const own = new TableShaper(tableOf(file), font);
    for (const s of ['co\u00ADop', 'co-op', '-', 'a-b ']) {
      const got = form(own.shape(s) ?? font.layout(s));
      expect(got, s).toEqual(form(reference.layout(s)));
    }
  });

  it('an empty string is an empty run, as fontkit gives it', () => {
    expect(form(shaper.shape('')!)).toEqual(form(open(file).layout('')));
  });
});

describe('which faces shape from a table (fonts.ts)', () => {
  const tables = Object.fromEntries(Object.values(FACES).map((file) => [file, tableOf(file)]));
  afterAll(() => {
    useFaceFiles();
    useShapingTables(null);
  });

  it('the briefing faces from their own files do', () => {
    useShapingTables(tables);
    useFaceFiles();
    for (const face of Object.keys(FACES) as PrimaryFace[]) expect(shapeText(face, 'Mongolia ')).toBeInstanceOf(TableRun);
    expect(shapeText('serif', 'Αθήνα, ')).toBeInstanceOf(TableRun);
    expect(shapeText('serif', 'e\u0301 ')).not.toBeInstanceOf(TableRun);
  });

  it("a theme's face never uses a table made for another file", () => {
    useShapingTables(tables);
    // The serif role drawn from the sans file: neither the serif table nor the sans one serves it.
    useFaceFiles({ serif: 'fonts/DejaVuSans.ttf' });
    const run = shapeText('serif', 'Mongolia ');
    expect(run).not.toBeInstanceOf(TableRun);
    expect(form(run)).toEqual(form(open(FACES.sans).layout('Mongolia ')));
    expect(shapeText('sans', 'Mongolia ')).toBeInstanceOf(TableRun);
    useFaceFiles();
    expect(shapeText('serif', 'Mongolia ')).toBeInstanceOf(TableRun);
  });

  it('a table whose font file differs (another file under the same name) is not used', () => {
    useShapingTables({ ...tables, [FACES.serif]: tableOf(FACES.serif, FACES.sans) });
    useFaceFiles();
    expect(shapeText('serif', 'Mongolia ')).not.toBeInstanceOf(TableRun);
    expect(shapeText('sans', 'Mongolia ')).toBeInstanceOf(TableRun);
  });

  it('a table made with another fontkit, or with none named, is not used', () => {
    expect(fontkitVersion()).toMatch(/^\d+\.\d+\.\d+/);
    useFaceFiles();
    useShapingTables({ ...tables, [FACES.serif]: { ...tables[FACES.serif], fontkit: '0.0.1' } });
    expect(shapeText('serif', 'Mongolia ')).not.toBeInstanceOf(TableRun);
    const { fontkit: _, ...unnamed } = tables[FACES.sans];
    useShapingTables({ ...tables, [FACES.sans]: unnamed });
    expect(shapeText('sans', 'Mongolia ')).not.toBeInstanceOf(TableRun);
    useShapingTables(tables);
    expect(shapeText('serif', 'Mongolia ')).toBeInstanceOf(TableRun);
  });
  it('without tables every word is shaped by fontkit', () => {
    useShapingTables(null);
    expect(shapeText('serif', 'Mongolia ')).not.toBeInstanceOf(TableRun);
  });
});

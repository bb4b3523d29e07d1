// Line-based source text → positioned mdast phrasing: plain text plus footnote references for `[n]` markers.
import type { FootnoteReference, PhrasingContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { iso6391Codes } from '../languages.ts';

/** A line of a source file with where it starts, so nodes made from it can carry positions. */
export interface SourceLine {
  /** 1-based line number. */
  line: number;
  /** Offset of the line's first character in the file's (normalized) text. */
  offset: number;
  text: string;
}

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  const parts = text.split('\n');
  for (let i = 0; i < parts.length; i++) {
    lines.push({ line: i + 1, offset, text: parts[i] });
    offset += parts[i].length + 1;
  }
  return lines;
}

/** The point of a (UTF-16) index inside a line. */
export function pointIn(line: SourceLine, index: number): Point {
  return { line: line.line, column: index + 1, offset: line.offset + index };
}

export function spanOf(line: SourceLine, start: number, end: number): Position {
  return { start: pointIn(line, start), end: pointIn(line, end) };
}

export function spanOfLines(first: SourceLine, last: SourceLine): Position {
  return { start: pointIn(first, 0), end: pointIn(last, last.text.length) };
}

/**
 * Citation markers as a rendered page shows them: `[1]`, `[12]`, `[note 3]`, with the page locator a page may
 * print after one (`[5]: 314`, `[5]:12–14`), which belongs to the citation, not to the text.
 */
const CITATION = /\[(?:(\d{1,4})|note (\d{1,4}))\](?::\s?(?:\d{1,4}|[ivxlc]{1,6})(?:[–-](?:\d{1,4}|[ivxlc]{1,6}))?(?![\p{L}\d]))?/gu;

/**
 * A table's hidden sort key printed by a text dump in front of the number it sorts (`7002215000000000000215 days`
 * for `215 days`): MediaWiki's 19-digit key, `7`, a three-digit exponent and fifteen digits of mantissa. A key is
 * recognised only when it encodes the number that follows it, so no real number is ever cut.
 */
const SORT_KEY = /(?<![\d.,])7(\d{3})(\d{15})(?=(\d[\d,]*(?:\.\d+)?))/g;

/** Where a text holds hidden sort keys, each verified against the number after it. */
export function sortKeys(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  SORT_KEY.lastIndex = 0;
  for (let m = SORT_KEY.exec(text); m; m = SORT_KEY.exec(text)) {
    const encoded = Number(`${m[2][0]}.${m[2].slice(1)}e${Number(m[1])}`);
    const shown = Number(m[3].replace(/,/g, ''));
    if (Math.abs(encoded - shown) <= 1e-9 * Math.max(1, shown)) found.push({ start: m.index, end: m.index + 19 });
  }
  return found;
}

/** Whether a text holds a citation marker. */
/** A text without its citation markers (`Deaths1.0 million (2016)[8]` is `Deaths1.0 million (2016)`). */
export function withoutCitations(text: string): string {
  return text.replace(CITATION, '');
}

export function hasCitation(text: string): boolean {
  CITATION.lastIndex = 0;
  return CITATION.test(text);
}

/**
 * Phrasing content for `line.text.slice(start, end)`: text with each citation marker turned
 * into a GFM footnote reference (its identifier is the number shown).
 */
export function phrasing(line: SourceLine, start = 0, end = line.text.length): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  const source = line.text.slice(0, end);
  let cursor = start;
  const pushPiece = (from: number, to: number) => {
    if (to <= from) return;
    const text: Text = { type: 'text', value: source.slice(from, to), position: spanOf(line, from, to) };
    nodes.push(text);
  };
  // A hidden sort key a dump printed before its number is left out of the text (each piece keeps its place).
  const pushText = (from: number, to: number) => {
    let at = from;
    for (const key of hiddenSpans(source.slice(from, to))) {
      pushPiece(at, from + key.start);
      at = from + key.end;
    }
    pushPiece(at, to);
  };
  CITATION.lastIndex = start;
  for (let match = CITATION.exec(source); match; match = CITATION.exec(source)) {
    pushText(cursor, match.index);
    const id = match[1] ?? `note-${match[2]}`;
    const reference: FootnoteReference = {
      type: 'footnoteReference',
      identifier: id,
      label: id,
      position: spanOf(line, match.index, match.index + match[0].length),
    };
    nodes.push(reference);
    cursor = match.index + match[0].length;
  }
  pushText(cursor, end);
  return nodes;
}

/**
 * A wiki's edit link inside an infobox value (`8,848.86 m Edit this on Wikidata`), a mirror's map-marker link
 * glued to the name it follows (`Viennamarker`, `Wiener Ringstraßemarker`: MAP_MARKER), and the error a mirror's wiki
 * printed where a module failed (`Lua error in package.lua at line 80: module 'strict' not found.`, `Script error: No
 * such module "Infobox".`: WIKI_ERROR): INLINE_CHROME, not text.
 */
const INLINE_CHROME = /\s*\bEdit this (?:on|at) Wikidata\b|(?<=\b\p{Lu}[\p{L}'’-]*\p{Ll})marker\b|\s*\bLua error in [\w./-]+ at line \d+: [^.\n]*\.|\s*\bScript error: No such module "[^"\n]*"\.?/gu;
/** `Nam Gwan-pyo [ko]`: a wiki's link to the article in another language, marked by its ISO 639-1 code. */
const INTERLANGUAGE = /\s*\[([a-z]{2})\](?=$|[\s,.;:)])/gu;
let languageCodes: Set<string> | undefined;
/** INTERLANGUAGE_LINK: where a text run holds such markers (the code a language's, so `[sic]` stays text). */
export function interlanguageMarkers(text: string): RegExpMatchArray[] {
  if (!text.includes('[')) return [];
  // `[nb]` is also a wiki's note marker (nota bene), kept as one: Norwegian Bokmål articles are linked as `[no]`.
  languageCodes ??= new Set(iso6391Codes().filter((code) => code !== 'nb'));
  return [...text.matchAll(INTERLANGUAGE)].filter((m) => languageCodes!.has(m[1]));
}

/** Spans of a text run a dump printed that are not text: hidden sort keys and inline chrome, in order. */
function hiddenSpans(text: string): Array<{ start: number; end: number }> {
  // INLINE_CHROME is tried at every place of the text (its look-behind runs at each): only where either literal is.
  const edits = text.includes('Wikidata') || text.includes('marker') || text.includes(' error') ? [...text.matchAll(INLINE_CHROME)] : [];
  const chrome = [...edits, ...interlanguageMarkers(text)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (!chrome.length) return sortKeys(text);
  return [...sortKeys(text), ...chrome].sort((a, b) => a.start - b.start).filter((s, i, all) => i === 0 || s.start >= all[i - 1].end);
}

/** Index range of a line's text without leading and trailing white space (NBSP included). */
export function trimmedRange(text: string): [number, number] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return [start, Math.max(start, end)];
}

// Structured datasets for renderers: dated list items under a heading (timelines), infobox entries, key figures with their labels.
import type { Datasets, DateValue, KeyFigure, TimelineEvent } from '../model.ts';
import { extractDates, extractQuantities } from './facts.ts';
import type { RevisionUnits } from './units.ts';

const provenance = (rev: RevisionUnits, u: { line: number; column: number }) => ({ revision: rev.revision.id, file: rev.revision.file, line: u.line, column: u.column });

/**
 * `Name (date)` list items become timeline events, in a lane named after their heading; a list counts
 * when most of its items have that shape, so a list of links or notes is left alone.
 */
export function timelineEvents(rev: RevisionUnits): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const block of rev.blocks) {
    if (block.kind !== 'list' && block.kind !== 'table') continue;
    const items = block.units.map((i) => rev.units[i]);
    const parsed = items.map((u) => {
      const m = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(u.text);
      if (!m) return null;
      const dates = extractDates(m[2]);
      if (dates.length !== 1 || dates[0].text.length < m[2].trim().length - 2) return null;
      return { unit: u, label: m[1].trim(), date: dates[0].value as DateValue };
    });
    const good = parsed.filter((p) => p !== null);
    if (good.length === 0 || good.length * 2 < items.length) continue;
    const lane = rev.sections[block.section].title;
    for (const p of good) events.push({ date: p.date, label: p.label, lane, source: provenance(rev, p.unit) });
  }
  return events;
}

export function infoboxEntries(rev: RevisionUnits): Datasets['infobox'] {
  return rev.units
    .filter((u) => u.kind === 'infobox')
    .map((u) => {
      const at = u.text.indexOf(': ');
      return { key: u.text.slice(0, at), value: u.text.slice(at + 2), source: provenance(rev, u) };
    });
}

/**
 * Percentages and amounts with units stated in prose, each with the short phrase it reads in.
 * A figure inside parentheses is a breakdown of one outside them and is left out; two figures in one
 * clause measure one thing (a pipeline's length and its capacity), so only the first is kept.
 */
export function keyFigures(rev: RevisionUnits): KeyFigure[] {
  const figures: KeyFigure[] = [];
  for (const u of rev.units) {
    if (u.kind !== 'sentence') continue;
    for (const f of sentenceFigures(u.text)) figures.push({ ...f, sentence: u.text, source: provenance(rev, u) });
  }
  return figures;
}

/** Labels longer than this many words are cut around the figure. */
export const FIGURE_LABEL_WORDS = 12;

const CLAUSE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'where', 'whereas', 'while', 'although', 'though', 'because', 'unless', 'whereby']);
const COORDINATORS = new Set(['and', 'or', 'but', 'yet', 'so']);
/** Words that only tie a clause to what came before (`…, with 8% …`), dropped at a label's start. */
const LEADING = new Set([...CLAUSE_WORDS, ...COORDINATORS, 'with', 'as', 'then', 'including', 'that']);
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'does', 'do', 'did']);
const TRAILING = new Set(['a', 'an', 'the', 'of', 'to', 'by', 'at', 'in', 'on', 'for', 'from', 'with', 'and', 'or', 'but', 'as', 'its', 'their', 'his', 'her']);
/** A word with an adjective's ending right after a number (`11.6 billion transferable roubles`) qualifies the unit; the unit is the next word. */
const ADJECTIVE = /(?:able|ible|al|ic|ous|ive|ful|less|ary|ian|ese|ish)$/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The figures of one sentence: value, and the phrase (clause) that says what it measures, holding the value. */
export function sentenceFigures(sentence: string): Array<{ value: string; label: string }> {
  const quantities = extractQuantities(sentence, extractDates(sentence)).filter((q) => !countOfName(sentence, q)).map((q) => {
    const end = unitEnd(sentence, q.text, q.end);
    return { start: q.start, end, value: sentence.slice(q.start, end).trim(), nested: depthAt(sentence, q.start) > 0 };
  });
  const outside = quantities.filter((q) => !q.nested);
  const candidates = outside.length ? outside : quantities.slice(0, 1);
  const words = [...sentence.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const out: Array<{ value: string; label: string }> = [];
  const clauses: Array<[number, number]> = [];
  for (const q of candidates) {
    const [from, to] = clauseAround(sentence, words, q.start, q.end);
    if (clauses.some(([a, b]) => a === from && b === to)) continue;
    clauses.push([from, to]);
    out.push({ value: q.value, label: labelOf(words, from, to, q) });
  }
  return out;
}

/**
 * A bare count right after a capitalised word is part of a name (`Apollo 11`, `Route 66`), even at
 * the start of a sentence, and a "unit" that is a verb form (`11 landed`) is no unit: neither is a figure.
 */
function countOfName(sentence: string, q: { start: number; text: string; value: unknown }): boolean {
  const value = q.value as { unit?: string; scale?: string };
  if (value.unit === '%' || value.scale || /^\D/u.test(q.text)) return false;
  if (/(?:ed|ing)$/u.test(value.unit ?? '')) return true;
  return /\p{Lu}[\p{L}\p{M}'’.-]*\s+$/u.test(sentence.slice(0, q.start));
}

/** Extend `11.6 billion transferable` to `… roubles`: the unit is the noun after the adjective. */
function unitEnd(sentence: string, text: string, end: number): number {
  const last = /(\p{Ll}+)$/u.exec(text)?.[1];
  if (!last || !ADJECTIVE.test(last)) return end;
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(end));
  return next ? end + next[0].length : end;
}

/** How many brackets are open at `at`. */
function depthAt(sentence: string, at: number): number {
  let depth = 0;
  for (const ch of sentence.slice(0, at)) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
  }
  return depth;
}

// A comma inside a number (`2,600`) is not a clause boundary: only one followed by a space is.
const PUNCTUATION = /[,;:](?=\s|$)|[()[\]]|\s[—–-]\s/gu;

/** Is the word at `i` the start of a new clause: a relative or subordinating word, or `and`/`or` not joining two names? */
function opensClause(words: Word[], i: number): boolean {
  const w = words[i].text.toLowerCase();
  if (CLAUSE_WORDS.has(w)) return true;
  if (!COORDINATORS.has(w)) return false;
  const name = (x: Word | undefined) => !!x && /^\p{Lu}/u.test(x.text);
  return !(name(words[i - 1]) && name(words[i + 1]));
}

/** Start and end (character offsets) of the clause holding [start, end): cut at punctuation and at words that open a clause. */
function clauseAround(sentence: string, words: Word[], start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.replace(/[.!?…"”’]+$/u, '').length;
  for (const m of sentence.matchAll(PUNCTUATION)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = Math.min(to, m.index);
      break;
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.start >= from && w.end <= start && opensClause(words, i)) from = w.end;
    if (w.start >= end && w.end <= to && opensClause(words, i)) {
      to = w.start;
      break;
    }
  }
  return [from, to];
}

function labelOf(all: Word[], from: number, to: number, q: { start: number; end: number }): string {
  let words = all
    .filter((w) => w.start >= from && w.start < to)
    .map((w) => ({ ...w, text: w.text.slice(0, to - w.start).replace(/[,;:]+$/u, '') }))
    .filter((w) => w.text);
  while (words.length && words[0].end <= q.start && LEADING.has(words[0].text.toLowerCase())) words.shift();
  const inFigure = (w: Word) => w.end > q.start && w.start < q.end;
  const before = () => words.filter((w) => w.end <= q.start).length;
  if (words.length > FIGURE_LABEL_WORDS) {
    // A long clause: what the figure measures is its noun phrase, which ends at the verb after it.
    const verb = words.findIndex((w) => w.start >= q.end && FINITE.has(w.text.toLowerCase()));
    if (verb > 0) words = words.slice(0, verb);
  }
  let cutStart = false;
  let cutEnd = false;
  while (words.length > FIGURE_LABEL_WORDS) {
    const after = words.length - before() - words.filter(inFigure).length;
    if (before() > after) {
      words.shift();
      cutStart = true;
    } else {
      words.pop();
      cutEnd = true;
    }
  }
  while (words.length && !inFigure(words[words.length - 1]) && TRAILING.has(words[words.length - 1].text.toLowerCase())) words.pop();
  let label = words.map((w) => w.text).join(' ');
  if (cutStart) label = `… ${label}`;
  if (cutEnd) label = `${label} …`;
  return label.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

export function buildDatasets(rev: RevisionUnits): Datasets {
  return { events: timelineEvents(rev), infobox: infoboxEntries(rev), figures: keyFigures(rev) };
}

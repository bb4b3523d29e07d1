// Structured datasets for renderers: dated list items under a heading (timelines), infobox entries, key figures with their labels.
import type { Datasets, KeyFigure, TimelineEvent } from '../model.ts';
import { extractDates, extractQuantities } from './facts.ts';
import { parenthesisDepth } from './tokens.ts';
import type { RevisionUnits } from './units.ts';
import { FIGURE_MAX_WORDS, FIGURE_MIN_WORDS, PROSE_EVENTS } from './rules.ts';

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
      return { unit: u, label: m[1].trim(), date: dates[0].value };
    });
    const good = parsed.filter((p) => p !== null);
    if (good.length === 0 || good.length * 2 < items.length) continue;
    const lane = rev.sections[block.section].title;
    for (const p of good) events.push({ date: p.date, label: p.label, lane, source: provenance(rev, p.unit) });
  }
  return events;
}

/**
 * Statements of the article's prose that date one thing: a sentence with exactly one date, a year, month or day
 * (not a range, a decade or a bound such as `after 1992`), labelled with the sentence; lane `events`. At most
 * PROSE_EVENTS, spread evenly over the dates.
 */
export function proseEvents(rev: RevisionUnits): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const u of rev.units) {
    if (u.kind !== 'sentence' || rev.blocks[u.block].kind !== 'paragraph') continue;
    const dates = extractDates(u.text);
    if (dates.length !== 1) continue;
    const date = dates[0].value;
    if (date.start !== undefined || (date.qualifier && date.qualifier !== 'circa') || !['year', 'month', 'day'].includes(date.precision)) continue;
    events.push({ date, label: u.text, lane: 'events', source: provenance(rev, u) });
  }
  if (events.length <= PROSE_EVENTS) return events;
  // (ISO dates compare by their characters, not by the machine's locale: the same order on every machine.)
  const sorted = [...events].sort((a, b) => (a.date.iso < b.date.iso ? -1 : a.date.iso > b.date.iso ? 1 : 0));
  return Array.from({ length: PROSE_EVENTS }, (_, k) => sorted[Math.round((k * (sorted.length - 1)) / (PROSE_EVENTS - 1))]);
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
 * Key figures are whole statements a reader takes in at a glance: a sentence of the article's prose (not a caption,
 * a list item or a dump's infobox line) that states an amount outside any parenthesis, one figure to a sentence
 * (the first such amount, set in bold). A breakdown in parentheses is no figure of its own.
 */
export function keyFigures(rev: RevisionUnits): KeyFigure[] {
  const figures: KeyFigure[] = [];
  for (const u of rev.units) {
    if (u.kind !== 'sentence' || rev.blocks[u.block].kind !== 'paragraph') continue;
    const f = sentenceFigure(u.text);
    if (f) figures.push({ ...f, sentence: u.text, source: provenance(rev, u) });
  }
  return figures;
}

/** A word with an adjective's ending right after a number (`11.6 billion transferable roubles`) qualifies the unit; the unit is the next word. */
const ADJECTIVE = /(?:able|ible|al|ic|ous|ive|ful|less|ary|ian|ese|ish)$/u;

/** The key figure a sentence states, if it is one: the whole sentence as its label, its first amount outside parentheses as the value. */
export function sentenceFigure(sentence: string): { value: string; label: string } | null {
  const text = sentence.trim();
  const words = text.split(/\s+/).length;
  if (words < FIGURE_MIN_WORDS || words > FIGURE_MAX_WORDS || !/[.!?]["”’)]?$/u.test(text)) return null;
  const first = extractQuantities(text, extractDates(text))
    .filter((q) => !countOfName(text, q) && parenthesisDepth(text, q.start) === 0)
    .sort((x, y) => x.start - y.start)[0];
  if (!first) return null;
  return { value: text.slice(first.start, unitEnd(text, first.text, first.end)).trim(), label: text };
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

// A comma inside a number (`2,600`) is not a clause boundary: only one followed by a space is.
export function buildDatasets(rev: RevisionUnits): Datasets {
  return { events: [...timelineEvents(rev), ...proseEvents(rev)], infobox: infoboxEntries(rev), figures: keyFigures(rev) };
}

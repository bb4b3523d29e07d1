// Structured datasets for renderers: dated list items under a heading (timelines), infobox entries, key figures.
import type { Datasets, DateValue, KeyFigure, QuantityValue, TimelineEvent } from '../model.ts';
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

/** Percentages and amounts with units stated in prose, labelled by the sentence that states them. */
export function keyFigures(rev: RevisionUnits): KeyFigure[] {
  const figures: KeyFigure[] = [];
  for (const u of rev.units) {
    if (u.kind !== 'sentence') continue;
    const dates = extractDates(u.text);
    for (const q of extractQuantities(u.text, dates)) {
      const value = q.value as QuantityValue;
      const after = u.text.slice(q.end).match(/^[^,.;()]*/)?.[0].trim() ?? '';
      figures.push({ label: after || value.unit, value: q.text, sentence: u.text, source: provenance(rev, u) });
    }
  }
  return figures;
}

export function buildDatasets(rev: RevisionUnits): Datasets {
  return { events: timelineEvents(rev), infobox: infoboxEntries(rev), figures: keyFigures(rev) };
}

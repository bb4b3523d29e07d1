// The shape of each JSON dataset (article, facts, discrepancies, timeline): Reconciled → plain objects with keys in a fixed
// order. What they carry was found by reconcile (the timeline, infobox and figures by reconcile/datasets.ts).
import type { DateValue, Discrepancy, DiscrepancySide, Fact, Provenance, Reconciled, TimelineEvent } from '../../model.ts';

/** Copies only the defined fields, in the order given: the JSON key order never depends on how a stage built its objects. */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

const provenance = (source: Provenance) => pick(source, ['revision', 'file', 'line', 'column']);

function articleHeader(reconciled: Reconciled) {
  const { name, title, language } = reconciled.article;
  return { name, title, language: language || 'en' };
}

function revisionList(reconciled: Reconciled) {
  return reconciled.revisions.map((revision) => pick(revision, ['id', 'file', 'label', 'date', 'format']));
}

export function dateValue(value: DateValue) {
  return pick(value, ['iso', 'precision', 'start', 'end', 'qualifier']);
}

function factValue(fact: Fact) {
  switch (fact.type) {
    case 'date':
      return dateValue(fact.value);
    case 'quantity':
      return pick(fact.value, ['amount', 'unit', 'scale']);
    case 'entity':
      return pick(fact.value, ['name', 'kind']);
  }
}

export function articleDataset(reconciled: Reconciled) {
  const { sections, notes } = reconciled.text;
  return {
    article: articleHeader(reconciled),
    revisions: revisionList(reconciled),
    infobox: reconciled.datasets.infobox.map((entry) => ({ key: entry.key, value: entry.value, source: provenance(entry.source) })),
    sections: sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      depth: section.depth,
      path: section.path,
      source: section.source && provenance(section.source),
      discrepancies: section.discrepancies,
      paragraphs: section.paragraphs.map((paragraph) => ({
        id: paragraph.id,
        kind: paragraph.kind,
        text: paragraph.text,
        source: provenance(paragraph.source),
        discrepancies: paragraph.discrepancies,
        notes: paragraph.notes,
        sentences: paragraph.sentences.map((sentence) => ({
          text: sentence.text,
          source: provenance(sentence.source),
          discrepancies: sentence.discrepancies,
        })),
      })),
    })),
    notes: notes.map((note) => ({
      label: note.label,
      text: note.text,
      source: provenance(note.source),
      ...(note.carriedFrom ? { carriedFrom: pick(note.carriedFrom, ['revision', 'file', 'line', 'supports']) } : {}),
    })),
  };
}

export function factsDataset(reconciled: Reconciled) {
  return {
    article: articleHeader(reconciled),
    facts: reconciled.facts.map(factEntry),
  };
}

/** One fact as the facts dataset lists it (a module-level function: see `bench/README.md` on closures made per call). */
function factEntry(fact: Fact) {
  return {
    id: fact.id,
    type: fact.type,
    text: fact.text,
    value: factValue(fact),
    sentence: fact.sentence,
    ...pick(fact, ['revision', 'file', 'line', 'column']),
  };
}

const side = (value: DiscrepancySide | null) => value && pick(value, ['revision', 'text', 'line', 'file', 'column']);

/** The shape `brief diff --json` prints, resolution included. */
export function discrepanciesDataset(reconciled: Reconciled) {
  return {
    article: articleHeader(reconciled),
    revisions: revisionList(reconciled),
    discrepancies: reconciled.discrepancies.map((discrepancy: Discrepancy) => ({
      id: discrepancy.id,
      kind: discrepancy.kind,
      section: discrepancy.section,
      old: side(discrepancy.old),
      new: side(discrepancy.new),
      facts: discrepancy.facts.map((fact) => ({ type: fact.type, old: fact.old, new: fact.new })),
      significance: discrepancy.significance,
      ...(discrepancy.part ? { part: discrepancy.part } : {}),
      ...(discrepancy.history ? { history: discrepancy.history.map((h) => side(h)!) } : {}),
      resolution: pick(discrepancy.resolution, ['policy', 'value', 'source', 'note']),
    })),
  };
}

/** The date an event sorts by: its start when it is a range. */
export function eventSortKey(event: TimelineEvent): string {
  return event.date.start ?? event.date.iso.split('/')[0];
}

/** Events in date order; ties keep lane order, then source order. */
export function sortedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const lanes = timelineLanes(events);
  return [...events].sort(
    (a, b) =>
      compare(eventSortKey(a), eventSortKey(b)) ||
      lanes.indexOf(a.lane) - lanes.indexOf(b.lane) ||
      a.source.line - b.source.line ||
      compare(a.label, b.label),
  );
}

/** Lanes in the order their first event appears in the source. */
export function timelineLanes(events: readonly TimelineEvent[]): string[] {
  const bySource = [...events].sort((a, b) => a.source.line - b.source.line);
  return [...new Set(bySource.map((event) => event.lane))];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function timelineDataset(reconciled: Reconciled) {
  const events = reconciled.datasets.events;
  return {
    article: articleHeader(reconciled),
    lanes: timelineLanes(events),
    events: sortedEvents(events).map((event) => ({
      date: event.date.iso,
      precision: event.date.precision,
      ...pick(event.date, ['start', 'end', 'qualifier']),
      label: event.label,
      lane: event.lane,
      source: provenance(event.source),
    })),
  };
}

export type FactsDataset = ReturnType<typeof factsDataset>;
export type DiscrepanciesDataset = ReturnType<typeof discrepanciesDataset>;
export type TimelineDataset = ReturnType<typeof timelineDataset>;

// Scores a diff report against a pair's gold: strict matching, kinds that must agree, not_differences that count against.
//
// Derived from the project's first scorer (recall, precision, kind accuracy, conflicts), made strict where that one
// could be fooled:
// - a report entry is correct only when it matches a gold item (no credit for "overlapping some gold span");
// - a gold fact-conflict or contradiction matched by an entry of another kind is a miss, and the entry is a false
//   positive (and the same the other way round: a conflict reported where the gold says a rewording);
// - a gold item with two sides (reworded, moved, conflict) is found only by an entry with both sides: a coarse
//   removed block plus an added block never finds the statements inside them;
// - a one-sided entry (added/removed) must be mostly the gold span: a whole paragraph reported as added does not
//   find the one sentence that was added to it (a two-sided entry is one aligned statement, so it may hold a clause
//   the gold calls added: found, with the wrong kind), unless the gold explains the whole paragraph (every sentence
//   of it listed as added, or as a soft item);
// - a gold block (a paragraph) reported sentence by sentence is found by those entries together, none a false
//   positive, even where one sentence alone holds half the block (each must lie mostly inside it);
// - an entry that matches a `not_differences` item and no gold item is a false positive, named as such;
// - an entry that lies inside a soft item (one annotators could disagree on) and finds nothing is neither a true nor
//   a false positive, unless it reports a conflict.

export type Kind = 'fact-conflict' | 'internal-contradiction' | 'added' | 'removed' | 'moved' | 'reworded';

export interface GoldItem {
  id: string;
  kind: Kind;
  old: string | null;
  new: string | null;
  soft?: boolean;
  also?: string[];
}

export interface NotDifference {
  id: string;
  old: string | null;
  new: string | null;
  why?: string;
}

export interface Gold {
  article: string;
  genre: string;
  split: 'dev' | 'test';
  differences: GoldItem[];
  not_differences?: NotDifference[];
}

/** What the scorer reads of a report entry (the shape of `brief diff --json`). */
export interface Entry {
  kind: string;
  /** `references` for a change in the reference list: reported apart from the body, not scored as text. */
  part?: string;
  old: { text: string } | null;
  new: { text: string } | null;
}

export interface PairScore {
  gold: number;
  found: number;
  kindRight: number;
  conflicts: number;
  conflictsFound: number;
  reported: number;
  truePositives: number;
  conflictsReported: number;
  conflictsTrue: number;
  missed: string[];
  falsePositives: string[];
  falseConflicts: string[];
}

const isConflict = (kind: string) => kind === 'fact-conflict' || kind === 'internal-contradiction';

export const tokens = (s: string | null | undefined): string[] =>
  (s || '').normalize('NFC').toLowerCase().replace(/\[\d+\]/g, ' ').match(/[\p{L}\p{N}]+/gu) || [];

/** Share of `span`'s words (with multiplicity) that `text` holds. */
export function cover(span: string | null | undefined, text: string | null | undefined): number {
  const g = tokens(span);
  if (!g.length) return 1;
  const bag = new Map<string, number>();
  for (const t of tokens(text)) bag.set(t, (bag.get(t) || 0) + 1);
  let hit = 0;
  for (const t of g) {
    const n = bag.get(t) || 0;
    if (n > 0) {
      hit++;
      bag.set(t, n - 1);
    }
  }
  return hit / g.length;
}

const sideText = (e: Entry, k: 'old' | 'new') => e[k]?.text ?? '';
const twoSided = (g: { kind?: string; old: string | null; new: string | null }) => Boolean(g.old && g.new) && g.kind !== 'added' && g.kind !== 'removed';

/** Words a gold side must share with an entry's side. */
const FOUND = 0.5;
/** Share of a one-sided entry's words that must lie inside the gold span. */
const TIGHT = 0.5;
/** Share of each part's words inside the gold block, for a block found by several entries. */
const PART = 0.8;

/** Does one entry find the gold item (its text, whatever the kind)? */
function matchesOne(g: { kind?: string; old: string | null; new: string | null }, e: Entry): boolean {
  if (twoSided(g)) {
    if (!e.old || !e.new) return false;
    return cover(g.old, sideText(e, 'old')) >= FOUND && cover(g.new, sideText(e, 'new')) >= FOUND;
  }
  const k: 'old' | 'new' = g.old && g.kind !== 'added' ? 'old' : 'new';
  const span = g[k];
  if (!span) return false;
  const text = sideText(e, k);
  if (!tokens(text).length) return false;
  // A two-sided entry is one aligned statement: it may hold a clause the gold calls added (kind then tells).
  const other = k === 'old' ? e.new : e.old;
  return cover(span, text) >= FOUND && (Boolean(other) || cover(text, span) >= TIGHT);
}

/** Entries that together find a one-sided gold block (a paragraph reported sentence by sentence). */
function matchesUnion(g: GoldItem, entries: Entry[], candidates: number[]): number[] {
  if (twoSided(g)) return [];
  const k: 'old' | 'new' = g.old && g.kind !== 'added' ? 'old' : 'new';
  const span = g[k];
  if (!span) return [];
  const parts = candidates.filter((i) => {
    const e = entries[i];
    const other = k === 'old' ? e.new : e.old;
    return !other && tokens(sideText(e, k)).length > 0 && cover(sideText(e, k), span) >= PART;
  });
  return cover(span, parts.map((i) => sideText(entries[i], k)).join(' ')) >= FOUND ? parts : [];
}

/**
 * A block reported as added or removed (a whole paragraph) finds the gold items inside it only when the gold
 * explains the whole block: at least 80 % of its words lie in gold spans of that side it contains (items of its
 * kind, or soft items of any kind) and one of them is of its kind. Returns, per gold item, the blocks that find it.
 */
function explainedBlocks(gold: Gold, entries: Entry[]): Map<GoldItem, number[]> {
  const found = new Map<GoldItem, number[]>();
  entries.forEach((e, i) => {
    if ((e.old && e.new) || (e.kind !== 'added' && e.kind !== 'removed')) return;
    const k: 'old' | 'new' = e.old ? 'old' : 'new';
    const text = sideText(e, k);
    const inside = gold.differences.filter((g) => g[k] && (g.kind === e.kind || g.soft) && cover(g[k], text) >= PART);
    if (!inside.some((g) => g.kind === e.kind) || cover(text, inside.map((g) => g[k]).join(' ')) < PART) return;
    for (const g of inside) if (g.kind === e.kind) found.set(g, [...(found.get(g) ?? []), i]);
  });
  return found;
}

/** Is every side an entry has mostly inside the same side of the gold item? */
const insideSoft = (g: GoldItem, e: Entry) =>
  (['old', 'new'] as const).every((k) => !e[k] || (Boolean(g[k]) && tokens(sideText(e, k)).length > 0 && cover(sideText(e, k), g[k]) >= TIGHT)) && Boolean(e.old || e.new);

const kindFits = (g: GoldItem, kind: string) => kind === g.kind || (g.also ?? []).includes(kind);
/**
 * A conflict found as a rewording, or a rewording reported as a conflict, is wrong, not merely mislabelled. A clause
 * the gold calls added or removed inside a sentence reported whole (as reworded, or as a conflict on another of
 * its facts) is found, with the wrong kind.
 */
const kindAcceptable = (g: GoldItem, kind: string) => kindFits(g, kind) || (!isConflict(g.kind) && (!isConflict(kind) || !twoSided(g)));

const show = (e: Entry) => `${e.kind}: ${(sideText(e, 'old') || sideText(e, 'new')).slice(0, 90)}${e.old && e.new ? ` => ${sideText(e, 'new').slice(0, 60)}` : ''}`;

export function scorePair(gold: Gold, reported: Entry[]): PairScore {
  const entries = reported.filter((e) => e.part !== 'references');
  const all = entries.map((_, i) => i);
  /** Entries each gold item is matched by, with an acceptable kind. */
  const credited = new Set<number>();
  /** Entries credited by a gold conflict (or an item that lists their kind): only these are true conflicts. */
  const creditedAsConflict = new Set<number>();
  /** Entries that matched some gold item's text with a kind that makes them wrong. */
  const wrongKind = new Set<number>();
  /** Entries that report a soft conflict as a rewording: one reading annotators could take, so neutral. */
  const excusedOnSoft = new Set<number>();
  const score: PairScore = {
    gold: 0, found: 0, kindRight: 0, conflicts: 0, conflictsFound: 0, reported: entries.length, truePositives: 0,
    conflictsReported: 0, conflictsTrue: 0, missed: [], falsePositives: [], falseConflicts: [],
  };
  const blocks = explainedBlocks(gold, entries);
  for (const g of gold.differences) {
    let hits = all.filter((i) => matchesOne(g, entries[i]));
    // The sentences of a block reported one by one find it together, even where the first alone holds half of it
    // (none of them is a false positive).
    const union = matchesUnion(g, entries, all);
    hits = [...new Set([...hits, ...union])];
    if (!hits.length) hits = blocks.get(g) ?? [];
    const good = hits.filter((i) => kindAcceptable(g, entries[i].kind));
    // A soft conflict reported as a rewording is one reading annotators could take (the entry is neutral below).
    const excused = (i: number) => g.soft && isConflict(g.kind) && !isConflict(entries[i].kind);
    hits.filter((i) => !kindAcceptable(g, entries[i].kind) && !excused(i)).forEach((i) => wrongKind.add(i));
    hits.filter(excused).forEach((i) => excusedOnSoft.add(i));
    good.forEach((i) => credited.add(i));
    good.filter((i) => kindFits(g, entries[i].kind)).forEach((i) => creditedAsConflict.add(i));
    if (g.soft) continue;
    score.gold++;
    if (isConflict(g.kind)) score.conflicts++;
    if (!good.length) {
      score.missed.push(`${g.id} ${g.kind}${hits.length ? ` (reported as ${entries[hits[0]].kind})` : ''}: ${(g.old || g.new || '').slice(0, 80)}`);
      continue;
    }
    score.found++;
    if (good.some((i) => kindFits(g, entries[i].kind))) score.kindRight++;
    if (isConflict(g.kind)) score.conflictsFound++;
  }
  const notDifferences = gold.not_differences ?? [];
  entries.forEach((e, i) => {
    // An entry on a soft item, one annotators could report otherwise (one side of a soft rewording reported as
    // added), neither counts nor costs; a conflict reported there still has to be one.
    const onSoft = excusedOnSoft.has(i) || gold.differences.some((g) => g.soft && insideSoft(g, e));
    if (!credited.has(i) && !wrongKind.has(i) && !isConflict(e.kind) && onSoft) {
      score.reported--;
      return;
    }
    if (isConflict(e.kind)) score.conflictsReported++;
    if (credited.has(i)) {
      score.truePositives++;
      // A conflict entry that found only an added or removed clause (inside a sentence it paired with another)
      // found the text, but the conflict it asserts is not one the gold holds.
      if (isConflict(e.kind) && creditedAsConflict.has(i)) score.conflictsTrue++;
      else if (isConflict(e.kind)) score.falseConflicts.push(show(e) + ' [no such conflict]');
      return;
    }
    // (A not-difference of citation markers alone, `[2]`, has no words: it names no entry.)
    const nd = notDifferences.find((n) => [n.old, n.new].some((t) => tokens(t).length > 0) && matchesOne({ kind: n.old && n.new ? 'reworded' : n.old ? 'removed' : 'added', old: n.old, new: n.new }, e));
    const why = nd ? ` [not a difference: ${nd.id}]` : wrongKind.has(i) ? ' [wrong kind]' : '';
    score.falsePositives.push(show(e) + why);
    if (isConflict(e.kind)) score.falseConflicts.push(show(e) + why);
  });
  return score;
}

export interface Totals {
  pairs: number;
  recall: number;
  precision: number;
  kindAccuracy: number;
  conflictRecall: number;
  conflictPrecision: number;
  gold: number;
  found: number;
  conflicts: number;
  conflictsFound: number;
  reported: number;
  conflictsReported: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Micro-averaged figures over pairs: every difference and every entry weighs the same. */
export function totals(scores: PairScore[]): Totals {
  const sum = (k: keyof PairScore) => scores.reduce((n, s) => n + (s[k] as number), 0);
  return {
    pairs: scores.length,
    recall: ratio(sum('found'), sum('gold')),
    precision: ratio(sum('truePositives'), sum('reported')),
    kindAccuracy: ratio(sum('kindRight'), sum('found')),
    conflictRecall: ratio(sum('conflictsFound'), sum('conflicts')),
    conflictPrecision: ratio(sum('conflictsTrue'), sum('conflictsReported')),
    gold: sum('gold'),
    found: sum('found'),
    conflicts: sum('conflicts'),
    conflictsFound: sum('conflictsFound'),
    reported: sum('reported'),
    conflictsReported: sum('conflictsReported'),
  };
}

// Align two revisions by content: units by exact key then by shingled similarity, moves by LIS, sections by votes then titles.
import type { RevisionUnits, Unit, UnitKind } from './units.ts';
import { assignFields, joinFeetInches, withKeyTails, currentEntry, fieldUnitIndices, joinsHolderLines, joinsPartLines, keylessInOrder, keylessRuns, keylessValues, normalKey, numberedColumns, pairFields, withContinuation, withHeadRoles, type Field } from './fields.ts';
import { sharedKeys, sharedLabels } from './labelled-lists.ts';
import { wordSimilarity } from './tokens.ts';
import { GAP_SIMILARITY, MAX_CANDIDATES, MAX_JOINED, MAX_POSTING, MIN_SIMILARITY, SPLIT_GAIN, SPLIT_REST_SHARED, SPLIT_REST_WORDS } from './rules.ts';

export interface UnitPair {
  old: number;
  new: number;
  similarity: number;
  /** Out of reading order relative to the other aligned units. */
  moved: boolean;
  /** The infobox field both units state, when they paired by its key. */
  field?: { old: Field; new: Field };
  /** Further units of a statement split in two (`newExtra`) or of two merged into one (`oldExtra`), in order. */
  oldExtra?: number[];
  newExtra?: number[];
}

export interface Alignment {
  pairs: UnitPair[];
  /** old unit index → pair index, new unit index → pair index. */
  byOld: Map<number, number>;
  byNew: Map<number, number>;
  /** old section index → new section index (one to one). */
  sections: Map<number, number>;
  sectionsByNew: Map<number, number>;
  /** The infobox fields each revision states (by unit index), paired or not. */
  fieldsOld: Map<number, Field>;
  fieldsNew: Map<number, Field>;
}

/** Function words, which say little about which statement a sentence is. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'and', 'or', 'but', 'is', 'was',
  'are', 'were', 'be', 'been', 'has', 'had', 'have', 'it', 'its', 'this', 'that', 'these', 'those', 'which', 'who',
  'there', 'their', 'they', 'he', 'she', 'his', 'her', 'also', 'than', 'into', 'after', 'since', 'such', 'one', 'other',
]);
/** Content words, each cut to its first five letters so inflections meet (`northwest`, `northwestern`); numbers whole. */
const contentWords = (words: readonly string[]) => words.filter(isContentWord).map(contentStem);
// (Module-level, not closures made per call: links.ts visitPart says why.)
const isContentWord = (w: string) => !FUNCTION_WORDS.has(w);
const contentStem = (w: string) => (/^\p{N}/u.test(w) ? w : w.slice(0, 5));
const contentSimilarity = (a: readonly string[], b: readonly string[]) => wordSimilarity(contentWords(a), contentWords(b));

/** The same words pair a caption with a sentence (a dump's caption that an export made a paragraph). */
const classOf = (kind: UnitKind): string => (kind === 'caption' ? 'sentence' : kind);
/** Similar words do not: a label that shares some words with a sentence is not that sentence reworded. */
const similarClassOf = (kind: UnitKind): string => kind;

function shingles(words: readonly string[]): string[] {
  if (words.length < 2) return words.slice();
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Indices (into `values`) of one longest strictly increasing subsequence, O(n log n). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) keep.add(i);
  return keep;
}

/** Pair units with the same content, then units whose words are similar enough. */
export function alignUnits(a: readonly Unit[], b: readonly Unit[], takenOld: ReadonlySet<number> = new Set(), takenNew: ReadonlySet<number> = new Set()): UnitPair[] {
  const pairs: Array<{ old: number; new: number; similarity: number }> = [];
  const usedOld = new Set<number>(takenOld);
  const usedNew = new Set<number>(takenNew);
  // 1. Same content: the k-th occurrence of a key in the old revision pairs with its k-th in the new.
  const queues = new Map<string, number[]>();
  for (const u of a) {
    if (usedOld.has(u.index)) continue;
    const k = `${classOf(u.kind)}\u0000${u.key}`;
    const q = queues.get(k);
    if (q) q.push(u.index);
    else queues.set(k, [u.index]);
  }
  const heads = new Map<string, number>();
  for (const u of b) {
    if (usedNew.has(u.index)) continue;
    const k = `${classOf(u.kind)}\u0000${u.key}`;
    const q = queues.get(k);
    const h = heads.get(k) ?? 0;
    if (q && h < q.length) {
      heads.set(k, h + 1);
      pairs.push({ old: q[h], new: u.index, similarity: 1 });
      usedOld.add(q[h]);
      usedNew.add(u.index);
    }
  }
  // 2. Similar content: candidates share a word pair; only rare shingles are looked up.
  const postings = new Map<string, number[]>();
  for (const u of a) {
    if (usedOld.has(u.index)) continue;
    for (const s of new Set(shingles(u.words))) {
      const k = `${similarClassOf(u.kind)}\u0000${s}`;
      const list = postings.get(k);
      if (!list) postings.set(k, [u.index]);
      else if (list.length <= MAX_POSTING) list.push(u.index);
    }
  }
  const candidates: Array<{ old: number; new: number; similarity: number }> = [];
  for (const u of b) {
    if (usedNew.has(u.index)) continue;
    const counts = new Map<number, number>();
    for (const s of new Set(shingles(u.words))) {
      const list = postings.get(`${similarClassOf(u.kind)}\u0000${s}`);
      if (!list || list.length > MAX_POSTING) continue;
      for (const o of list) counts.set(o, (counts.get(o) ?? 0) + 1);
    }
    const best = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_CANDIDATES);
    for (const [o] of best) {
      const similarity = wordSimilarity(a[o].words, u.words);
      if (similarity >= MIN_SIMILARITY) candidates.push({ old: o, new: u.index, similarity });
    }
  }
  candidates.sort((x, y) => y.similarity - x.similarity || x.new - y.new || x.old - y.old);
  for (const c of candidates) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    pairs.push(c);
  }
  // 3. Reading order: pairs outside one longest increasing run are moved.
  // Only statements count for the order: a caption or an infobox line that a page lays out elsewhere moves nothing
  // (a sentence is not moved for standing above a picture's label in one revision and below it in the other).
  pairs.sort((x, y) => x.old - y.old);
  const layout = (p: { old: number; new: number }) => LAYOUT_KINDS.has(a[p.old].kind) || LAYOUT_KINDS.has(b[p.new].kind);
  const statements = pairs.filter((p) => !layout(p));
  const inOrder = longestIncreasing(statements.map((p) => p.new));
  const movedPairs = new Set(statements.filter((_, i) => !inOrder.has(i)));
  const aligned: UnitPair[] = pairs.map((p) => ({ ...p, moved: movedPairs.has(p) }));
  // 4. Heavy rewrites: between two in-order neighbours, the units left on each side are the same stretch of text.
  aligned.push(...alignGaps(a, b, aligned, usedOld, usedNew));
  // 5. Heavy rewrites moved within their section: the units left in two sections that share aligned statements.
  aligned.push(...alignWithinSections(a, b, aligned, usedOld, usedNew));
  // 6. A statement split in two or two merged, wherever its pair was found.
  joinSplits(a, b, aligned, usedOld, usedNew);
  return aligned.sort((x, y) => x.old - y.old);
}

/** Most unit pairs compared inside one pair of sections (bounds the cost of a section rewritten wholesale). */
const MAX_SECTION_PAIRS = 2_500;

/**
 * Pair the units still alone in two sections that already share aligned statements, by content-word
 * similarity, wherever they sit in those sections; a pair out of reading order is a move.
 */
function alignWithinSections(a: readonly Unit[], b: readonly Unit[], pairs: readonly UnitPair[], usedOld: Set<number>, usedNew: Set<number>): UnitPair[] {
  const linked = new Set(pairs.map((p) => `${a[p.old].section}:${b[p.new].section}`));
  const bySection = (units: readonly Unit[], used: Set<number>) => {
    const map = new Map<number, number[]>();
    for (const u of units) {
      if (used.has(u.index) || u.kind === 'infobox' || u.kind === 'reference') continue;
      const list = map.get(u.section);
      if (list) list.push(u.index);
      else map.set(u.section, [u.index]);
    }
    return map;
  };
  const oldBy = bySection(a, usedOld);
  const newBy = bySection(b, usedNew);
  const options: Array<{ old: number; new: number; similarity: number }> = [];
  for (const key of linked) {
    const [os, ns] = key.split(':').map(Number);
    const olds = oldBy.get(os) ?? [];
    const news = newBy.get(ns) ?? [];
    if (olds.length * news.length > MAX_SECTION_PAIRS) continue;
    for (const o of olds) {
      for (const n of news) {
        if (similarClassOf(a[o].kind) !== similarClassOf(b[n].kind)) continue;
        const similarity = contentSimilarity(a[o].words, b[n].words);
        if (similarity >= GAP_SIMILARITY) options.push({ old: o, new: n, similarity });
      }
    }
  }
  options.sort((x, y) => y.similarity - x.similarity || x.old - y.old || x.new - y.new);
  // In order when every in-order pair before it on the old side is before it on the new side, and every one after
  // it after: the greatest new index up to each old position and the least one from it on tell.
  const maxNewUpTo = new Array<number>(a.length + 1).fill(-1);
  const minNewFrom = new Array<number>(a.length + 2).fill(Infinity);
  for (const p of pairs) if (!p.moved) maxNewUpTo[p.old + 1] = minNewFrom[p.old] = p.new;
  for (let i = 1; i <= a.length; i++) maxNewUpTo[i] = Math.max(maxNewUpTo[i], maxNewUpTo[i - 1]);
  for (let i = a.length; i >= 0; i--) minNewFrom[i] = Math.min(minNewFrom[i], minNewFrom[i + 1]);
  const out: UnitPair[] = [];
  for (const c of options) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    out.push({ ...c, moved: maxNewUpTo[c.old] > c.new || minNewFrom[c.old + 1] < c.new });
  }
  return out;
}

/**
 * Pair the units left between consecutive in-order pairs (the same place in both revisions) by content-word
 * similarity, then join a statement split in two or two merged into one. Each gap is small, so comparing its
 * units pairwise keeps the whole linear in the article.
 */
function alignGaps(a: readonly Unit[], b: readonly Unit[], pairs: readonly UnitPair[], usedOld: Set<number>, usedNew: Set<number>): UnitPair[] {
  const anchors = pairs.filter((p) => !p.moved).sort((x, y) => x.old - y.old);
  const out: UnitPair[] = [];
  const bounds = [{ old: -1, new: -1 }, ...anchors, { old: a.length, new: b.length }];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const olds: number[] = [];
    const news: number[] = [];
    for (let i = bounds[g].old + 1; i < bounds[g + 1].old; i++) if (!usedOld.has(i)) olds.push(i);
    for (let i = bounds[g].new + 1; i < bounds[g + 1].new; i++) if (!usedNew.has(i)) news.push(i);
    if (!olds.length || !news.length || olds.length * news.length > 400) continue;
    const options: Array<{ old: number; new: number; similarity: number }> = [];
    for (const o of olds) {
      for (const n of news) {
        if (similarClassOf(a[o].kind) !== similarClassOf(b[n].kind) || a[o].kind === 'infobox' || a[o].kind === 'reference') continue;
        const similarity = contentSimilarity(a[o].words, b[n].words);
        if (similarity >= GAP_SIMILARITY) options.push({ old: o, new: n, similarity });
      }
    }
    options.sort((x, y) => y.similarity - x.similarity || x.old - y.old || x.new - y.new);
    const found: UnitPair[] = [];
    for (const c of options) {
      if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
      // Stay in reading order inside the gap.
      if (found.some((p) => (p.old < c.old) !== (p.new < c.new))) continue;
      usedOld.add(c.old);
      usedNew.add(c.new);
      found.push({ ...c, moved: false });
    }
    joinSplits(a, b, found, usedOld, usedNew, new Set(olds), new Set(news));
    out.push(...found);
  }
  return out;
}

/**
 * SPLIT_REST: does a neighbour state the rest of the other side's statement, the part its pair leaves out (`X was born
 * in 1991 in Y and raised in Z; he is the son of …` against `He is the son of …` and, before it, `X was born in 1991
 * in Y and raised in W.`)? It must hold most of that rest (at least SPLIT_REST_WORDS content words), and most of its
 * own words must be the other side's: a neighbour that merely shares a few words states something else.
 */
function statesTheRest(mine: readonly string[], neighbour: readonly string[], other: readonly string[]): boolean {
  const rest = new Map<string, number>();
  for (const w of contentWords(other)) rest.set(w, (rest.get(w) ?? 0) + 1);
  for (const w of contentWords(mine)) if (rest.get(w)) rest.set(w, rest.get(w)! - 1);
  const left = [...rest.values()].reduce((x, y) => x + y, 0);
  if (left < SPLIT_REST_WORDS) return false;
  const own = contentWords(neighbour);
  const said = new Set(contentWords(other));
  let shared = 0;
  for (const w of own) {
    if (!rest.get(w)) continue;
    rest.set(w, rest.get(w)! - 1);
    shared++;
  }
  const mostlyTheirs = own.filter((w) => said.has(w)).length * 2 >= own.length;
  // REST_IN_PART: or it states a good part of that rest (SPLIT_REST_SHARED words of it), most of its own words the
  // other side's (`One third of the world's population … infected …, and new infections occur …` against `New
  // infections occur …` and, before it, `… one quarter of the world's population … a latent infection`).
  return mostlyTheirs && (shared * 2 >= left || shared >= SPLIT_REST_SHARED);
}

/**
 * A statement split in two, or two merged: a pair's neighbour in the same block, left over on one side, joins it
 * when the two together match the other side better than either alone. `freeOld`/`freeNew` limit the neighbours
 * looked at (a gap's units); by default any unit not yet aligned.
 */
function joinSplits(a: readonly Unit[], b: readonly Unit[], pairs: UnitPair[], usedOld: Set<number>, usedNew: Set<number>, freeOld?: ReadonlySet<number>, freeNew?: ReadonlySet<number>): void {
  for (const p of pairs) {
    const wordsOf = (units: readonly Unit[], first: number, extra: number[] = []) => [first, ...extra].flatMap((i) => units[i].words);
    let similarity = Math.max(p.similarity, contentSimilarity(wordsOf(a, p.old, p.oldExtra), wordsOf(b, p.new, p.newExtra)));
    const join = (side: 'old' | 'new'): boolean => {
      const units = side === 'old' ? a : b;
      const used = side === 'old' ? usedOld : usedNew;
      const free = side === 'old' ? freeOld : freeNew;
      const first = side === 'old' ? p.old : p.new;
      const extra = side === 'old' ? (p.oldExtra ?? []) : (p.newExtra ?? []);
      const last = extra.length ? extra[extra.length - 1] : first;
      const mine = wordsOf(units, first, extra);
      const other = side === 'old' ? wordsOf(b, p.new, p.newExtra) : wordsOf(a, p.old, p.oldExtra);
      for (const next of [last + 1, first - 1]) {
        const u = units[next];
        if (!u || used.has(next) || (free && !free.has(next)) || u.block !== units[first].block || u.kind !== units[first].kind) continue;
        const together = next > last ? [...mine, ...u.words] : [...u.words, ...mine];
        const joined = contentSimilarity(together, other);
        if (joined >= Math.max(similarity, contentSimilarity(u.words, other)) + SPLIT_GAIN || statesTheRest(mine, u.words, other)) {
          used.add(next);
          similarity = joined;
          p.similarity = joined;
          if (next > last) (side === 'old' ? (p.oldExtra ??= []) : (p.newExtra ??= [])).push(next);
          else if (side === 'old') {
            p.oldExtra = [p.old, ...(p.oldExtra ?? [])];
            p.old = next;
          } else {
            p.newExtra = [p.new, ...(p.newExtra ?? [])];
            p.new = next;
          }
          return true;
        }
      }
      return false;
    };
    // MERGED_MANY: three statements merged into one (or one split in three) join one by one, each where it adds.
    for (let k = 0; k < MAX_JOINED && join('new'); k++);
    for (let k = 0; k < MAX_JOINED && join('old'); k++);
  }
}

/** Sections pair up by where their content went, then by title (exact, then similar) among the rest, in order. */
export function alignSections(a: RevisionUnits, b: RevisionUnits, pairs: readonly UnitPair[]): Map<number, number> {
  const map = new Map<number, number>();
  const taken = new Set<number>();
  const link = (o: number, n: number) => {
    map.set(o, n);
    taken.add(n);
  };
  // The lead and the references are the same part of any article.
  for (const title of ['Lead', 'References']) {
    const o = a.sections.find((s) => s.pseudo && s.title === title);
    const n = b.sections.find((s) => s.pseudo && s.title === title);
    if (o && n) link(o.index, n.index);
  }
  const votes = new Map<string, number>();
  for (const p of pairs) {
    const o = a.units[p.old].section;
    const n = b.units[p.new].section;
    if (a.sections[o].pseudo || b.sections[n].pseudo) continue;
    const k = `${o}:${n}`;
    votes.set(k, (votes.get(k) ?? 0) + 1);
  }
  const byVotes = [...votes].map(([k, v]) => [...k.split(':').map(Number), v] as [number, number, number]).sort((x, y) => y[2] - x[2] || x[0] - y[0]);
  for (const [o, n] of byVotes) if (!map.has(o) && !taken.has(n)) link(o, n);
  const titled = (similar: (x: string[], y: string[]) => number, threshold: number) => {
    const options: Array<[number, number, number]> = [];
    for (const o of a.sections) {
      if (map.has(o.index) || o.pseudo) continue;
      for (const n of b.sections) {
        if (taken.has(n.index) || n.pseudo) continue;
        const s = similar(o.words, n.words);
        if (s >= threshold) options.push([o.index, n.index, s]);
      }
    }
    options.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
    for (const [o, n] of options) if (!map.has(o) && !taken.has(n)) link(o, n);
  };
  // Unmatched sections are few (empty or wholly rewritten ones), so comparing their titles pairwise stays small.
  titled((x, y) => (x.join(' ') === y.join(' ') ? 1 : 0), 1);
  titled(wordSimilarity, 0.6);
  return map;
}

/**
 * Infobox fields pair by key before any text does (a page dump's `Fleet size298` is the export's
 * `- Fleet size: 273`), wherever each revision states them.
 */
function alignFields(a: RevisionUnits, b: RevisionUnits): { pairs: UnitPair[]; fieldsA: Map<number, Field>; fieldsB: Map<number, Field> } {
  const firstA = joinFeetInches(a, assignFields(a));
  const firstB = joinFeetInches(b, assignFields(b));
  // SHARED_LABEL: a label both revisions draw alone on its line (`Number of employees`) is a key too.
  const shared = [...sharedKeys(a, b)].map(normalKey);
  const labels = sharedLabels(a, b);
  const fieldsA = joinFeetInches(a, assignFields(a, withKeyTails(withHeadRoles(new Set([...[...firstB.values()].map((f) => f.norm), ...shared]))), b, labels));
  const fieldsB = joinFeetInches(b, assignFields(b, withKeyTails(withHeadRoles(new Set([...[...firstA.values()].map((f) => f.norm), ...shared]))), a, labels));
  numberedColumns(fieldsA, new Set([...fieldsB.values()].map((f) => f.norm)));
  numberedColumns(fieldsB, new Set([...fieldsA.values()].map((f) => f.norm)));
  const fieldPairs = pairFields(fieldsA, fieldsB, a.language);
  // KEYLESS_VALUE: a dump's figure line whose key it lost, for the field of the other revision it states.
  for (const [rev, own, other, which] of [[a, fieldsA, fieldsB, 'old'], [b, fieldsB, fieldsA, 'new']] as const) {
    const paired = new Set(fieldPairs.map((p) => (which === 'old' ? p.new : p.old)));
    for (const k of keylessValues(rev, own, [...other].filter(([j]) => !paired.has(j)))) {
      own.set(k.unit, k.field);
      fieldPairs.push(which === 'old' ? { old: k.unit, new: k.other } : { old: k.other, new: k.unit });
    }
  }
  // KEYLESS_IN_ORDER: a box's figures a mirror drew without their labels, between two paired fields, in order; then
  // (KEYLESS_RUN) a run of such figures no paired fields frame, by the kinds of amount in order.
  for (const find of [keylessInOrder, keylessRuns]) {
    for (const [rev, own, otherRev, other, which] of [[a, fieldsA, b, fieldsB, 'old'], [b, fieldsB, a, fieldsA, 'new']] as const) {
      const anchors = fieldPairs.map((p) => (which === 'old' ? { own: p.old, other: p.new } : { own: p.new, other: p.old }));
      for (const k of find(rev, own, otherRev, other, anchors)) {
        own.set(k.unit, k.field);
        other.set(k.other, k.otherField);
        fieldPairs.push(which === 'old' ? { old: k.unit, new: k.other } : { old: k.other, new: k.unit });
      }
    }
  }
  const pairs = fieldPairs.map((p) => {
    // The open entry of dated entries a line each, where the paired value is one undated thing (CURRENT_ENTRY).
    let entryA: Field | undefined;
    let entryB: Field | undefined;
    const both = fieldsA.get(p.old)!.continuation && fieldsB.get(p.new)!.continuation;
    if (both) {
      fieldsA.set(p.old, withContinuation(fieldsA.get(p.old)!));
      fieldsB.set(p.new, withContinuation(fieldsB.get(p.new)!));
    } else if (joinsHolderLines(fieldsA.get(p.old)!, fieldsB.get(p.new)!) || joinsPartLines(fieldsA.get(p.old)!, fieldsB.get(p.new)!)) {
      fieldsA.set(p.old, withContinuation(fieldsA.get(p.old)!));
    } else if (joinsHolderLines(fieldsB.get(p.new)!, fieldsA.get(p.old)!) || joinsPartLines(fieldsB.get(p.new)!, fieldsA.get(p.old)!)) {
      fieldsB.set(p.new, withContinuation(fieldsB.get(p.new)!));
    } else if ((entryA = currentEntry(fieldsA.get(p.old)!, fieldsB.get(p.new)!))) {
      fieldsA.set(p.old, entryA);
    } else if ((entryB = currentEntry(fieldsB.get(p.new)!, fieldsA.get(p.old)!))) {
      fieldsB.set(p.new, entryB);
    } else {
      const datedA = datedContinuation(fieldsA.get(p.old)!, fieldsB.get(p.new)!);
      if (datedA) fieldsA.set(p.old, datedA);
      const datedB = datedContinuation(fieldsB.get(p.new)!, fieldsA.get(p.old)!);
      if (datedB) fieldsB.set(p.new, datedB);
    }
    const field = { old: fieldsA.get(p.old)!, new: fieldsB.get(p.new)! };
    return {
      ...p,
      similarity: 1,
      moved: false,
      field,
      ...(field.old.valueUnits ? { oldExtra: field.old.valueUnits } : {}),
      ...(field.new.valueUnits ? { newExtra: field.new.valueUnits } : {}),
    };
  });
  return { pairs, fieldsA, fieldsB };
}

/** A value that ends with the year it is for: `1.0 million (2016)`, `680,000 (2020)[8]`. */
const DATED_VALUE = /\((?:1[5-9]|20)\d\d\)\s*(?:\[[^\]]*\]\s*)*$/;

/**
 * DATED_CONTINUATION: a dump's field that goes on over lines the paired field lacks (`Deaths36.3 million total
 * deaths`, then `680,000 (2020)`) is compared, where the paired value is a figure for a year (`1.0 million (2016)`),
 * by its one line that is a figure for a year too; its other lines stay part of the field (no additions).
 */
function datedContinuation(f: Field, other: Field): Field | undefined {
  if (!f.continuation || other.continuation || !DATED_VALUE.test(other.value)) return undefined;
  const lines = [f.value, ...f.continuation.values];
  const dated = lines.filter((v) => DATED_VALUE.test(v));
  if (dated.length !== 1 || dated[0] === f.value) return undefined;
  return { ...f, value: dated[0], valueUnits: [...(f.valueUnits ?? []), ...f.continuation.units], continuation: undefined };
}

/** Units of a page's layout, not statements: their place in reading order is no content. */
const LAYOUT_KINDS = new Set(['caption', 'infobox']);

export function alignRevisions(a: RevisionUnits, b: RevisionUnits): Alignment {
  const { pairs: fieldPairs, fieldsA, fieldsB } = alignFields(a, b);
  // A field is compared by its key only: never aligned as text with a sentence it shares words with.
  const takenOld = fieldUnitIndices(fieldsA);
  const takenNew = fieldUnitIndices(fieldsB);
  const pairs = [...fieldPairs, ...alignUnits(a.units, b.units, takenOld, takenNew)].sort((x, y) => x.old - y.old);
  const byOld = new Map<number, number>();
  const byNew = new Map<number, number>();
  pairs.forEach((p, i) => {
    for (const o of [p.old, ...(p.oldExtra ?? [])]) byOld.set(o, i);
    for (const n of [p.new, ...(p.newExtra ?? [])]) byNew.set(n, i);
  });
  const sections = alignSections(a, b, pairs);
  const sectionsByNew = new Map([...sections].map(([o, n]) => [n, o]));
  return { pairs, byOld, byNew, sections, sectionsByNew, fieldsOld: fieldsA, fieldsNew: fieldsB };
}

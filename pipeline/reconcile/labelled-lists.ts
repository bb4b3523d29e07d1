// LABELLED_LIST: the entries of a multi-valued infobox field that a page dump draws as its label on a line of its own
// and one entry per line under it (`Commanders and leaders`, `Vice Presidents`, `Key people`).
import type { RevisionUnits, Unit } from './units.ts';
import { identifyingWords } from './names.ts';
import { withoutMarkers } from './fields.ts';
import { IMAGE_FILE } from '../read/rendered.ts';
import { TREND_WORDS } from '../read/trend.ts';
import { MONTH_NAME } from './roles.ts';
import { KEY_WORDS, LIST_ENTRY_WORDS, LIST_LINE_GAP } from './rules.ts';

/** A label alone on its line: a few capitalised words without a figure or a sentence's end (`Supported by:`). */
const LABEL = /^\p{Lu}[\p{L}'’()&/ -]*:?$/u;
/** A dump's bullet before a line. */
const BULLET = /^[\s•·▪◦*-]+/u;
/** A note on the entry above, in parentheses on its own line (`(Prime Minister of Iraq)`). */
const NOTE = /^\(.*\)$/;

/** A line's text without markers, its bullet, and the empty cells a table dump leaves around it (`Products |`). */
const lineText = (u: Unit) => withoutMarkers(u.text).replace(BULLET, '').replace(/^[|\s]+|[|\s]+$/g, '').trim();
/** A unit that is a line of its own: a caption, a list item, or a paragraph of one short statement. */
const aLine = (rev: RevisionUnits, u: Unit) => u.kind === 'caption' || u.kind === 'item' || (u.kind === 'sentence' && rev.blocks[u.block].units.length === 1);
/**
 * A label that names a post and nothing else (`Vice Presidents`, `Director General`, `Ambassadors`): its entries
 * hold the post, and entries replaced on both sides are a changed office holder (HOLDER_LIST), not entries added
 * and removed.
 */
const POST_LABEL = /^(?:(?:vice|deputy|first|co)[- ])?(?:president|chair(?:m[ae]n|person|woman)?|director(?:[- ]general)?|secretar(?:y|ie)(?:[- ]general)?|minister|governor|mayor|ambassador|envoy|ceo|chief executive|head|leader)s?$/;

/** A particle joined to a capitalised name (`al-Abadi`, `d’Estaing`): a name's word, not a common noun. */
const NAME_PARTICLE = /^\p{Ll}{1,3}[-'’]\p{Lu}/u;
/**
 * A label names a kind of entry, a common noun's phrase: it ends with a colon (`Supported by:`), names a post
 * (POST_LABEL), is one plural word (`Belligerents`), or its words after the first are not capitalised (`Key people`,
 * `Commanders and leaders`). An entry names someone (`Hezbollah`, `Coast League`).
 */
const labelOf = (rev: RevisionUnits, u: Unit): string | undefined => {
  const text = lineText(u);
  if (!aLine(rev, u) || !LABEL.test(text)) return undefined;
  const words = text.replace(/:$/, '').split(/\s+/);
  const label = words.join(' ').toLowerCase();
  if (words.length > KEY_WORDS) return undefined;
  const common = text.endsWith(':') || POST_LABEL.test(label) || (words.length === 1 ? /\p{Ll}s$/u.test(words[0]) : words.slice(1).every((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w)));
  return common ? label : undefined;
};

interface Entry {
  /** The units of its line. */
  units: Unit[];
  /** The units of the line of its role in parentheses under it, if any. */
  note?: Unit[];
  words: Set<string>;
  /** The role in parentheses after the entry or on the line under it (`Karl Berg (Chairman)`, `(CEO)`), lower case. */
  role?: string;
  /** The entry's own text where its line holds several (ENTRIES_ON_A_LINE). */
  part?: string;
}

/**
 * ENTRIES_ON_A_LINE: a line of two entries or more, each a name with its role in parentheses, one after another's
 * comma (`Anna Berg (President and CEO), Per Ek (chairman)`), is that many entries.
 */
const ENTRIES_ON_A_LINE = /^[^,()]+\([^()]+\)(?:\s*[,;]\s*[^,;()]+\([^()]+\))+$/;
const entriesOfLine = (text: string) => (ENTRIES_ON_A_LINE.test(text) ? text.split(/(?<=\))\s*[,;]\s*/) : [text]);

/** A role as ROLE_ENTRIES compares it: lower case, a chairman, chairwoman or chairperson the one chair. */
const roleOf = (text: string) =>
  text.replace(/^\(|\)$/g, '').trim().toLowerCase().replace(/\bchair(?:m[ae]n|woman|person)\b/g, 'chair').replace(/\bchief executive(?: officer)?\b/g, 'ceo');

/** Each label that a revision draws once, and the entries on the lines under it, up to the next label or text. */
function lists(rev: RevisionUnits, labels: ReadonlySet<string>, fieldUnits: ReadonlySet<number>): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  const seen = new Map<string, number>();
  for (const u of rev.units) {
    const label = labelOf(rev, u);
    if (label && labels.has(label)) seen.set(label, (seen.get(label) ?? 0) + 1);
  }
  for (const u of rev.units) {
    const label = labelOf(rev, u);
    if (!label || seen.get(label) !== 1 || fieldUnits.has(u.index)) continue;
    const entries: Entry[] = [];
    let line = u.line;
    // A line is one entry, however the sentence splitter cut it (`Iraq Maj.` `Gen. Fadhil Barwari`).
    for (let i = u.index + 1; i < rev.units.length; ) {
      const v = rev.units[i];
      if (v.section !== u.section || v.line > line + LIST_LINE_GAP || v.line === u.line || !aLine(rev, v) || fieldUnits.has(v.index)) break;
      // Another label ends the list, whether the other revision draws it or not.
      if (labelOf(rev, v)) break;
      const units = [v];
      while (rev.units[i + units.length]?.line === v.line) units.push(rev.units[i + units.length]);
      if (units.some((x) => !aLine(rev, x) || fieldUnits.has(x.index))) break;
      const text = units.map(lineText).join(' ');
      if (!NOTE.test(text)) {
        // An entry names someone or something: a sentence, a figure or a picture's file ends the list.
        if (/[.!?]$/.test(text) || /\p{N}/u.test(text) || IMAGE_FILE.test(text) || text.split(/\s+/).length > LIST_ENTRY_WORDS) break;
        const parts = entriesOfLine(text);
        for (const part of parts) {
          // The role in parentheses after the entry, or after its comma where that names a post (`Anna Berg, Chairman`).
          const afterComma = /^[^,]+,\s*([^,()]+)$/.exec(part)?.[1];
          const role = /\(([^()]+)\)$/.exec(part)?.[1] ?? (afterComma && POST_LABEL.test(roleOf(afterComma)) ? afterComma : undefined);
          entries.push({ units, words: identifyingWords(part.replace(/\([^)]*\)/g, ' ')), ...(role ? { role: roleOf(role) } : {}), ...(parts.length > 1 ? { part } : {}) });
        }
      } else {
        // A note under an entry is its role (`Detlef Berg` over `(CEO)`).
        const above = entries[entries.length - 1];
        if (above && above.role === undefined && above.units[above.units.length - 1].line === v.line - 1) {
          above.role = roleOf(text);
          above.note = units;
        }
      }
      line = v.line;
      i += units.length;
    }
    out.set(label, entries);
  }
  return out;
}

const lastOf = (e: Entry) => [...e.words].pop() ?? '';

/**
 * The words that tell an entry from the others of its list: not those several entries share (the flag's country
 * before each commander's name, `Iraq Lt. Gen. …`), unless the entry has no others.
 */
function ownWords(entries: Entry[]): Set<string>[] {
  const count = new Map<string, number>();
  for (const e of entries) for (const w of e.words) count.set(w, (count.get(w) ?? 0) + 1);
  return entries.map((e) => {
    const own = new Set([...e.words].filter((w) => count.get(w) === 1));
    return own.size ? own : e.words;
  });
}

/** One label's entries that one revision's list alone gives, and whether the label names a post. */
export interface ListChange {
  label: string;
  post: boolean;
  old: Unit[];
  new: Unit[];
  /** The entries' own text where a line holds several (ENTRIES_ON_A_LINE). */
  oldText?: string;
  newText?: string;
}

const labelsOf = (rev: RevisionUnits) => new Set(rev.units.map((u) => labelOf(rev, u)).filter((l): l is string => l !== undefined));
/** The labels both revisions draw on a line of their own (`Key people`, `Number of employees`), as written lower-case. */
export function sharedLabels(a: RevisionUnits, b: RevisionUnits): Set<string> {
  const la = labelsOf(a);
  return new Set([...labelsOf(b)].filter((l) => la.has(l)));
}

/**
 * SHARED_LABEL: a label both revisions draw alone on its line is a field's key (`Number of employees` over `6,700
 * (2015)`), unless both draw a list of entries under it (LABELLED_LIST compares those).
 */
export function sharedKeys(a: RevisionUnits, b: RevisionUnits): Set<string> {
  const shared = sharedLabels(a, b);
  const figures = figureKeys(b);
  const both = [...figureKeys(a)].filter((k) => figures.has(k));
  const [listsA, listsB] = [lists(a, shared, new Set()), lists(b, shared, new Set())];
  // Over a value in both: a label over another label is a picture's caption over the next (`Logo of the league`).
  const overValue = (rev: RevisionUnits, label: string) => {
    const at = rev.units.findIndex((u) => labelOf(rev, u) === label);
    const next = rev.units[at + 1];
    return next !== undefined && next.line <= rev.units[at].line + 2 && labelOf(rev, next) === undefined;
  };
  const keys = new Set([...shared].filter((l) => ((listsA.get(l)?.length ?? 0) < 2 || (listsB.get(l)?.length ?? 0) < 2) && overValue(a, l) && overValue(b, l)));
  for (const k of both) keys.add(k);
  return keys;
}

/**
 * SHARED_FIGURE_KEY: a label that opens a loose line of both revisions right before a figure or an amount, after a
 * trend arrow's words or glued (`Revenue Increase $2.6 billion` / `Revenue US$2.53 billion`), is a field's key in
 * both, though neither draws it alone on its line: a label over it (`Key people`, its value lost) does not take that
 * line as its value. A small word before a figure (`In 2010`), a month or a trend word is no label.
 */
const FIGURE_KEY_LINE = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}) ?(?:${TREND_WORDS} ?)?(?:[\p{N}\p{Sc}]|\p{Lu}{1,3}[$€£¥])`, 'u');
const NOT_A_LABEL = new Set(['in', 'on', 'at', 'by', 'as', 'of', 'to', 'for', 'from', 'since', 'until', 'till', 'after', 'before', 'during', 'about', 'around', 'over', 'under', 'nearly', 'some', 'circa', 'approximately', 'and', 'or', 'the', 'a', 'an', 'with', 'between']);

const TREND_ALONE = new RegExp(String.raw`^${TREND_WORDS}$`);

function figureKeys(rev: RevisionUnits): Set<string> {
  const keys = new Set<string>();
  for (const u of rev.units) {
    if (u.kind !== 'caption') continue;
    const m = FIGURE_KEY_LINE.exec(u.text.trim());
    if (!m) continue;
    const key = m[1].toLowerCase();
    // (Nor a month before its day, `January 3, 2007`, nor a trend arrow's word alone, `Decrease £2 billion`.)
    if (!NOT_A_LABEL.has(key.split(' ')[0]) && !MONTH_NAME.test(key) && !TREND_ALONE.test(m[1])) keys.add(key);
  }
  return keys;
}

/**
 * The entries that one revision's list alone gives: the labels both revisions draw on a line of their own, each with
 * entries under it in both, and an entry none of whose own words any entry of the other's list gives. An entry
 * written otherwise (`Talib Shaghati al-Kenan` / `Talib Shaghati`) is the same entry.
 */
export function listChanges(a: RevisionUnits, b: RevisionUnits, fieldsA: ReadonlySet<number>, fieldsB: ReadonlySet<number>): ListChange[] {
  const shared = sharedLabels(a, b);
  const [listsA, listsB] = [lists(a, shared, fieldsA), lists(b, shared, fieldsB)];
  const out: ListChange[] = [];
  for (const [label, entriesA] of listsA) {
    const entriesB = listsB.get(label);
    if (!entriesB?.length || !entriesA.length) continue;
    const alone = (own: Entry[], other: Entry[]) => {
      const words = ownWords(own);
      // The same entry shares its own words with the other's, the last of either among them (a flag's country
      // before two different names is no match).
      const same = (e: Entry, k: number, o: Entry) => {
        const common = [...words[k]].filter((w) => o.words.has(w));
        return common.length > 0 && (common.includes(lastOf(e)) || common.includes(lastOf(o)));
      };
      return own.filter((e, k) => words[k].size > 0 && !other.some((o) => same(e, k, o)));
    };
    let [goneA, goneB] = [alone(entriesA, entriesB), alone(entriesB, entriesA)];
    // ROLE_ENTRIES: an entry each list alone gives with the same role, the one such on each side (`Karl Berg
    // (Chairman)` / `Jon Ek` over `(Chairman)`), is that role's holder changed: a post of its own.
    const withRole = (list: Entry[], role: string) => list.filter((e) => e.role === role);
    for (const e of [...goneA]) {
      if (!e.role || withRole(goneA, e.role).length !== 1 || withRole(goneB, e.role).length !== 1) continue;
      const f = withRole(goneB, e.role)[0];
      out.push({ label, post: true, old: [...e.units, ...(e.note ?? [])], new: [...f.units, ...(f.note ?? [])], ...(e.part ? { oldText: e.part } : {}), ...(f.part ? { newText: f.part } : {}) });
      // The other entries of a line reported so are that line's (ENTRIES_ON_A_LINE): no line added or removed twice.
      goneA = goneA.filter((x) => x !== e && !(e.part && x.units[0] === e.units[0]));
      goneB = goneB.filter((x) => x !== f && !(f.part && x.units[0] === f.units[0]));
    }
    const unitsOf = (list: Entry[]) => [...new Set(list.flatMap((e) => e.units))];
    const change = { label, post: POST_LABEL.test(label), old: unitsOf(goneA), new: unitsOf(goneB) };
    if (change.old.length || change.new.length) out.push(change);
  }
  return out;
}

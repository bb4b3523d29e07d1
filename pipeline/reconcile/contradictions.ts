// Internal contradictions: one revision dates the same one-time event of the same subject in incompatible ways.
import type { DateValue } from '../model.ts';
import { datesAgree, extractDates, properNounRuns } from './facts.ts';
import type { RevisionUnits, Unit } from './units.ts';

/**
 * Word stems of events that happen once to a subject (founding, birth, death, dissolution…). A general
 * English lexicon: repeatable events (visits, treaties, elections) can have many dates without contradiction.
 */
const ONE_TIME_EVENTS = [
  'establish', 'founded', 'founding', 'foundation', 'born', 'birth', 'died', 'death', 'dissolv', 'dissolution',
  'abolish', 'independen', 'creat', 'incorporat', 'inaugurat', 'assassinat', 'collaps', 'proclaim', 'proclamation',
  'annex', 'disband', 'demolish', 'decommission',
];
const STOP = /[.;:!?()[\]]/;

/**
 * Words that make a later event of the same thing: a declaration of independence and its recognition years later,
 * a founding and its anniversary or restoration, are two events (general English).
 */
const LATER_EVENT_WORDS = ['recogni', 'acknowledg', 'anniversar', 'celebrat', 'commemorat', 'restor', 'regain', 'reaffirm', 'confirm', 're-establish', 'reestablish', 'refound', 'renam'];

/** Subjects that stand for the article's own subject (`It was founded in 1899`). */
const SUBJECT_PRONOUN = /^\s*(?:it|he|she|they|this)\b/i;

export interface DatedStatement {
  unit: Unit;
  subject: string;
  event: string;
  date: DateValue;
  text: string;
  /** Offsets of the date in the unit's text. */
  start: number;
  end: number;
}

/** Acronyms a revision defines, `Full Name (FN)` → the full name, lowercased. */
export function definedAcronyms(units: readonly Unit[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const u of units) {
    for (const run of properNounRuns(u.text)) {
      const after = /^\s*\(([\p{Lu}]{2,})\)/u.exec(u.text.slice(run.end));
      if (!after) continue;
      const initials = run.words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials.endsWith(after[1]) || initials === after[1]) {
        const capitalised = run.words.filter((w) => /^\p{Lu}/u.test(w));
        map.set(after[1].toLowerCase(), canonicalName(capitalised.slice(capitalised.length - after[1].length).join(' '), new Map()));
      }
    }
  }
  return map;
}

export function canonicalName(name: string, acronyms: ReadonlyMap<string, string>): string {
  const plain = name.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return acronyms.get(plain) ?? plain;
}

/** The first of ONE_TIME_EVENTS a word starts with (in any case), if any. */
function oneTimeEvent(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const e of ONE_TIME_EVENTS) if (lower.startsWith(e)) return e;
  return undefined;
}

/** Statements that date a one-time event of a named subject: `X was established in 1921`, `X (…), founded in 1924`. */
export function datedStatements(unit: Unit, acronyms: ReadonlyMap<string, string>, articleSubject = ''): DatedStatement[] {
  const out: DatedStatement[] = [];
  const runs = properNounRuns(unit.text);
  for (const date of extractDates(unit.text)) {
    if (date.value.start !== undefined) continue;
    // The event word sits in the few words right before the date, within one clause.
    const windowStart = Math.max(0, date.start - 48);
    const before = unit.text.slice(windowStart, date.start);
    const clause = before.split(STOP).pop() ?? '';
    const words = [...clause.matchAll(/[\p{L}]+/gu)].slice(-4);
    let eventWord: RegExpMatchArray | undefined;
    let event: string | undefined;
    for (let i = words.length - 1; i >= 0 && event === undefined; i--) {
      event = oneTimeEvent(words[i][0]);
      if (event !== undefined) eventWord = words[i];
    }
    if (!eventWord || event === undefined) continue;
    const eventAt = windowStart + before.length - clause.length + (eventWord.index ?? 0);
    // The subject is named in the event's own clause (`…, and diplomatic relations were established in 1941`
    // names none: not the country of the clause before).
    const clauseStart = lastClauseStart(unit.text, eventAt);
    const named = runs.filter((r) => r.end <= eventAt && r.start >= clauseStart).pop();
    const pronoun = SUBJECT_PRONOUN.test(unit.text.slice(clauseStart)) || (clauseStart === 0 && SUBJECT_PRONOUN.test(unit.text));
    const subject = named ? canonicalName(named.text, acronyms) : pronoun && articleSubject ? canonicalName(articleSubject, acronyms) : '';
    if (!subject) continue;
    const later = LATER_EVENT_WORDS.find((w) => clause.toLowerCase().includes(w));
    out.push({ unit, subject, event: eventFamily(event) + (later ? `+${later}` : ''), date: date.value, text: date.text, start: date.start, end: date.end });
  }
  return out;
}

/** Where the clause holding `at` begins: after a stop, or after a comma that opens a new clause with a conjunction. */
const CLAUSE_START = /[.;:!?]|,\s+(?:and|but|while|whereas|although|though|yet)\s/g;
function lastClauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_START)) start = m.index + m[0].length;
  return start;
}

/** The one-time event a context word's stem (its first five letters, roles.ts) names, by family (`found`, `birth`), if any. */
export function eventOfStem(stem: string): string | undefined {
  const e = ONE_TIME_EVENTS.find((x) => x.slice(0, 5) === stem.slice(0, 5) && stem.length >= Math.min(4, x.length));
  return e === undefined ? undefined : eventFamily(e);
}

/** Stems that name the same event (`founded`, `foundation`). */
function eventFamily(stem: string): string {
  if (stem.startsWith('found')) return 'found';
  if (stem.startsWith('dissol')) return 'dissolve';
  if (stem === 'born' || stem === 'birth') return 'birth';
  if (stem === 'died' || stem === 'death') return 'death';
  if (stem.startsWith('procla')) return 'proclaim';
  return stem;
}

export interface Contradiction {
  first: DatedStatement;
  second: DatedStatement;
}

/** Pairs of statements in one revision that give the same subject's one-time event incompatible dates. */
export function findContradictions(revision: RevisionUnits): Contradiction[] {
  const prose = revision.units.filter((u) => u.kind === 'sentence' || u.kind === 'caption');
  const acronyms = definedAcronyms(prose);
  const groups = new Map<string, DatedStatement[]>();
  for (const u of prose) {
    for (const s of datedStatements(u, acronyms, revision.revision.title)) {
      const k = `${s.subject}|${s.event}`;
      const list = groups.get(k);
      if (list) list.push(s);
      else groups.set(k, [s]);
    }
  }
  const out: Contradiction[] = [];
  for (const list of groups.values()) {
    const reported: DateValue[] = [];
    for (const s of list.slice(1)) {
      if (datesAgree(list[0].date, s.date)) continue;
      if (reported.some((d) => datesAgree(d, s.date))) continue;
      reported.push(s.date);
      out.push({ first: list[0], second: s });
    }
  }
  return out;
}

// Typed facts stated by a sentence: dates (chrono-node + rules for years, decades, ranges, qualifiers), quantities, entities.
import * as chrono from 'chrono-node';
import type nlp from 'compromise';
import type { DateValue, EntityValue, QuantityValue } from '../model.ts';
import { loadCompromise } from './compromise.ts';
import { TextMemo } from '../memo.ts';
import { amountsAgree, measureOf, sameDimension } from './measures.ts';
import { NUMBER_WORDS, ORDINAL_WORDS } from './tokens.ts';

// compromise's lexicon is slow to initialise: load it on first use, so a command or a revision
// that never asks (`brief parse` of a sectioned export, `--version`) does not pay for it (compromise.ts).
let nlpInstance: typeof nlp | undefined;
const compromise = (): typeof nlp => (nlpInstance ??= withoutChunker(loadCompromise()));

/**
 * compromise without its last pass, the chunker, which marks each word's phrase (noun, verb, …) for `.chunks()`: it
 * reads the tags and sets none, and entityKind, compromise's one user here, reads only the tags (about 5 % of a name's
 * time in compromise, in a profile of corpus articles).
 */
function withoutChunker(n: typeof nlp): typeof nlp {
  const world = n.world() as { hooks?: unknown };
  if (Array.isArray(world.hooks)) world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
  return n;
}

/** A fact as found in one sentence: its type, value and span in that sentence. */
interface MentionPlace {
  /** The span as written, and where it stands in its sentence. */
  text: string;
  start: number;
  end: number;
}
export type DateMention = MentionPlace & { type: 'date'; value: DateValue };
export type QuantityMention = MentionPlace & { type: 'quantity'; value: QuantityValue };
export type EntityMention = MentionPlace & { type: 'entity'; value: EntityValue };
/** A fact a sentence states, told apart by `type`: its value's shape follows. */
export type FactMention = DateMention | QuantityMention | EntityMention;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const YEAR = String.raw`(?:1[0-9]{3}|20[0-9]{2})`;
const QUALIFIERS: Record<string, DateValue['qualifier']> = {
  after: 'after',
  before: 'before',
  since: 'since',
  until: 'until',
  till: 'until',
  by: 'by',
  circa: 'circa',
  'c.': 'circa',
  'ca.': 'circa',
  around: 'circa',
  about: 'circa',
};
const QUALIFIER_BEFORE = /(after|before|since|until|till|by|circa|c\.|ca\.|around|about)\s+(?:the\s+)?$/i;
const DASH = '[-–—]';
export const SCALE_FACTOR: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** A scale glued to a sum of money (SCALE_LETTERS), in letters or in full: `$55m`, `£2.5bn`, `€40k`, `£215million`. */
const SCALE_LETTERS: Readonly<Record<string, string>> = { k: 'thousand', m: 'million', mn: 'million', bn: 'billion', b: 'billion', tn: 'trillion', thousand: 'thousand', million: 'million', billion: 'billion', trillion: 'trillion' };
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR', '₩': 'KRW' };
/** Words after a number that make it a measurement rather than a year. */
const MEASURE_WORD = /^\s*(?:%|percent|per\s*cent|km|kilomet(?:er|re)s?|mi|miles?|m|met(?:er|re)s?|kg|kilograms?|t|tonnes?|tons?|people|persons|inhabitants|troops|soldiers|casualties|deaths|votes|members|units)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(known: { year?: number; month?: number; day?: number }): { iso: string; precision: DateValue['precision'] } {
  if (known.day !== undefined && known.month !== undefined) return { iso: `${known.year}-${pad(known.month)}-${pad(known.day)}`, precision: 'day' };
  if (known.month !== undefined) return { iso: `${known.year}-${pad(known.month)}`, precision: 'month' };
  return { iso: String(known.year), precision: 'year' };
}

function overlaps(found: Array<{ start: number; end: number }>, start: number, end: number): boolean {
  return found.some((f) => start < f.end && end > f.start);
}

function qualifierBefore(sentence: string, start: number, end = start): { qualifier?: DateValue['qualifier']; start: number } {
  const match = QUALIFIER_BEFORE.exec(sentence.slice(Math.max(0, start - 16), start));
  if (!match) {
    // FROM_ON: `from` a date that opens a clause whose verb is in the present perfect, with no end after it (`From the
    // 1963 elections, the party has dominated …`), counts from it as `since` does (general English).
    const from = FROM_BEFORE.exec(sentence.slice(Math.max(0, start - 10), start));
    if (from && PRESENT_PERFECT.test(sentence.slice(end, end + 80)) && !RANGE_AFTER.test(sentence.slice(end, end + 40))) return { qualifier: 'since', start: start - from[0].length };
    return { start };
  }
  const qualifier = QUALIFIERS[match[1].toLowerCase()];
  // NOT_UNTIL: `was not established until 1909` says it was established in 1909 (general English).
  if (qualifier === 'until' && NOT_UNTIL.test(sentence.slice(Math.max(0, start - match[0].length - 60), start - match[0].length))) return { start };
  return { qualifier, start: start - match[0].length };
}
/** `From` opening a sentence or a clause before a date (FROM_ON). */
const FROM_BEFORE = /(?:^|[,;]\s)[Ff]rom\s+(?:the\s+)?$/;
/** A verb in the present perfect in the clause after the date (FROM_ON). */
const PRESENT_PERFECT = /^[^.;]*?\b(?:has|have)\s+(?:\p{L}+ly\s+)?(?!to\b)\p{Ll}+\b/u;
/** The end of a span after the date (`from 1963 to 1970`, `from 1963 until`): no FROM_ON. */
const RANGE_AFTER = /^[^.;,]{0,30}?\b(?:to|until|till|through|thru)\b|^\s*[-–—]/;
/** A plural noun right after a number (YEAR_AS_COUNT): a lower-case word ending in `s`, not `years`, `seasons` or `elections`. */
const COUNTED_AFTER = /^\s+(?!years?\b|seasons?\b|elections?\b)\p{Ll}{3,}s\b/u;
/** Words before a number that make it a date (YEAR_AS_COUNT): a determiner, a preposition, a possessive. */
const DATE_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|in|of|on|at|by|since|until|till|from|to|between|and|or|during|after|before|around|circa|year|early|late|mid)|['’]s|[(\[–—-])\s*$/i;
/** A negation in the clause before `until` (`did not open until`, `wasn't … until`). */
const NOT_UNTIL = /\b(?:not|never|n't)\b[^,;:.()]*$/i;

/** The parts of a chrono-node result the text states (not the ones it guessed). */
function knownParts(components: chrono.ParsedComponents): { year?: number; month?: number; day?: number } {
  const known: { year?: number; month?: number; day?: number } = {};
  for (const part of ['year', 'month', 'day'] as const) {
    if (components.isCertain(part)) known[part] = components.get(part) ?? undefined;
  }
  return known;
}

/** A text with the given spans (dates, amounts) blanked out by as many spaces, every other character where it was. */
export function blankSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  return spans.reduce((t, d) => t.slice(0, d.start) + ' '.repeat(d.end - d.start) + t.slice(d.end), text);
}

/**
 * Dates: full dates by chrono-node, then years, year ranges, decades and centuries by rule. Facts,
 * comparison, contradictions and datasets all ask about the same sentences, and chrono-node runs
 * every one of its parsers' patterns over each (most of a cold reconcile), so the dates of a sentence
 * are found once per article and kept for the next (memo.ts: a rebuild finds them); each caller gets its own copies.
 */
export function extractDates(sentence: string): DateMention[] {
  return datesBySentence.get(sentence, () => findDates(sentence));
}
/**
 * At most 5,000 sentences a generation. (Kept for the whole process, up to 5,000 sentences of any articles, they were
 * 1.9 MB of a corpus worker's heap, which a worker building one article after another never found again.)
 */
const datesBySentence = new TextMemo<DateMention[]>((found) => found.map((fact) => ({ ...fact, value: { ...fact.value } })), 5_000);

/**
 * chrono-node's English parsers of dates that name a month and a year (month names either way round,
 * numeric and ISO forms). Its other parsers (times, weekdays, `3 days ago`, `tomorrow`) find nothing
 * this stage keeps, yet ran their patterns over every sentence: two thirds of chrono's time, cold
 * and warm. chrono does not export the parser classes, so they are told apart by name; should the
 * names ever not match, the full casual set is used.
 */
const DATE_PARSERS = /^(ENYearMonthDay|SlashDateFormat|ENMonthNameLittleEndian|ENMonthNameMiddleEndian|ENSlashMonthFormat|ENYearMonthName|ENMonthName|ISOFormat)Parser\d*$/;
let dates: chrono.Chrono | undefined;
function dateParser(): chrono.Chrono {
  if (!dates) {
    const config = chrono.en.configuration.createCasualConfiguration();
    const parsers = config.parsers.filter((parser) => DATE_PARSERS.test(parser.constructor.name));
    dates = parsers.length === 8 ? new chrono.Chrono({ ...config, parsers }) : chrono.casual;
  }
  return dates;
}

/**
 * chrono-node's dates of a sentence, for findDates. DATE_PARSERS' patterns all write a year in ASCII digits, and
 * findDates drops a result with no year stated, so a sentence without a digit gives it nothing: chrono is not run
 * there (about half a corpus's statements). The full casual set (`next year`) needs no digit, so it always runs.
 */
function chronoDates(sentence: string): chrono.ParsedResult[] {
  const parser = dateParser();
  return parser === chrono.casual || DIGIT.test(sentence) ? parser.parse(sentence, new Date(2000, 0, 1)) : [];
}
/** A digit, as chrono-node's patterns write years (`[0-9]`). */
const DIGIT = /[0-9]/;

// findDates' patterns, made once (matchAll copies a pattern, so they are shared): ranges of years, a month and a
// year, a bare year.
const YEAR_RANGE = new RegExp(String.raw`\b(?:[Ff]rom\s+(${YEAR})\s+(?:to|until|till)\s+(${YEAR})|[Bb]etween\s+(${YEAR})\s+and\s+(${YEAR})|(${YEAR})\s*${DASH}\s*(${YEAR}|[0-9]{2})(?![\d,.]?\d|-\d))\b`, 'g');
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTHS})\s+(${YEAR})\b`, 'g');
const BARE_YEAR = new RegExp(`(?<![\\d.,$€£¥₽-])\\b${YEAR}\\b(?![.,]?\\d)(?!-\\p{L})`, 'gu');

function findDates(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  const add = (start: number, end: number, value: DateValue) => {
    const q = value.qualifier ? { start } : qualifierBefore(sentence, start, end);
    const from = q.start;
    found.push({ type: 'date', text: sentence.slice(from, end), start: from, end, value: q.qualifier ? { ...value, qualifier: q.qualifier } : value });
  };
  // Ranges of years first: `from 1936 to 1952`, `between 1937 and 1939`, `2000–2017`, `1939-45`; never the year and
  // month of an ISO 8601 date (`2009-12-10` is a day).
  for (const m of sentence.matchAll(YEAR_RANGE)) {
    const a = m[1] ?? m[3] ?? m[5];
    let b = m[2] ?? m[4] ?? m[6];
    if (b.length === 2) b = a.slice(0, 2) + b;
    if (Number(b) < Number(a)) continue;
    add(m.index, m.index + m[0].length, { iso: `${a}/${b}`, precision: 'year', start: a, end: b });
  }
  // Full dates chrono-node knows (with an explicit year): `13-15 January 1966`, `September 3, 2024`, `November 1974`.
  for (const result of chronoDates(sentence)) {
    const start = result.index;
    const end = start + result.text.length;
    const known = knownParts(result.start);
    // DAY_RANGE_YEAR: a range whose year only its end states (`from 25 July to 12 August 2012`) starts in that year
    // (or the one before, where its month comes later: `from 20 December to 3 January 1990`).
    const endYear = result.end ? knownParts(result.end).year : undefined;
    if (known.year === undefined && endYear !== undefined && known.month !== undefined) {
      const endMonth = knownParts(result.end!).month ?? 12;
      known.year = known.month > endMonth ? endYear - 1 : endYear;
    }
    if (known.year === undefined || known.month === undefined) continue;
    if (overlaps(found, start, end)) continue;
    const first = isoOf(known);
    const value: DateValue = { ...first };
    if (result.end) {
      const endKnown = { year: known.year, month: known.month, ...knownParts(result.end) };
      const last = isoOf(endKnown);
      if (last.iso !== first.iso) {
        value.start = first.iso;
        value.end = last.iso;
        value.iso = `${first.iso}/${last.iso}`;
      }
    }
    add(start, end, value);
  }
  // Month-year pairs chrono may leave (`in November 1939` after another date).
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    if (overlaps(found, m.index, m.index + m[0].length)) continue;
    const month = MONTHS.split('|').indexOf(m[1]) + 1;
    add(m.index, m.index + m[0].length, { iso: `${m[2]}-${pad(month)}`, precision: 'month' });
  }
  // Decades and centuries: `the 1950s`, `1990s`, `the 19th century`.
  for (const m of sentence.matchAll(/\b(1[0-9]{2}|20[0-9])0s\b/g)) {
    if (overlaps(found, m.index, m.index + m[0].length)) continue;
    const from = `${m[1]}0`;
    const to = `${m[1]}9`;
    add(m.index, m.index + m[0].length, { iso: `${from}/${to}`, precision: 'decade', start: from, end: to });
  }
  for (const m of sentence.matchAll(/\b(1[0-9]|2[0-1]|[1-9])(?:st|nd|rd|th)[\s-]century\b/gi)) {
    if (overlaps(found, m.index, m.index + m[0].length)) continue;
    const c = Number(m[1]);
    const from = String((c - 1) * 100 + 1).padStart(4, '0');
    const to = String(c * 100).padStart(4, '0');
    add(m.index, m.index + m[0].length, { iso: `${from}/${to}`, precision: 'century', start: from, end: to });
  }
  // Years with an era (`500 BC`, `AD 800`, `476 CE`), before 1000 too; BC years in ISO 8601's astronomical
  // numbering (`500 BC` is `-0499`).
  for (const m of sentence.matchAll(/\b(?:(AD|A\.D\.)\s?(\d{1,4})\b|(\d{1,4})\s?(BCE|BC|B\.C\.(?:E\.)?|AD|A\.D\.|CE)(?![\p{L}]))/gu)) {
    if (overlaps(found, m.index, m.index + m[0].length)) continue;
    const year = Number(m[2] ?? m[3]);
    const bc = /^B/.test(m[4] ?? '');
    if (year === 0) continue;
    add(m.index, m.index + m[0].length, { iso: bc ? `-${String(year - 1).padStart(4, '0')}` : String(year).padStart(4, '0'), precision: 'year' });
  }
  // Years before 1000 without an era, where a preposition of time stands before them (`in 850`, `until 987`).
  for (const m of sentence.matchAll(/\b(?:in|since|until|till|from|by|around|circa|c\.|ca\.|before|after|year)\s+([1-9]\d{2})\b(?![.,]?\d)/giu)) {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (overlaps(found, start, end)) continue;
    // (A count of things, not a year: `from 204 nations`, `from 204 National Olympic Committees`.)
    if (MEASURE_WORD.test(sentence.slice(end)) || /^\s+(?:\p{Ll}+s|(?:\p{Lu}\p{L}+\s+){1,3}\p{Lu}\p{L}+s)\b/u.test(sentence.slice(end))) continue;
    add(start, end, { iso: `0${m[1]}`, precision: 'year' });
  }
  // Bare years: a four-digit number in the plausible range that is not part of a larger number or a measurement.
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(found, start, end)) continue;
    if (MEASURE_WORD.test(sentence.slice(end))) continue;
    // YEAR_AS_COUNT: a number of a year's shape before a plural noun, with no word before it that makes it a date
    // (`the surrounding 1000 islands`, not `the 1963 general elections`, `in 1990 elections were held`), counts them.
    if (COUNTED_AFTER.test(sentence.slice(end)) && !DATE_BEFORE.test(sentence.slice(Math.max(0, start - 24), start))) continue;
    add(start, end, { iso: m[0], precision: 'year' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A number as prose writes it: digits grouped by commas, full stops or (narrow) spaces (`120,000`, `120.000`,
 * `120 000`), or with a decimal part (`11.6`).
 */
const NUMBER = String.raw`(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)*)`;

/**
 * The value of a written number in the article's language (NUMBER_LOCALE): spaces group thousands; the language's
 * decimal mark (CLDR through `Intl`) decides a lone `.` or `,` before three digits; otherwise the marks say.
 */
export function parseAmount(written: string, language = 'en'): number {
  const t = written.replace(/[ \u00a0\u202f]/g, '');
  const commas = t.split(',').length - 1;
  const stops = t.split('.').length - 1;
  let decimal: ',' | '.' | '' = '';
  // Both marks: the last one is the decimal mark (`1,234.5`, `1.234,5`).
  if (commas && stops) decimal = t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
  else if (commas + stops === 1) {
    // One mark: the language's decimal mark is one; the other is a thousands mark before exactly three digits
    // (`1.500` is 1500 in German, 1.5 in English; `1,5` is 1.5 in either).
    const mark = commas ? ',' : '.';
    decimal = mark === decimalMark(language) || !/^\d{1,3}[.,]\d{3}$/.test(t) ? mark : '';
  }
  // Several of one mark are thousands marks (`1.234.567`, `1,234,567`).
  const group = decimal === ',' ? '.' : decimal === '.' ? ',' : commas ? ',' : '.';
  return Number(t.split(group).join('').replace(',', '.'));
}

const DECIMAL_MARKS = new Map<string, string>();
/** The decimal mark of a language, from CLDR through `Intl` (`.` in English, `,` in German and French). */
export function decimalMark(language: string): string {
  let mark = DECIMAL_MARKS.get(language);
  if (mark === undefined) {
    let parts: Intl.NumberFormatPart[] = [];
    try {
      parts = new Intl.NumberFormat(language).formatToParts(1.5);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(1.5);
    }
    mark = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    DECIMAL_MARKS.set(language, mark);
  }
  return mark;
}

/** An ordinal's suffix right after its digits (`36th`, `1st`, `33rd-largest`). */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![\p{L}])/u;

/**
 * NOT_A_UNIT: a preposition, conjunction, article or pronoun after a number is no unit (`544,270 in 2009`, `500 to
 * 600`, `18,766 and`): the number is a bare count (`extractCounts`), not an amount of `in`.
 */
const NOT_A_UNIT = new Set([
  'in', 'of', 'on', 'at', 'to', 'for', 'by', 'from', 'with', 'into', 'onto', 'as', 'and', 'or', 'but', 'nor', 'than',
  'the', 'a', 'an', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'it', 'its', 'this', 'that', 'these',
  'those', 'which', 'who', 'whom', 'whose', 'their', 'they', 'he', 'she', 'his', 'her', 'him', 'them', 'we', 'our',
  'after', 'before', 'since', 'until', 'till', 'during', 'while', 'when', 'where', 'between', 'among', 'against',
  'over', 'under', 'about', 'via', 'per', 'if', 'also', 'alone', 'each', 'out',
]);

/** The word after `times` that makes it a multiple: `as salty`, `more`, a comparative (`larger`, `higher`). */
const MULTIPLIED = /^(?:as|more|less|fewer|the|\p{L}{2,}er)$/iu;

/** Quantities with a unit: `80%`, `3,500-kilometer`, `$1.3 billion`, `11.6 billion transferable roubles`, `2,600 km`, `120 000 people`. */
export function extractQuantities(sentence: string, taken: Array<{ start: number; end: number }> = [], language = 'en'): QuantityMention[] {
  const key = `${language}\u0000${taken.map((t) => `${t.start}-${t.end}`).join(',')}\u0000${sentence}`;
  return quantitiesOfSentence.get(key, () => quantitiesOf(sentence, taken, language));
}
/** Each sentence's amounts (with the spans already taken and the language), found once per article (memo.ts). */
const quantitiesOfSentence = new TextMemo<QuantityMention[]>((found) => found.map((q) => ({ ...q, value: { ...q.value } })));

/** The inches after a length in feet (FEET_AND_INCHES): ` 11 in`, ` 2 inches`, ` 11″`, ` 11 1⁄2 in`. */
const FEET_INCHES = /^\s+(\d{1,2}(?:\.\d+)?)(?:\s+(\d)\s*⁄\s*(\d{1,2})|\s*([½¼¾]))?\s*(?:in\b|inch(?:es)?\b|″|")/u;
/** The vulgar fractions a height's inches may end with (`11½ in`). */
const VULGAR_FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };
/** An amount: currency, number, per cent, scale word and the word after it (a unit). matchAll copies it, so it is shared. */
const AMOUNT = new RegExp(String.raw`([$€£¥₽₹₩])?\s?(${NUMBER})(?:\s*(%|percent\b|per cent\b))?(?:\s+(thousand|million|billion|trillion)\b)?(?:-|\s+)?([\p{L}²³]+)?`, 'gu');

function quantitiesOf(sentence: string, taken: Array<{ start: number; end: number }>, language: string): QuantityMention[] {
  const found: QuantityMention[] = [];
  const clocks = clockTimes(sentence, taken);
  for (const m of scaledWordsAsDigits(asideBlanked(sentence)).matchAll(AMOUNT)) {
    const start = m.index;
    const numberStart = start + m[0].indexOf(m[2]);
    const numberEnd = numberStart + m[2].length;
    if (overlaps(taken, numberStart, numberEnd) || overlaps(clocks, numberStart, numberEnd) || overlaps(found, numberStart, numberEnd)) continue;
    // Part of a name (`Power of Siberia 2`, `Apollo 11`): a capitalised word right before, mid-sentence.
    const before = sentence.slice(0, numberStart);
    const nameBefore = /(?:^|\s)(\p{Lu}[\p{L}]*)\s$/u.exec(before);
    // LABEL_AT_START: a label at the start of a line is no name, after a list's or a box row's bullet too (`• Metro 5,303 km2`).
    const atStart = nameBefore !== null && /^\s*(?:[-–•·▪◦*]\s*)?["“‘']?$/u.test(before.slice(0, nameBefore.index));
    if (!m[1] && nameBefore && !atStart && !/[.!?]\s$/.test(before)) {
      if (!m[3] && !m[4]) continue;
    }
    // (Nor a number hyphenated to a name's letters: `COVID-19`, `F-16`.)
    if (/[\p{L}\d]$/u.test(before) || /\p{L}-$/u.test(before)) continue;
    // Clock times (`16:53:10 local time`) are not amounts.
    if (/:$/.test(before) || /^:\d/.test(sentence.slice(numberEnd))) continue;
    let amount = parseAmount(m[2], language);
    if (!Number.isFinite(amount)) continue;
    // SCIENTIFIC: an amount in powers of ten, the power after a caret or on the line as digits where a page lost its
    // superscript (`74×10^9 m3`, `93×10 6 m3/d`, `4×1010 kg` for 4 × 10¹⁰): the mantissa times that power, from the
    // mantissa on.
    // (Not `4 × 100 m`, a relay: a power of 10⁰ is none.)
    let from = start;
    const mantissa = /(\d+(?:\.\d+)?)\s?×\s?(10[\^ ])?$/.exec(before);
    const power = mantissa && (mantissa[2] ? /^\d{1,2}$/.exec(m[2]) : /^10([1-9]\d?)$/.exec(m[2]));
    if (mantissa && power && !m[1] && !m[4]) {
      amount = parseFloat(mantissa[1]) * 10 ** Number(power[power.length - 1]);
      from = mantissa.index;
    }
    // SCALE_LETTERS: a sum of money with its scale glued to it (`$55m`, `£2.5bn`, `€40k`, an export's `£215million`) is
    // that many millions, billions, thousands (after a currency sign only: `55m` alone is a length).
    const letters = m[1] && !m[3] && !m[4] && m[5] && sentence.slice(numberEnd, numberEnd + m[5].length) === m[5] ? SCALE_LETTERS[m[5].toLowerCase()] : undefined;
    const scale = m[4] ?? letters;
    let unit = '';
    let end = letters ? numberEnd + m[5].length : numberEnd;
    if (m[3]) {
      unit = '%';
      end = start + m[0].indexOf(m[3]) + m[3].length;
    }
    if (m[4]) end = start + m[0].indexOf(m[4], m[0].indexOf(m[2]) + m[2].length) + m[4].length;
    if (m[1]) unit = CURRENCY[m[1]];
    else if (!unit && m[5] && ORDINAL_SUFFIX.test(m[0].slice(m[0].indexOf(m[2]) + m[2].length))) {
      // ORDINAL: `36th`, `33rd-largest` state a rank, compared with ranks only.
      unit = 'ordinal';
      end = numberEnd + 2;
    } else if (!unit && m[5] && !NOT_A_UNIT.has(m[5].toLowerCase())) {
      unit = m[5].toLowerCase();
      end = start + m[0].length;
      // A length squared (`796,095 km2`) is an area, as `km²` is; cubed (`180 km3`, `m³`), a volume (LENGTH_CUBED).
      const power = /^[23](?!\d)/.exec(sentence.slice(end));
      if (power && measureOf(unit).dimension === 'length') {
        unit += power[0] === '2' ? '²' : '³';
        end += 1;
      }
      // Two-word units: `square miles`, `sq km`.
      const second = /^(?:\s+|-)([\p{L}²]+)/u.exec(sentence.slice(end));
      // A multiple of another amount (`9.6 times as salty`, `three times larger`) is no count of occasions (`won 16 times`).
      if (unit === 'times' && second && MULTIPLIED.test(second[1])) unit = '×';
      else if (second && (unit === 'square' || unit === 'sq' || unit === 'cubic' || unit === 'cu')) {
        unit = `${unit} ${second[1].toLowerCase()}`;
        end += second[0].length;
      } else if (measureOf(unit).dimension.startsWith('word:')) {
        // A unit after its adjectives: `11.6 billion Soviet transferable roubles`, `3.2 billion Swiss francs`.
        const ahead = /^(?:\s+[\p{L}-]+){1,2}/u.exec(sentence.slice(end))?.[0] ?? '';
        const words = [...ahead.matchAll(/[\p{L}-]+/gu)];
        // (Not a span of time: `367.82 lakh that year` counts no years.)
        const known = words.find((w) => {
          const dimension = measureOf(w[0]).dimension;
          return !dimension.startsWith('word:') && dimension !== 'time';
        });
        if (known) {
          unit = known[0].toLowerCase();
          end += known.index + known[0].length;
        }
      }
    }
    if (!unit) continue;
    // SPEED_IN_WORDS: a length per hour (`50 kilometres per hour`, `30 miles an hour`) is a speed, not a length.
    const perHour = /^\s+(?:per|an|a)\s+hour\b/.exec(sentence.slice(end));
    const speed = perHour ? PER_HOUR[measureOf(unit).unit] : undefined;
    if (perHour && speed) {
      unit = speed;
      end += perHour[0].length;
    }
    // FEET_AND_INCHES: a height in feet and inches (`5 ft 11 in`, `6 feet 2 inches`) is one length, in inches.
    const inches = unit && measureOf(unit).unit === 'ft' && !scale ? FEET_INCHES.exec(sentence.slice(end)) : null;
    if (inches) {
      const fraction = inches[2] ? Number(inches[2]) / Number(inches[3]) : inches[4] ? VULGAR_FRACTIONS[inches[4]] : 0;
      amount = amount * 12 + parseAmount(inches[1], language) + fraction;
      unit = 'inches';
      end += inches[0].length;
    }
    if (scale) amount *= SCALE_FACTOR[scale];
    const value: QuantityValue = { amount, unit };
    if (scale) value.scale = scale;
    found.push({ type: 'quantity', text: sentence.slice(from, end).trim(), start: from, end, value });
  }
  // ORDINAL in words: a rank before a superlative (`the third largest`, `eighth-largest`, `fourth most populous`).
  for (const m of sentence.matchAll(RANK_WORD)) {
    const start = m.index;
    const end = start + m[1].length;
    if (overlaps(taken, start, end) || overlaps(found, start, end)) continue;
    found.push({ type: 'quantity', text: m[1], start, end, value: { amount: ORDINAL_WORDS.indexOf(m[1].toLowerCase()) + 1, unit: 'ordinal' } });
  }
  // ONE_SPAN_OF_TIME: `a year`, `an hour`, `a week` state one span of time (`at least a year prior` / `a month
  // prior`), as `two years` does, where a word around it says so (SPAN_BEFORE, SPAN_AFTER); not a rate's (`$5 million
  // a year`, `twenty-seven operas a year`, `twice a day`).
  for (const m of sentence.matchAll(ARTICLE_SPAN)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (overlaps(taken, start, end) || overlaps(found, start, end)) continue;
    if (!SPAN_BEFORE.test(sentence.slice(0, start)) && !SPAN_AFTER.test(sentence.slice(end))) continue;
    found.push({ type: 'quantity', text: m[1], start, end, value: { amount: 1, unit: `${m[2].toLowerCase()}s` } });
  }
  // TIMES_WORD: `twice`, `thrice` count occasions as `three times` does (`once` is as often `formerly`).
  for (const m of sentence.matchAll(/\b(twice|thrice)\b/gi)) {
    const start = m.index;
    const end = start + m[1].length;
    if (overlaps(taken, start, end) || overlaps(found, start, end)) continue;
    found.push({ type: 'quantity', text: m[1], start, end, value: { amount: m[1].toLowerCase() === 'twice' ? 2 : 3, unit: 'times' } });
  }
  // FRACTION_WORD: `one third of`, `a quarter of`, `two-thirds of`, `half of` state a share, as `33%` does.
  if (FRACTION_PART.test(sentence)) for (const m of sentence.matchAll(FRACTION_WORD)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (overlaps(taken, start, end) || overlaps(found, start, end)) continue;
    const part = m[3].toLowerCase().replace(/s$/, '');
    // A count before the part, but for a half (`the third of five children` is a rank).
    if (!m[2] && part !== 'half') continue;
    const count = m[2] ? (/^(?:a|an|one)$/i.test(m[2]) ? 1 : NUMBER_WORDS[m[2].toLowerCase()]) : 1;
    const whole = FRACTIONS[part];
    if (!count || !whole || count >= whole) continue;
    found.push({ type: 'quantity', text: m[1], start, end, value: { amount: Math.round((count / whole) * 100), unit: '%' } });
  }
  for (const clock of clocks) if (!overlaps(found, clock.start, clock.end)) found.push(clock);
  return found.sort((a, b) => a.start - b.start);
}

/** One span of time with an article (ONE_SPAN_OF_TIME): `a year`, `an hour`, `a week`. */
const ARTICLE_SPAN = /(?<![\p{L}\p{N}])((?:[Aa]n?|[Oo]ne) (year|month|week|day|hour|minute))\b/gu;
/** Words that make such a span a span, not a rate (`twenty-seven operas a year`): `for`, `after`, `less than` before it… */
const SPAN_BEFORE = /\b(?:for|after|within|than|least|about|nearly|almost|over|under|just|only|some|roughly|around)\s+$/iu;
/** …or `later`, `earlier`, `before`, `after`, `ago`, `prior`, `long` after it (`a month prior to the attack`). */
const SPAN_AFTER = /^[\s-]+(?:later|earlier|before|after|ago|prior|long|afterwards)\b/iu;
/** The parts a FRACTION_WORD names, by the whole they divide. */
const FRACTIONS: Record<string, number> = { half: 2, halve: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, tenth: 10 };
/**
 * A fraction in words before `of` (`one third of the population`, `two-thirds of`, `a quarter of`, `half of`): its count
 * a number word or `a`/`one`, but for `half` (`the third of five children` is a rank, not a share). A share of whole
 * percent (`a third` is `33%`).
 */
const FRACTION_WORD = /(?<![\p{L}-])((?:(a|an|one|two|three|four|nine)[\s-]+)?(half|halves|thirds?|quarters?|fourths?|fifths?|tenths?))\s+of\b/giu;
/** A part FRACTION_WORD names, under its flags, wherever it stands: a sentence without one is not scanned word by word. */
const FRACTION_PART = /half|halves|third|quarter|fourth|fifth|tenth/iu;

/**
 * A time of day: hours and minutes (seconds, if given, set aside: `16:53:10` is `16:53` told more precisely), or an
 * hour of the clock with `a.m.`/`p.m.` (`5 am`, `5:00 a.m.`); not a ratio (`3:2`) nor part of a longer figure.
 */
const CLOCK_TIME = /(?<![\d:.,])(?:([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?![\d:])(?:\s?([ap])\.?m\b\.?)?|(1[0-2]|0?[1-9])\s?([ap])\.?m\b\.?)/gi;

/** CLOCK_TIME: a time of day is a fact of its own kind, in minutes from midnight, compared with other times only. */
function clockTimes(sentence: string, taken: Array<{ start: number; end: number }>): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (const m of sentence.matchAll(CLOCK_TIME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const hour = Number(m[1] ?? m[4]);
    const half = (m[3] ?? m[5])?.toLowerCase();
    const hours = half === 'p' && hour < 12 ? hour + 12 : half === 'a' && hour === 12 ? 0 : hour;
    out.push({ type: 'quantity', text: m[0].trim(), start, end, value: { amount: hours * 60 + Number(m[2] ?? 0), unit: CLOCK_UNIT } });
  }
  return out;
}
/** The unit CLOCK_TIME's facts carry: comparable with one another only. */
const CLOCK_UNIT = 'time of day';

/** The speed a length per hour is, as convert-units names it (SPEED_IN_WORDS). */
const PER_HOUR: Record<string, string> = { km: 'km/h', mi: 'm/h' };

const RANK_WORD = new RegExp(String.raw`\b(${ORDINAL_WORDS.join('|')})(?=[\s-]+(?:most|least|\p{L}{2,}est)\b)`, 'giu');

/**
 * SCALED_NUMBER_WORDS: `one billion streams`, `a million people`, `two thousand` state amounts as `1 billion` does.
 * The words are written as digits, padded to their length, so every offset into the sentence stays true.
 */
function scaledWordsAsDigits(sentence: string): string {
  const scaled = compoundsAsDigits(sentence).replace(/\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)(?=\s+(?:thousand|million|billion|trillion)\b)/gi, (word) => {
    const n = String(word.toLowerCase() === 'a' || word.toLowerCase() === 'one' ? 1 : NUMBER_WORDS[word.toLowerCase()]);
    return n.length <= word.length ? n.padEnd(word.length, ' ') : word;
  });
  // COUNTED_WORDS: `eight teams`, `twelve members` count things as `8 teams` does (a number word of two or more, before
  // a plural noun, lower case: `Two` opening a sentence or a name stays a word).
  const counted = scaled.replace(/(?<![\p{L}-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?=\s+\p{Ll}{3,}s\b)/gu, (word) => {
    const n = String(NUMBER_WORDS[word]);
    return n.length <= word.length ? n.padEnd(word.length, ' ') : word;
  });
  // ONE_COUNT: `one` before a noun counts it as those do (`It has one pub` / `It has two pubs`).
  return counted.includes('one') ? counted.replace(ONE_COUNT, '1  ') : counted;
}
/**
 * ONE_COUNT's `one`: lower case, before a lower-case word; not a pronoun (`the one`, `no one`, `one of`, `one another`,
 * `one who`, `one extending east`), nor a time (`one day`, `at one point`), a choice (`one such`, `one or two`) or a
 * number's first word (`one hundred`).
 */
const ONE_COUNT = /(?<![\p{L}\p{N}-])(?<!\b(?:the|no|any|every|each|which|this|that|at|some|such|only|single|last|first|very)\s)one(?=\s+(?!(?:of|another|or|and|day|night|morning|evening|time|point|way|hand|side|such|who|which|that|more|less|last|other|in|on|at|by|for|to|is|was|has|had|can|could|would|will|may|might|must|should|hundred|dozen|score)\b)(?!\p{Ll}+(?:ing|ed)\b)\p{Ll}{3,}\b)/gu;


/**
 * ASIDE_IN_COUNT: an aside in parentheses between a number and the noun it counts (`only five (possibly six) atoms`)
 * is blanked to spaces of its length, so the number reads with its noun and every offset stays.
 */
const asideBlanked = (sentence: string) => sentence.replace(ASIDE_AFTER_NUMBER, (aside) => ' '.repeat(aside.length));
const ASIDE_AFTER_NUMBER = new RegExp(String.raw`(?<=(?:\d|\b(?:${Object.keys(NUMBER_WORDS).join('|')}|thousand|million|billion))\s+)\([^()]{1,40}\)(?=\s+\p{Ll})`, 'gu');

/** COMPOUND_NUMBER: `twenty-seven`, `ninety-nine`: one number in words, not `seven` after a hyphen. */
const COMPOUND_NUMBER = /(?<![\p{L}-])(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)(?![\p{L}-])/giu;
const UNITS_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function compoundValue(word: string): number {
  const [tens, units] = word.toLowerCase().split('-');
  return NUMBER_WORDS[tens] + UNITS_WORDS.indexOf(units) + 1;
}
/** A sentence with its compound numbers in words written as digits, padded to their length so every offset stays. */
const compoundsAsDigits = (sentence: string) => sentence.replace(COMPOUND_NUMBER, (word) => String(compoundValue(word)).padEnd(word.length, ' '));

/** A count, in digits (with a scale word) or in words. matchAll copies it, so it is shared. */
const COUNT = new RegExp(String.raw`(${NUMBER})(?:\s+(thousand|million|billion|trillion)\b)?|\b(${Object.keys(NUMBER_WORDS).join('|')})\b`, 'giu');

/**
 * Counts with no unit after them (`a population of 455,830`, `4.02 million,`, `nineteen countries`): compared by
 * role like any amount, never reported as facts of their own. Clock times (`16:53:10`) and numbers inside names
 * or dates are not counts.
 */
export function extractCounts(sentence: string, taken: Array<{ start: number; end: number }>, language = 'en'): QuantityMention[] {
  const found: QuantityMention[] = [];
  // (A compound number in words reads as its digits, offsets kept: `twenty-seven` is 27, not `seven`.)
  const compounds = [...sentence.matchAll(COMPOUND_NUMBER)].map((c) => ({ start: c.index, end: c.index + c[0].length }));
  for (const m of compoundsAsDigits(sentence).matchAll(COUNT)) {
    const start = m.index;
    const end = compounds.find((c) => c.start === start)?.end ?? start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const before = sentence.slice(0, start);
    const after = sentence.slice(end);
    if (/[:\d]$/.test(before) || /^:\d/.test(after) || /^(?:st|nd|rd|th)\b/.test(after)) continue;
    if (/\p{Lu}[\p{L}]*\s$/u.test(before) && m[1] && !m[2]) continue;
    let amount = m[1] ? parseAmount(m[1], language) : NUMBER_WORDS[m[3].toLowerCase()];
    if (!Number.isFinite(amount)) continue;
    if (m[2]) amount *= SCALE_FACTOR[m[2].toLowerCase()];
    found.push({ type: 'quantity', text: sentence.slice(start, end).trim(), start, end, value: { amount, unit: '' } });
  }
  return found;
}

const LOWER_CONNECTORS = new Set(['of', 'the', 'von', 'van', 'der', 'de', 'da', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'and', 'for', 'y']);
const SENTENCE_START_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'since', 'by', 'from', 'following', 'however', 'although', 'this', 'that', 'these', 'those', 'it', 'its', 'his', 'her', 'their', 'both', 'over', 'until', 'according', 'due', 'despite', 'beyond', 'nearly', 'then', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'these', 'those']);

/** A lowercase word joins a name when a capitalised word follows (`Bank of England`, `Bank of the Congo`, not `X and the y`). */
function connects(words: RegExpMatchArray[], i: number): boolean {
  const word = words[i][0].toLowerCase();
  if (!LOWER_CONNECTORS.has(word)) return false;
  const next = words[i + 1]?.[0] ?? '';
  if (/^\p{Lu}/u.test(next)) return true;
  const after = words[i + 2]?.[0] ?? '';
  return word !== 'and' && (next === 'the' || next === 'la' || next === 'de') && /^\p{Lu}/u.test(after);
}

/** Runs of capitalised words (`Roman von Ungern-Sternberg`, `Soviet Red Army`), the spans names live in. */
export function properNounRuns(sentence: string): Array<{ text: string; start: number; end: number; words: string[] }> {
  return runsOfSentence.get(sentence, () => runsOf(sentence));
}
/** Each sentence's runs, found once per article (memo.ts). */
const runsOfSentence = new TextMemo<ReturnType<typeof runsOf>>((runs) => runs.map(copyRun));
/** A run of its own (module-level, not a closure made per copy: links.ts visitPart says why). */
const copyRun = (r: { text: string; start: number; end: number; words: string[] }) => ({ text: r.text, start: r.start, end: r.end, words: [...r.words] });

function runsOf(sentence: string): Array<{ text: string; start: number; end: number; words: string[] }> {
  const words = [...sentence.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*[\p{L}\p{M}]|[\p{L}]/gu)];
  const runs: Array<{ text: string; start: number; end: number; words: string[] }> = [];
  let current: RegExpMatchArray[] = [];
  const flush = () => {
    while (current.length && LOWER_CONNECTORS.has(current[current.length - 1][0].toLowerCase()) && !/^\p{Lu}/u.test(current[current.length - 1][0])) current.pop();
    if (current.length) {
      const first = current[0];
      const last = current[current.length - 1];
      runs.push({ text: sentence.slice(first.index, last.index! + last[0].length), start: first.index!, end: last.index! + last[0].length, words: current.map((w) => w[0]) });
    }
    current = [];
  };
  let previousEnd = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const gap = sentence.slice(previousEnd, w.index);
    if (current.length && /[^\s]/.test(gap.replace(/[-‐]/g, ''))) flush();
    const isCapital = /^\p{Lu}/u.test(w[0]);
    const atSentenceStart = /^\s*["“‘']?$/.test(sentence.slice(0, w.index)) && SENTENCE_START_WORDS.has(w[0].toLowerCase());
    if (isCapital && !atSentenceStart) current.push(w);
    else if (current.length && !isCapital && connects(words, k)) current.push(w);
    else flush();
    previousEnd = w.index! + w[0].length;
  }
  flush();
  return runs;
}

/**
 * What kind of name a proper-noun run is, as compromise tags it. Names recur across a revision and its
 * siblings, so each distinct run is tagged once (compromise costs milliseconds per call). A name is kept as a
 * string of its own: a run cut from a revision is a slice of the whole revision's text to V8, and 5,000 of them
 * kept a pool worker's last few hundred articles' revisions alive (a heap snapshot after 250 corpus articles).
 */
const entityKinds = new Map<string, EntityValue['kind']>();
export function entityKind(name: string): EntityValue['kind'] {
  let kind = entityKinds.get(name);
  if (kind) return kind;
  const doc = compromise()(name) as unknown as TaggedDoc;
  kind = tagged(doc, PERSON) ? 'person' : tagged(doc, ORGANIZATION) ? 'organization' : tagged(doc, PLACE) ? 'place' : 'other';
  if (entityKinds.size > 5_000) entityKinds.clear();
  entityKinds.set(ownString(name), kind);
  return kind;
}

/**
 * The tags that make compromise find a name: its `people()` finds `#Honorific+? #Person+` (in the parts split after
 * commas), `organizations()` `#Organization+` and `places()` `(#Place|#Address)+`, each found exactly when a word
 * has one of these tags. Read from the words' tags directly, not through those views, which parse their match
 * patterns again and build a view for every name: with the chunker left out, 0.100 → 0.057 ms a name warm, and in a
 * build of 160 corpus articles (1,689 names) 0.53–0.64 → 0.32–0.44 ms. The same kind as the views for all 37,811
 * names of the evaluation pairs, sources/ and a generated corpus.
 */
const PERSON = ['Person'];
const ORGANIZATION = ['Organization'];
const PLACE = ['Place', 'Address'];
/** What entityKind reads of a compromise document: its sentences' words and their tags. */
interface TaggedDoc {
  docs: ReadonlyArray<ReadonlyArray<{ tags: ReadonlySet<string> }>>;
}
function tagged(doc: TaggedDoc, tags: readonly string[]): boolean {
  for (const terms of doc.docs) for (const term of terms) for (const tag of tags) if (term.tags.has(tag)) return true;
  return false;
}

/** A copy of a text that holds no reference to a longer string it was cut from (JSON.parse makes a new string). */
const ownString = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/** Entities: runs of proper nouns, each with the kind compromise gives it. */
export function extractEntities(sentence: string): EntityMention[] {
  const entities: EntityMention[] = [];
  for (const run of properNounRuns(sentence)) {
    // HONORIFIC: a courtesy title before a name (`Dr. Kamau Thugge`) is not the name; alone it names no one.
    const title = HONORIFIC.exec(run.text);
    const start = run.start + (title ? title[0].length : 0);
    const text = sentence.slice(start, run.end);
    if (!/\p{L}{2,}/u.test(text) || HONORIFIC_ALONE.test(text)) continue;
    entities.push({ type: 'entity' as const, text, start, end: run.end, value: { name: text, kind: entityKind(text) } });
  }
  return entities;
}
/** HONORIFIC: the courtesy titles that stand before a name (compare.ts reads them too). */
export const HONORIFIC_WORDS = ['Dr', 'Mr', 'Mrs', 'Ms', 'Prof'] as const;
/** One of them before a name, its full stop and space with it (`Dr. `), as a pattern's source. */
export const HONORIFIC_BEFORE = String.raw`(?:${HONORIFIC_WORDS.join('|')})\.?\s+`;
const HONORIFIC = new RegExp(String.raw`^${HONORIFIC_BEFORE}(?=\p{Lu})`, 'u');
const HONORIFIC_ALONE = new RegExp(String.raw`^(?:${HONORIFIC_WORDS.join('|')})\.?$`);

/** Every fact a sentence states, in reading order. */
export function extractFacts(sentence: string, options: { entities?: boolean; language?: string } = {}): FactMention[] {
  const dates = extractDates(sentence);
  const quantities = extractQuantities(sentence, dates, options.language);
  const taken = [...dates, ...quantities];
  const entities = options.entities === false ? [] : extractEntities(sentence).filter((e) => !overlaps(taken, e.start, e.end));
  return [...dates, ...quantities, ...entities].sort((a, b) => a.start - b.start || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/** The interval a date covers, as comparable numbers (year*10000+month*100+day), for compatibility checks. */
export function dateInterval(value: DateValue): [number, number] {
  const parse = (iso: string, high: boolean): number => {
    const m = /^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    if (!m) return high ? Infinity : -Infinity;
    const month = m[2] ? Number(m[2]) : high ? 12 : 1;
    const day = m[3] ? Number(m[3]) : high ? 31 : 1;
    return Number(m[1]) * 10000 + month * 100 + day;
  };
  const [from, to] = value.iso.includes('/') ? value.iso.split('/') : [value.iso, value.iso];
  return [parse(from, false), parse(to, true)];
}

/** Qualifiers that open a date into a half-line: after or since it, before or until it. */
const LOWER_BOUND = new Set<DateValue['qualifier']>(['after', 'since']);
const UPPER_BOUND = new Set<DateValue['qualifier']>(['before', 'until', 'by']);

/**
 * OPEN_BOUND: a plain date that lies wholly inside the half-line another opens agrees with it (`after the 1970s`
 * and `in June 2019`, `before 1900` and `in 1850`): the two say nothing against each other. The bound itself
 * does not (`after 1992` is not `in 1992`), nor does a date on the other side of it.
 */
function insideOpenBound(bound: DateValue, [b0, b1]: [number, number], plain: DateValue, [p0, p1]: [number, number]): boolean {
  if (boundQualifier(plain)) return false;
  // SINCE_START: `since 1989` counts from 1989, so the year itself agrees (`a member since 1989` / `first elected in
  // 1989`); `after 1992` excludes 1992. Not a closed range from that year: `since 2017` is still going on, `from 2017
  // to 2023` ended.
  if (bound.qualifier === 'since' && plain.start === undefined) return p0 >= b0;
  if (LOWER_BOUND.has(bound.qualifier)) return p0 > b1;
  // BY_INCLUSIVE: `by 3 December 2016` is on or before that day, so the day itself agrees (`as of 3 December 2016`);
  // `before 1900` excludes 1900.
  if (bound.qualifier === 'by') return p1 <= b1;
  if (UPPER_BOUND.has(bound.qualifier)) return p1 < b0;
  return false;
}

/** `around 1900` states 1900, less sharply: for agreement, circa is no qualifier. */
const boundQualifier = (d: DateValue) => (d.qualifier === 'circa' ? '' : (d.qualifier ?? ''));

/**
 * Two dates agree when one contains the other (`1974` and `November 1974`, a range and a year inside it) and
 * they bound the same way (`after 1992` is not `in 1992`; `around 1900` is `1900`).
 */
/** A span written with both ends at the precision of a year or finer (TWO_SPANS). */
const spanned = (d: DateValue) => d.start !== undefined && d.end !== undefined && !d.qualifier && (d.precision === 'year' || d.precision === 'month' || d.precision === 'day');

export function datesAgree(a: DateValue, b: DateValue): boolean {
  const [a0, a1] = dateInterval(a);
  const [b0, b1] = dateInterval(b);
  if (boundQualifier(a) !== boundQualifier(b)) return insideOpenBound(a, [a0, a1], b, [b0, b1]) || insideOpenBound(b, [b0, b1], a, [a0, a1]);
  // TWO_SPANS: two spans each written with both ends (`2013–2024` / `2013–2028`, not a decade nor a year inside a
  // span) state where they start and end: another end is another span, told at the coarser of their precisions.
  if (spanned(a) && spanned(b)) {
    const at = (x: string, y: string) => x.slice(0, Math.min(x.length, y.length));
    return at(a.start!, b.start!) === at(b.start!, a.start!) && at(a.end!, b.end!) === at(b.end!, a.end!);
  }
  return (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1) || (a0 <= b1 && b0 <= a1 && (a.start !== undefined || b.start !== undefined));
}

/**
 * Two quantities agree when they state the same amount of the same thing: equal in the same unit, equal after
 * conversion in convertible units (`3,500 km` and `2,175 miles`), never in different currencies or dimensions.
 */
export function quantitiesAgree(a: QuantityValue, b: QuantityValue): boolean {
  return amountsAgree({ amount: a.amount, measure: measureOf(a.unit) }, { amount: b.amount, measure: measureOf(b.unit) });
}

/** Do two quantities measure the same kind of thing (so they can be the same fact, changed)? */
export function quantitiesComparable(a: QuantityValue, b: QuantityValue): boolean {
  return sameDimension(measureOf(a.unit), measureOf(b.unit));
}

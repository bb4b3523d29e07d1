// Units of measure as written in prose (`km`, `kilometres`, `square miles`, `€`, `inhabitants`): what each measures, and conversion.
import convert from 'convert-units';
import { CONVERSION_TOLERANCE, PRECISION_SLACK } from './rules.ts';

/** What a quantity measures and in which unit (a convert-units abbreviation, an ISO 4217 code, or the word itself). */
export interface Measure {
  dimension: string;
  unit: string;
}

/** Currency signs and words: amounts in different currencies are different amounts. */
const CURRENCIES: Record<string, string> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR', '₩': 'KRW',
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', gbp: 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', rupee: 'INR', rupees: 'INR', rouble: 'RUB', roubles: 'RUB',
  ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF', won: 'KRW', krona: 'SEK', kronor: 'SEK', krone: 'NOK',
  kroner: 'NOK', zloty: 'PLN', złoty: 'PLN',
};

/** Words that count people: `inhabitants` and `residents` measure the same thing. */
const PEOPLE = new Set(['people', 'persons', 'person', 'inhabitants', 'inhabitant', 'residents', 'resident', 'population']);

/** A share of a whole, and a multiple of another amount. */
const PERCENT = new Set(['%', 'percent', 'pct', 'percentage']);
const MULTIPLE = new Set(['×', 'fold']);

/** British spellings and short forms convert-units does not list; `t` is the SI tonne (convert-units' `t` is a short ton). */
const SPELLINGS: Record<string, string> = {
  metre: 'm', metres: 'm', kilometre: 'km', kilometres: 'km', centimetre: 'cm', centimetres: 'cm', millimetre: 'mm',
  millimetres: 'mm', tonne: 'mt', tonnes: 'mt', t: 'mt', kilo: 'kg', kilos: 'kg', kph: 'km/h', mph: 'm/h', 'km²': 'km2', 'm²': 'm2',
  'mi²': 'mi2', sqkm: 'km2', sqmi: 'mi2', sq: '', 'km³': 'km3', 'm³': 'm3', 'cm³': 'cm3', 'mm³': 'mm3', 'ft³': 'ft3', 'yd³': 'yd3', litre: 'l', litres: 'l', liter: 'l', liters: 'l', ha: 'ha', acre: 'ac', acres: 'ac',
};

const DIMENSIONS = ['length', 'area', 'mass', 'speed', 'volume'] as const;
/** A measure convert-units converts (a length, an area, a mass, a speed, a volume), not a count of things. */
export const isPhysical = (m: Measure): boolean => (DIMENSIONS as readonly string[]).includes(m.dimension);
let byWord: Map<string, Measure> | undefined;

/** Every unit name convert-units knows, singular and plural, lowercased, plus its abbreviation. */
function unitWords(): Map<string, Measure> {
  if (byWord) return byWord;
  byWord = new Map();
  for (const dimension of DIMENSIONS) {
    for (const u of convert().list(dimension)) {
      for (const word of [u.abbr, u.singular, u.plural]) byWord.set(word.toLowerCase(), { dimension, unit: u.abbr });
    }
  }
  // SPAN_OF_TIME: a span of time in words (`two years`, `24 months`, `a fortnight` aside) is one measure, converted
  // (`18 months` is `1.5 years`; `two years` and `two months` differ); its short forms (`s`, `d`, `h`) are no units
  // here (`the 1990s`).
  for (const u of convert().list('time')) {
    if (['ns', 'mu', 'ms', 's', 'd', 'h'].includes(u.abbr)) continue;
    for (const word of [u.singular, u.plural]) byWord.set(word.toLowerCase(), { dimension: 'time', unit: u.abbr });
  }
  // Abbreviations that are also English words are units only when written as abbreviations.
  for (const ambiguous of ['in', 'cup', 'glas', 'kanna', 'tsk', 'msk', 'krm', 'kkp']) byWord.delete(ambiguous);
  for (const [word, abbr] of Object.entries(SPELLINGS)) {
    if (!abbr) continue;
    const known = [...DIMENSIONS].find((d) => convert().possibilities(d).includes(abbr));
    if (known) byWord.set(word, { dimension: known, unit: abbr });
  }
  return byWord;
}

/**
 * The measure a unit word names; `next` is the word after it, for two-word units (`square miles`, `sq km`).
 * Unknown words measure themselves (`42,000 spectators` and `40,000 spectators` compare; `seats` does not).
 */
export function measureOf(word: string, next = ''): Measure & { words: number } {
  if (word === '') return { dimension: 'count', unit: '', words: 0 };
  const [first, second] = word.toLowerCase().split(' ');
  if (second !== undefined) return measureOf(first, second);
  const w = first;
  if (w in CURRENCIES) return { dimension: 'money', unit: CURRENCIES[w], words: 1 };
  if (PEOPLE.has(w)) return { dimension: 'people', unit: 'people', words: 1 };
  // SHARE_AND_MULTIPLE: a share (`33.7%`, `55 percent`) and a multiple (`8.6 times as salty`, read `×` by
  // extractQuantities) are no count of things, and neither is the other: `33.7%` and `9.6 times` state different facts.
  if (PERCENT.has(w)) return { dimension: 'percent', unit: '%', words: 1 };
  if (MULTIPLE.has(w)) return { dimension: 'multiple', unit: '×', words: 1 };
  // A rank (`36th`, ORDINAL in facts.ts) is no count: the 36th largest is not 36 of anything.
  if (w === 'ordinal') return { dimension: 'rank', unit: 'ordinal', words: 1 };
  const units = unitWords();
  // A length squared or cubed (`square miles`, `sq km`; LENGTH_CUBED: `cubic kilometres`, `cu ft`, a volume where
  // convert-units has that cube, no cubic mile).
  const squared = w === 'square' || w === 'sq';
  if ((squared || w === 'cubic' || w === 'cu') && next) {
    const base = units.get(SPELLINGS[next.toLowerCase()] ?? next.toLowerCase());
    if (base?.dimension === 'length') {
      if (squared) return { dimension: 'area', unit: `${base.unit}2`, words: 2 };
      const cube = units.get(`${base.unit}3`);
      return cube?.dimension === 'volume' ? { ...cube, words: 2 } : { dimension: `cube:${base.unit}`, unit: `${base.unit}3`, words: 2 };
    }
  }
  const known = units.get(w);
  if (known) return { ...known, words: 1 };
  const singular = w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
  return { dimension: `word:${singular}`, unit: singular, words: 1 };
}

/** Do two measures measure the same kind of thing (so their amounts can be compared)? */
export const sameDimension = (a: Measure, b: Measure): boolean => a.dimension === b.dimension || (isCount(a) && isCount(b));

/** A bare count (no unit written) can be a count of people or of any things a word names. */
export const isCount = (m: Measure) => m.dimension === 'count' || m.dimension === 'people' || m.dimension.startsWith('word:');

/**
 * Do two amounts state the same quantity? In the same unit, they must be equal; in convertible units (km and
 * miles), equal after conversion up to the rounding a writer applies; in different currencies, never.
 */
export function amountsAgree(a: { amount: number; measure: Measure }, b: { amount: number; measure: Measure }): boolean {
  if (!sameDimension(a.measure, b.measure)) return false;
  // SAME_COUNT: one number of things named by other nouns (`four million soldiers`, `four million personnel`) is a
  // rewording of what is counted, not another amount.
  if (isCount(a.measure) && isCount(b.measure) && a.measure.dimension !== b.measure.dimension) return Math.abs(a.amount - b.amount) <= 1e-9 * Math.max(1, Math.abs(a.amount));
  if (a.measure.dimension !== b.measure.dimension && a.measure.unit !== '' && b.measure.unit !== '') return false;
  if (a.measure.unit === b.measure.unit || a.measure.unit === '' || b.measure.unit === '') return Math.abs(a.amount - b.amount) <= 1e-9 * Math.max(1, Math.abs(a.amount));
  if (a.measure.dimension === 'money' || a.measure.dimension.startsWith('word:') || a.measure.dimension === 'people') return false;
  const to = (x: number) => convert(x).from(a.measure.unit).to(b.measure.unit);
  const converted = to(a.amount);
  // STATED_PRECISION: each amount is true to half its last stated digit (`2,047.53` to 0.005, `450` to 5); a
  // conversion agrees where the two ranges meet, with room for a page's loose rounding (PRECISION_SLACK), and never
  // beyond CONVERSION_TOLERANCE. `2,047.53 sq mi` is 5,303.07 km², no `5,285.46 km2`; `280 miles` is `450 km`.
  const reach = PRECISION_SLACK * (halfLastDigit(b.amount) + Math.abs(to(a.amount + halfLastDigit(a.amount)) - converted));
  return Math.abs(converted - b.amount) <= Math.min(reach, CONVERSION_TOLERANCE * Math.max(Math.abs(b.amount), 1e-9));
}

/** Half the value of an amount's last stated digit: its last non-zero digit for a whole number (`450`: 5). */
function halfLastDigit(x: number): number {
  const text = Math.abs(x).toString();
  if (/e/i.test(text)) return Math.abs(x) * 0.005;
  const dot = text.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(text.length - dot - 1);
  const zeros = /0*$/.exec(text)![0].length;
  return 0.5 * 10 ** Math.min(zeros, Math.max(text.length - 1, 0));
}

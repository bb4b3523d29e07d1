import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datesAgree, entityKind, extractCounts, extractDates, extractEntities, extractQuantities, parseAmount, properNounRuns } from '../../pipeline/reconcile/facts.ts';
import { reconcile } from '../../pipeline/reconcile/index.ts';
import { diff, revision } from './helpers.ts';
import { amountsAgree, measureOf } from '../../pipeline/reconcile/measures.ts';
import { fieldValuesConflict } from '../../pipeline/reconcile/fields.ts';
import type { DateValue, EntityValue, QuantityValue } from '../../pipeline/model.ts';

const dates = (s: string) => extractDates(s).map((d) => ({ text: d.text, ...(d.value as DateValue) }));

describe('extractDates', () => {
  it('reads a number of a year\'s shape before a plural noun, with no word that makes it a date, as a count (YEAR_AS_COUNT)', () => {
    expect(extractDates('The state holds the main island and the surrounding 1000 islands.')).toEqual([]);
    expect(extractDates('From the 1963 general elections, the party has held the council.').map((d) => d.value.iso)).toEqual(['1963']);
    expect(extractDates('In 1990 elections were held, with over 1200 delegates, and again in 1991.').map((d) => d.value.iso)).toEqual(['1990', '1991']);
  });
  it('reads a bare year with year precision', () => {
    expect(dates('The canal opened in 1869 to traffic.')).toEqual([{ text: '1869', iso: '1869', precision: 'year' }]);
  });
  it('reads month and year, and full dates with chrono-node', () => {
    expect(dates('Work began in March 1887.')[0]).toMatchObject({ iso: '1887-03', precision: 'month' });
    expect(dates('It burned on April 2, 1936.')[0]).toMatchObject({ iso: '1936-04-02', precision: 'day' });
    expect(dates('It burned on 2 April 1936.')[0]).toMatchObject({ iso: '1936-04-02', precision: 'day' });
  });
  it('reads a range whose year only its end states, from that year (DAY_RANGE_YEAR)', () => {
    expect(dates('The fair ran from 25 July to 12 August 2012 in the park.')[0]).toMatchObject({ iso: '2012-07-25/2012-08-12', start: '2012-07-25', end: '2012-08-12' });
    expect(dates('The fair ran from 20 December to 3 January 1990.')[0]).toMatchObject({ start: '1989-12-20', end: '1990-01-03' });
  });
  it('reads no year before 1000 in a count of things named after it', () => {
    expect(dates('Athletes came from 204 National Olympic Committees.')).toEqual([]);
    expect(dates('Athletes came from 204 nations.')).toEqual([]);
    expect(dates('In 850 Vikings raided the town.')).toMatchObject([{ iso: '0850' }]);
    expect(dates('Until 987 Paris was small.')).toMatchObject([{ iso: '0987' }]);
  });
  it('reads a day range inside one month', () => {
    expect(dates('The summit ran 4-6 June 1981 in Oslo.')[0]).toMatchObject({ precision: 'day', start: '1981-06-04', end: '1981-06-06' });
  });
  it('reads decades, year ranges and centuries', () => {
    expect(dates('Jazz spread in the 1920s.')[0]).toMatchObject({ iso: '1920/1929', precision: 'decade' });
    expect(dates('He ruled from 1603 to 1625.')[0]).toMatchObject({ iso: '1603/1625', start: '1603', end: '1625' });
    // Opening a sentence too: `Between 2003 and 2006, …`, `From 1603 to 1625 …`.
    expect(dates('Between 2003 and 2006, she led the fund.')).toEqual([expect.objectContaining({ iso: '2003/2006', start: '2003', end: '2006' })]);
    expect(dates('From 1603 to 1625 he ruled.')[0]).toMatchObject({ iso: '1603/1625' });
    expect(dates('The census of 1880–1885 was lost.')[0]).toMatchObject({ iso: '1880/1885' });
    expect(dates('A tower of the 14th century stands.')[0]).toMatchObject({ iso: '1301/1400', precision: 'century' });
  });
  it('reads an ISO 8601 date as a day, not as a range of years', () => {
    expect(dates('Released: 2009-12-10')).toMatchObject([{ iso: '2009-12-10', precision: 'day' }]);
    expect(dates('The war of 1939-45 ended.')[0]).toMatchObject({ iso: '1939/1945' });
  });
  it('keeps qualifiers such as after, before and since', () => {
    expect(dates('After 1871, the railway grew.')[0]).toMatchObject({ text: 'After 1871', iso: '1871', qualifier: 'after' });
    expect(dates('It has been closed since 2004.')[0]).toMatchObject({ qualifier: 'since' });
    expect(dates('It must be done by 2035.')[0]).toMatchObject({ qualifier: 'by' });
  });
  it('reads `not … until` as the date itself (NOT_UNTIL)', () => {
    expect(dates('The bridge was not opened until 1932, after long delays.')[0]).toMatchObject({ iso: '1932', text: '1932' });
    expect(dates('The bridge was not opened until 1932, after long delays.')[0].qualifier).toBeUndefined();
    expect(dates('The ferry ran until 1932, when the bridge opened.')[0]).toMatchObject({ qualifier: 'until' });
  });
  it('does not take measurements or parts of numbers for years', () => {
    expect(dates('The wall is 1500 km long and cost 12,000 pounds.')).toEqual([]);
  });
  it('compares two spans written with both ends by their ends (TWO_SPANS), a span and a decade or a year inside it as agreeing', () => {
    const d = (t: string) => extractDates(t)[0].value;
    expect(datesAgree(d('built 2013–2024'), d('built 2013–2028'))).toBe(false);
    expect(datesAgree(d('built 2013–2024'), d('from 2013 to 2024'))).toBe(true);
    expect(datesAgree(d('the war of 1939–1945'), d('from 1 September 1939 to 2 September 1945'))).toBe(true);
    expect(datesAgree(d('in the 1950s'), d('from 1953 to 1957'))).toBe(true);
  });
  it('treats a year and a date inside it as agreeing, different years as not', () => {
    const [a] = extractDates('in 1974');
    const [b] = extractDates('in November 1974');
    const [c] = extractDates('in 1975');
    expect(datesAgree(a.value as DateValue, b.value as DateValue)).toBe(true);
    expect(datesAgree(a.value as DateValue, c.value as DateValue)).toBe(false);
  });
  it('lets a plain date inside the half-line an open bound makes agree with it, never the bound itself (OPEN_BOUND)', () => {
    const d = (s: string) => extractDates(s)[0].value as DateValue;
    expect(datesAgree(d('after the 1950s'), d('in March 1966'))).toBe(true);
    expect(datesAgree(d('in 1931'), d('before 1940'))).toBe(true);
    expect(datesAgree(d('after 1992'), d('in 1992'))).toBe(false);
    // `since` counts from its year (SINCE_START): `a member since 1989` and `first elected in 1989` agree.
    expect(datesAgree(d('since 1989'), d('in 1989'))).toBe(true);
    expect(datesAgree(d('since 1989'), d('in 1988'))).toBe(false);
    expect(datesAgree(d('since 2017'), d('from 2017 to 2023'))).toBe(false);
    expect(datesAgree(d('since 1990'), d('in 1985'))).toBe(false);
    expect(datesAgree(d('until 1940'), d('in 1944'))).toBe(false);
    expect(datesAgree(d('after 1992'), d('after 1991'))).toBe(false);
  });
});

describe('extractQuantities', () => {
  const q = (s: string) => extractQuantities(s, extractDates(s)).map((x) => ({ text: x.text, ...(x.value as QuantityValue) }));
  it('reads percentages, hyphenated units and currency with scale', () => {
    expect(q('Turnout was 64% this time.')[0]).toMatchObject({ amount: 64, unit: '%' });
    expect(q('A 1,200-metre tunnel was dug.')[0]).toMatchObject({ amount: 1200, unit: 'metre' });
    expect(q('It cost $4.5 billion in total.')[0]).toMatchObject({ amount: 4.5e9, unit: 'USD', scale: 'billion' });
    expect(q('The line is 310 km long.')[0]).toMatchObject({ amount: 310, unit: 'km' });
  });
  it('ignores numbers that are part of a name', () => {
    expect(q('The Apollo 11 crew landed.')).toEqual([]);
  });
  it('reads a box row\'s label at the start of its line as a label, after a bullet too (LABEL_AT_START)', () => {
    expect(q('• Metro 5,303.09 km2 (2,047.53 sq mi)')[0]).toMatchObject({ text: '5,303.09 km2', amount: 5303.09, unit: 'km²' });
    expect(q('- Total 97,818 sq mi')[0]).toMatchObject({ amount: 97818, unit: 'sq mi' });
    // Mid-line, a capitalised word before a number is still a name's.
    expect(q('• the crew of Apollo 11 landed')).toEqual([]);
  });
  it('lets converted amounts agree to their stated digits only (STATED_PRECISION)', () => {
    const agree = (a: number, ua: string, b: number, ub: string) => amountsAgree({ amount: a, measure: measureOf(ua) }, { amount: b, measure: measureOf(ub) });
    expect(agree(3500, 'km', 2175, 'miles')).toBe(true);
    expect(agree(280, 'miles', 450, 'km')).toBe(true);
    expect(agree(6700, 'ft', 2044, 'm')).toBe(true);
    // Two decimals state the area to a hundredth: 2,047.53 sq mi is 5,303.07 km², not 5,285.46 (0.3 % off).
    expect(agree(2047.53, 'sq mi', 5303.09, 'km2')).toBe(true);
    expect(agree(2047.53, 'sq mi', 5285.46, 'km2')).toBe(false);
    // Never more than CONVERSION_TOLERANCE, however round the figures.
    expect(agree(100, 'km', 70, 'miles')).toBe(false);
  });
  it('reads a length squared as an area, and an ordinal as a rank (ORDINAL)', () => {
    expect(q('It covers 796,095 km2 of land.')[0]).toMatchObject({ text: '796,095 km2', unit: 'km²' });
    expect(measureOf('km²').dimension).toBe('area');
    // The short forms a page source's conversion template leaves in an export (`8,547 sqkm`, `4,495 sqmi`).
    expect(measureOf('sqkm').dimension).toBe('area');
    expect(measureOf('sqmi').unit).toBe('mi2');
    // A compound adjective (`4,528-square-kilometre park`) states the same area.
    expect(q('the 4,528-square-kilometre park')[0]).toMatchObject({ text: '4,528-square-kilometre', unit: 'square kilometre' });
    expect(measureOf('square kilometre').dimension).toBe('area');
    // A length per hour is a speed (SPEED_IN_WORDS), and agrees with the same speed in knots.
    expect(q('winds of up to 50 kilometres per hour (27 knots)').map((x) => [x.text, x.unit])).toEqual([
      ['50 kilometres per hour', 'km/h'],
      ['27 knots', 'knots'],
    ]);
    expect(measureOf('km/h').dimension).toBe('speed');
    expect(q('It is the 36th largest country.')[0]).toMatchObject({ text: '36th', amount: 36, unit: 'ordinal' });
    expect(q('It is the 33rd-largest country.')[0]).toMatchObject({ text: '33rd', unit: 'ordinal' });
    expect(measureOf('ordinal').dimension).toBe('rank');
    // In words, before a superlative only: `the first club to win` states no rank.
    expect(q('It is the third largest port, and the eighth-largest in trade.').map((x) => [x.text, x.amount, x.unit])).toEqual([
      ['third', 3, 'ordinal'],
      ['eighth', 8, 'ordinal'],
    ]);
    expect(q('It was the first club to win the cup.')).toEqual([]);
  });
  it('takes no number hyphenated to a name for an amount (`COVID-19 pandemic`)', () => {
    expect(q('Amid the COVID-19 pandemic the bank cut its rate.')).toEqual([]);
    expect(q('It runs a 10-year plan.').map((x) => x.text)).toEqual(['10-year']);
  });
  it('reads a compound number in words as one number (COMPOUND_NUMBER), not the word after its hyphen', () => {
    expect(q('The hall stages twenty-seven operas a year.').map((x) => [x.text, x.amount, x.unit])).toEqual([['twenty-seven operas', 27, 'operas']]);
    expect(extractCounts('They were ninety-nine in all.', []).map((x) => [x.text, x.value.amount])).toEqual([['ninety-nine', 99]]);
  });
  it('reads a fraction in words as a share in whole percent (FRACTION_WORD), not a rank', () => {
    expect(q('One third of the boats and two-thirds of the crews winter here; half of them stay.').map((x) => [x.text, x.amount, x.unit])).toEqual([
      ['One third', 33, '%'],
      ['two-thirds', 67, '%'],
      ['half', 50, '%'],
    ]);
    expect(q('She was the third of five children.')).toEqual([]);
  });
});

describe('an aside between a number and its noun (ASIDE_IN_COUNT)', () => {
  it('reads the number with the noun after the aside, the aside no count of its own', () => {
    const q = (s: string) => extractQuantities(s, extractDates(s)).map((x) => [x.text, x.value.amount, (x.value as QuantityValue).unit]);
    expect(q('Since 2005 only five (possibly six) nests of the owl have been found.')).toEqual([['five (possibly six) nests', 5, 'nests']]);
    expect(q('The herd lost 40 (of 60) cows.')).toEqual([['40 (of 60) cows', 40, 'cows']]);
    // Not an amount's conversion, nor an aside before a name.
    expect(q('It is 3,500 km (2,175 mi) long.')).toEqual([['3,500 km', 3500, 'km'], ['2,175 mi', 2175, 'mi']]);
    expect(q('It won 4 (four) Grand Prix races.')).toEqual([]);
  });
});

describe('volumes (LENGTH_CUBED)', () => {
  it('reads a length cubed or `cubic` before a length as a volume, never as that length', () => {
    const q = (s: string) => extractQuantities(s, extractDates(s)).map((x) => [x.text, (x.value as QuantityValue).unit]);
    expect(q('The lake holds 180 km3 of water.')).toEqual([['180 km3', 'km³']]);
    expect(q('The tank holds 4,000 m³ of water.')).toEqual([['4,000 m³', 'm³']]);
    expect(measureOf('cubic kilometres').dimension).toBe('volume');
    const amount = (s: string) => {
      const [x] = extractQuantities(s, extractDates(s));
      return { amount: (x.value as QuantityValue).amount, measure: measureOf((x.value as QuantityValue).unit) };
    };
    expect(amountsAgree(amount('180 cubic kilometres of water'), amount('180000000000 m3 of water'))).toBe(true);
    expect(amountsAgree(amount('180 km3 of water'), amount('180 km of shore'))).toBe(false);
  });
});

describe('amounts in powers of ten (SCIENTIFIC)', () => {
  const q = (s: string) => extractQuantities(s, extractDates(s)).map((x) => [x.text, x.value.amount, (x.value as QuantityValue).unit]);
  it('reads the mantissa times the power, after a caret, a space or as digits a page lost its superscript in', () => {
    expect(q('Its mass is 4×1010 kg (assumed).')).toEqual([['4×1010 kg', 4e10, 'kg']]);
    expect(q('The reservoir holds 74×10^9 m3 of water.')).toEqual([['74×10^9 m3', 74e9, 'm³']]);
    expect(q('It produces 93×10 6 m3 a day.')).toEqual([['93×10 6 m3', 93e6, 'm³']]);
  });
  it('reads no power in a relay or a product of two amounts', () => {
    expect(q('She won the 4×100 m relay.')).toEqual([['100 m', 100, 'm']]);
    expect(q('The hall is 2 × 10 m wide.')).toEqual([['10 m', 10, 'm']]);
  });
});

describe('a scale glued to a sum of money (SCALE_LETTERS)', () => {
  const q = (s: string) => extractQuantities(s, extractDates(s)).map((x) => [x.text, x.value.amount, (x.value as QuantityValue).unit]);
  it('reads `m`, `bn`, `k` or the word glued after a currency sign as the scale', () => {
    expect(q('It cost $55m, $18m of it on the statue.')).toEqual([['$55m', 55e6, 'USD'], ['$18m', 18e6, 'USD']]);
    expect(q('It was sold for £215million in 2011.')).toEqual([['£215million', 215e6, 'GBP']]);
    expect(q('The fund holds £2.5bn.')).toEqual([['£2.5bn', 2.5e9, 'GBP']]);
  });
  it('reads no scale without a currency sign: `55m` is a length', () => {
    expect(q('The tower is 55m tall.')).toEqual([['55m', 55, 'm']]);
  });
});

describe('a height in feet and inches (FEET_AND_INCHES)', () => {
  const q = (s: string) => extractQuantities(s, extractDates(s)).map((x) => [x.text, x.value.amount, (x.value as QuantityValue).unit]);
  it('reads feet and inches as one length, in inches', () => {
    expect(q('He is 6 feet 2 inches tall.')).toEqual([['6 feet 2 inches', 74, 'inches']]);
    expect(q('Height 5 ft 11 in (180 cm)')).toEqual([['5 ft 11 in', 71, 'inches'], ['180 cm', 180, 'cm']]);
    expect(q('a gauge of 1 ft 11 1⁄2 in')).toEqual([['1 ft 11 1⁄2 in', 23.5, 'inches']]);
    expect(q('a wall 10 ft high')).toEqual([['10 ft', 10, 'ft']]);
  });
  it('tells one inch apart, and agrees with the same height in centimetres', () => {
    expect(fieldValuesConflict('5 ft 11 in (180 cm)', '5 ft 10 in')).toBe(true);
    expect(fieldValuesConflict('1 ft 11 1⁄2 in (597 mm)', '1 foot 11.5 inches')).toBe(false);
  });
});

describe('an undated holder the other value lists as succeeded (ENTRY_SUCCEEDED)', () => {
  it('calls a holder whose span closed before the next entry began a change, one still running or listed first none', () => {
    expect(fieldValuesConflict('Anna Berg and Olof Lind', 'Anna Berg and Olof Lind (2011–2015), Harbour Holdings Ltd (2015–2017)')).toBe(true);
    expect(fieldValuesConflict('Anna Berg and Olof Lind', 'Anna Berg and Olof Lind (2011–present)')).toBe(false);
    expect(fieldValuesConflict('Anna Berg', 'Olof Lind (2001–2009), Anna Berg (2009–2015)')).toBe(false);
  });
});

describe('a count of one noun spelled in words in a value (SPELLED_COUNT_CHANGED)', () => {
  it('calls another count of the noun a change, the same count in figures or an aside none', () => {
    expect(fieldValuesConflict('4 berths up, 4 down; all two lanes', '4 berths up, 4 down; all three lanes (3 lanes of berths)')).toBe(true);
    expect(fieldValuesConflict('all three lanes', '3 lanes')).toBe(false);
    // A noun counted twice on one side is a list: which count is which, the words must say.
    expect(fieldValuesConflict('two lanes north, two lanes south', 'three lanes')).toBe(false);
  });
});

describe('measures that open with the same figure in another unit (MEASURES_DISAGREE)', () => {
  it('calls a range in nautical miles against one in miles a change, and the same measure restated none', () => {
    expect(fieldValuesConflict('27 miles (43 km)', '27 nmi (50 km; 31 mi)')).toBe(true);
    expect(fieldValuesConflict('27 miles (43 km)', '43 km (27 mi)')).toBe(false);
    expect(fieldValuesConflict('4,810 m (15,781 ft)', '4,810 m')).toBe(false);
  });
});

describe("a birth place, and a place in a larger place the other names (BORN_PLACE, PLACE_CHANGED)", () => {
  it('calls a town in a county against another town of the same country another place, a town named more precisely none', () => {
    expect(fieldValuesConflict('Vik, Norland', 'Holm, Eastshire, Norland')).toBe(true);
    expect(fieldValuesConflict('Vik, Norland', 'Old Town, Vik, Norland')).toBe(false);
    expect(fieldValuesConflict('Eastshire, Norland', 'Holm, Eastshire, Norland')).toBe(false);
  });
  it("pairs a page's Born row of a place with the other box's birth place", () => {
    const older = 'Anna Berg\n\nAnna Berg\nBorn | Vik, Norland |\nSport | Swimming |\nClub | Vik SC |\n\nAnna Berg is a Norlandic swimmer.\n';
    const newer = '= Anna Berg =\n\nInfobox\n- Birth Place: Holm, Eastshire, Norland\n- Sport: Swimming\n- Club: Vik SC\n\nAnna Berg is a Norlandic swimmer.\n';
    const found = reconcile([revision('r1', older, 'rendered'), revision('r2', newer, 'sectioned')], { name: 't', title: 'T', language: 'en' }).reconciled.discrepancies;
    expect(found.map((d) => [d.kind, d.old?.text, d.new?.text])).toEqual([['fact-conflict', 'Born | Vik, Norland |', 'Birth Place: Holm, Eastshire, Norland']]);
  });
});

describe('a list of years that grew (YEARS_LIST_GREW)', () => {
  it('calls a field listing more years after the same word a conflict', () => {
    expect(fieldValuesConflict('Champions, 1995, 2007', 'Champions (1995, 2007, 2019)')).toBe(true);
    expect(fieldValuesConflict('Winner (K1) 2012', 'Winner (K1) 2012, 2016')).toBe(true);
    expect(fieldValuesConflict('Anna Berg 2010–12, 2014-16', 'Anna Berg 2010–2012, 2014–2016')).toBe(false);
  });
  it('in a statement, only a list that grew, and only by years the other does not name', () => {
    const [grown] = diff('# T\n\nShe won the 2018 and 2022 European titles.\n', '# T\n\nShe won the 2018, 2022, and 2024 European titles.\n').reconciled.discrepancies;
    expect(grown.kind).toBe('fact-conflict');
    expect(grown.facts).toContainEqual({ type: 'date', old: '2018 and 2022', new: '2018, 2022, and 2024' });
    expect(diff('# T\n\nHe dominated the 2007 championship.\n', '# T\n\nHe won the 2006 and 2007 championships.\n').reconciled.discrepancies.map((d) => d.kind)).not.toContain('fact-conflict');
    expect(diff('# T\n\nThe city hosted the Games in 1908 and in 1948.\n', '# T\n\nThe city hosted the Games in 1908 and 1948.\n').reconciled.discrepancies.map((d) => d.kind)).not.toContain('fact-conflict');
  });
});

describe('spans of time (SPAN_OF_TIME, ONE_SPAN_OF_TIME)', () => {
  const q = (s: string) => extractQuantities(s, extractDates(s)).map((x) => [x.text, (x.value as QuantityValue).unit]);
  const amount = (s: string) => {
    const [x] = extractQuantities(s, extractDates(s));
    return { amount: (x.value as QuantityValue).amount, measure: measureOf((x.value as QuantityValue).unit) };
  };
  it('converts a span of time in words, and tells two units apart', () => {
    expect(amountsAgree(amount('after two years'), amount('after 24 months'))).toBe(true);
    expect(amountsAgree(amount('after two years'), amount('after two months'))).toBe(false);
    expect(amountsAgree(amount('at least a year prior'), amount('a month prior'))).toBe(false);
  });
  it('reads a span an article gives, not a rate, a name or a decade', () => {
    expect(q('It was leaked at least a year prior to the attack.')).toEqual([['a year', 'years']]);
    expect(q('It earns $5 million a year and runs twice a day.')).toEqual([['$5 million', 'USD'], ['twice', 'times']]);
    expect(q('He won the One Minute title.')).toEqual([]);
    expect(q('Sales grew in the 1990s.')).toEqual([]);
    // (A span of time is no unit after a scale word the reader does not know: `367.82 lakh that year` counts lakh.)
    expect(q('It sold 367.82 lakh that year.')).toEqual([['367.82 lakh', 'lakh']]);
  });
});

describe('ranks and areas compared', () => {
  const facts = (older: string, newer: string) => diff(older, newer).reconciled.discrepancies.filter((d) => d.kind === 'fact-conflict').flatMap((d) => d.facts.map((f) => [f.old, f.new]));
  it('compares a rank with a rank, never with a count, and an area in km2 with one in square kilometres', () => {
    expect(facts('# T\n\nNorland is the 36th largest country, with 9 million people.\n', '# T\n\nNorland is the 33rd largest country, with 9 million people.\n')).toEqual([['36th', '33rd']]);
    expect(facts('# T\n\nNorland is the 36th largest country, with 9 million people.\n', '# T\n\nNorland is the largest country, with 12 million people.\n')).toEqual([['9 million people', '12 million people'], ['36th largest', 'the largest']]);
    expect(facts('# T\n\nNorland has an area of 120 km2 in the north.\n', '# T\n\nNorland has an area of 120 square kilometres in the north.\n')).toEqual([]);
    // A rank changes only where it ranks the same thing.
    expect(facts('# T\n\nIt is the third largest port in Europe.\n', '# T\n\nIt is the fourth-largest port in Europe.\n')).toEqual([['third', 'fourth']]);
    expect(facts('# T\n\nIt is the 36th largest country, with 9 million people.\n', '# T\n\nIt has the second-largest fleet, with 9 million people.\n')).toEqual([]);
    // The same superlative where one side names no thing after it, only where (RANK_IN_SCOPE).
    expect(facts('# T\n\nThe tower opened in 2017 and is the tallest in Norland and the fifth tallest in the world.\n', '# T\n\nThe tower opened in 2017 and is the tallest in Norland and the sixth-tallest building in the world.\n')).toEqual([['fifth', 'sixth']]);
    // `largest`, `biggest` and `busiest` rank one thing by size, where both name the same thing (SIZE_SUPERLATIVE).
    expect(facts('# T\n\nIt is the 31st largest port in Europe by cargo handled.\n', '# T\n\nIt is the 29th busiest port in Europe by cargo handled.\n')).toEqual([['31st', '29th']]);
    expect(facts('# T\n\nIt is the 31st largest port in Europe by cargo handled.\n', '# T\n\nIt is the 29th oldest port in Europe by cargo handled.\n')).toEqual([]);
    expect(facts('# T\n\nIt is the 31st largest port in Europe by cargo handled.\n', '# T\n\nIt is the 29th busiest harbour in Europe by cargo handled.\n')).toEqual([]);
    // A rank of a thing with no superlative between: the word after the rank is the thing ranked (RANKED_NOUN).
    expect(facts('# T\n\nWhen found it was a 12th magnitude star, far from the core.\n', '# T\n\nWhen found, it was a 15th-magnitude object, far from the core.\n')).toEqual([['12th', '15th']]);
    expect(facts('# T\n\nWhen found it was a 12th magnitude star, far from the core.\n', '# T\n\nWhen found, it was the 15th brightest object, far from the core.\n')).toEqual([]);
  });
});

describe('shares and multiples (SHARE_AND_MULTIPLE, ONLY_OF_ITS_MEASURE)', () => {
  const facts = (older: string, newer: string) => diff(older, newer).reconciled.discrepancies.filter((d) => d.kind === 'fact-conflict').flatMap((d) => d.facts.map((f) => [f.old, f.new]));
  it('measures a share and a multiple apart from each other and from counts', () => {
    expect(measureOf('%').dimension).toBe(measureOf('percent').dimension);
    expect(measureOf('%').dimension).not.toBe(measureOf('×').dimension);
    // A multiple is `times` before a comparison; `won 16 times` counts occasions.
    expect(extractQuantities('It is 9.6 times as salty as the ocean.').map((q) => q.value.unit)).toEqual(['×']);
    expect(extractQuantities('They have won the league 16 times.').map((q) => q.value.unit)).toEqual(['times']);
    expect(extractQuantities('It holds 70 per cent of the water.').map((q) => [q.text, q.value.unit])).toEqual([['70 per cent', '%']]);
    expect(measureOf('×').dimension).not.toBe(measureOf('ships').dimension);
  });
  it('pairs the one share left on each side, never a share with a multiple', () => {
    const older = '# T\n\nThe lake is one of the saltiest waters on earth, with 33.7% salinity.\n';
    const newer = '# T\n\nWith a salinity of 342 g/kg, or 34.2%, the lake is one of the saltiest waters on earth, 9.6 times as salty as the ocean.\n';
    expect(facts(older, newer)).toContainEqual(['33.7%', '34.2%']);
    expect(facts(older, newer)).not.toContainEqual(['33.7%', '9.6 times']);
  });
});

describe('numbers in the article\'s language (NUMBER_LOCALE)', () => {
  it('reads a lone mark before three digits by the language, the rest by the marks themselves', () => {
    expect(parseAmount('1,500', 'en')).toBe(1500);
    expect(parseAmount('1.500', 'en')).toBe(1.5);
    expect(parseAmount('1.500', 'de')).toBe(1500);
    expect(parseAmount('1,500', 'de')).toBe(1.5);
    expect(parseAmount('1,5', 'en')).toBe(1.5);
    expect(parseAmount('120 000', 'fr')).toBe(120000);
    expect(parseAmount('120\u202f000', 'en')).toBe(120000);
    expect(parseAmount('1.234.567', 'en')).toBe(1234567);
    expect(parseAmount('1.234,5', 'en')).toBe(1234.5);
    expect(parseAmount('1,234.5', 'de')).toBe(1234.5);
    expect(parseAmount('12.5', 'xx-unknown')).toBe(12.5);
  });
  it('compares a German article\'s amounts as German writes them', () => {
    const de = (a: string, b: string) =>
      reconcile([revision('r1', `# T\n\n${a}\n`), revision('r2', `# T\n\n${b}\n`)], { name: 't', title: 'T', language: 'de' }).reconciled.discrepancies.map((d) => d.kind);
    expect(de('Die Brücke ist 1.500 m lang und sehr alt.', 'Die Brücke ist 1500 m lang und wirklich alt.')).toEqual(['reworded']);
    expect(de('Die Brücke ist 1,500 km lang und sehr alt.', 'Die Brücke ist 1.500 m lang und wirklich alt.')).toEqual(['reworded']);
    expect(de('Die Brücke ist 1,5 km lang und sehr alt.', 'Die Brücke ist 1.800 m lang und wirklich alt.')).toEqual(['fact-conflict']);
  });
});

describe('extractEntities', () => {
  it('leaves a courtesy title out of the name it stands before (HONORIFIC)', () => {
    expect(extractEntities('The governor of the bank is Dr. Anna Berg.').map((e) => e.text)).toEqual(['Anna Berg']);
  });
  it('finds multi-word names with their kind', () => {
    const found = extractEntities('The treaty was signed by Otto von Bismarck and the Austrian Imperial Army withdrew.').map((e) => e.value as EntityValue);
    expect(found.map((e) => e.name)).toEqual(['Otto von Bismarck', 'Austrian Imperial Army']);
    expect(found[0].kind).toBe('person');
  });
  it('gives each name the kind compromise\'s people, organizations and places views find, read from its words\' tags', () => {
    type Views = (text: string) => { people(): { found: boolean }; organizations(): { found: boolean }; places(): { found: boolean } };
    const nlp = createRequire(import.meta.url)('compromise') as Views;
    const byViews = (name: string) => {
      const doc = nlp(name);
      return doc.people().found ? 'person' : doc.organizations().found ? 'organization' : doc.places().found ? 'place' : 'other';
    };
    const sources = join(import.meta.dirname, '..', '..', 'sources');
    const names = new Set(['Otto von Bismarck', 'Austrian Imperial Army', 'Bank of England', 'Ulaanbaatar', 'Mount Everest', 'Main Street', 'Dr. Anna Berg']);
    for (const article of readdirSync(sources)) {
      for (const file of readdirSync(join(sources, article)).filter((f) => f.endsWith('.txt'))) {
        for (const line of readFileSync(join(sources, article, file), 'utf8').split('\n')) for (const run of properNounRuns(line)) names.add(run.text);
      }
    }
    expect(names.size).toBeGreaterThan(100);
    const kinds = new Set<string>();
    for (const name of names) {
      expect([name, entityKind(name)]).toEqual([name, byViews(name)]);
      kinds.add(entityKind(name));
    }
    expect([...kinds].sort()).toEqual(['organization', 'other', 'person', 'place']);
  });
});
